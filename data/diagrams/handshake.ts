import type { DiagramSpec } from './types'
import { cite } from '../source'

const title = 'Cross-account handshake, step by step'
const description = 'The provider Terraform module provisions the endpoint service, shares its service ID through AWS RAM and syncs metadata to SSM Parameter Store; the consumer account reads SSM, creates its VPC endpoint, and sends traffic over PrivateLink.'

/** Messages are named `m1`, `m2`, … in source order, since Mermaid sequence messages carry no ids. */
export const handshake: DiagramSpec = {
  id: 'handshake',
  title,
  description,
  code: `sequenceDiagram
  accTitle: ${title}
  accDescr: ${description}
  participant tf as Terraform module
  participant vpcs as Endpoint service
  participant ram as AWS RAM
  participant ssm as SSM Parameter Store
  participant cons as Consumer account
  tf->>vpcs: Provision endpoint service
  tf->>ram: Share service ID
  tf->>ssm: Sync metadata
  cons->>ssm: Read service name
  cons->>cons: Create VPC endpoint
  cons->>vpcs: Traffic over PrivateLink`,
  steps: [
    {
      caption: 'Five parties, and not one ticket between them.',
      show: ['tf', 'vpcs', 'ram', 'ssm', 'cons'],
    },
    {
      caption: 'The provider’s Terraform module provisions the VPC endpoint service.',
      show: ['m1'],
      flow: ['m1'],
    },
    {
      caption: 'It shares the service ID through AWS RAM.',
      show: ['m2'],
      flow: ['m2'],
    },
    {
      caption: 'It syncs the service metadata to SSM Parameter Store.',
      show: ['m3'],
      flow: ['m3'],
    },
    {
      caption: 'The consumer account reads the service name from SSM.',
      show: ['m4'],
      flow: ['m4'],
    },
    {
      caption: 'It creates its VPC endpoint from that name.',
      show: ['m5'],
      flow: ['m5'],
    },
    {
      caption: 'Traffic flows to the provider over PrivateLink.',
      show: ['m6'],
      flow: ['m6'],
    },
  ],
  sources: cite('001', 12, 13, 23),
}

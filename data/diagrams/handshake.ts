import type { DiagramSpec } from './types'
import { cite } from '../source'

const title = 'Cross-account handshake, step by step'
const description = 'The provider Terraform module provisions the endpoint service and updates AWS RAM; the endpoint service ID is shared through RAM, which syncs the metadata to SSM Parameter Store; the consumer account reads the service name from SSM, creates its VPC endpoint, and sends traffic over PrivateLink.'

/**
 * Messages are named `m1`, `m2`, … in source order, since Mermaid sequence messages carry no ids.
 * RAM's role follows seed 000 (lines 122–126): endpoint service → RAM (share service ID), module → RAM
 * (updates), RAM → SSM (sync metadata). One redrawn direction: 000 draws SSM → VPC endpoint
 * ("Fetch Service Name"); as a message it is the consumer reading from SSM, consumer → SSM.
 */
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
  participant cons as Consumer
  tf->>vpcs: Provision
  tf->>ram: Update share
  vpcs->>ram: Share service ID
  ram->>ssm: Sync metadata
  cons->>ssm: Read service name
  cons->>cons: Create VPC endpoint
  cons->>vpcs: Traffic over PrivateLink`,
  // A sequence is wide for its height: larger labels fill the slide's height instead of leaving it
  // empty, and read at 3% of it or more (the engine's 26 px drew 2.6%).
  config: {
    themeVariables: { fontSize: '34px' },
    // The shortest message words (the captions say each step in full) keep the lanes narrow, and
    // shorter rows (actor boxes, message gaps) let seven messages fit the slide's height.
    sequence: {
      actorFontSize: 34,
      messageFontSize: 34,
      noteFontSize: 34,
      actorMargin: 16,
      width: 120,
      height: 48,
      messageMargin: 4,
      boxMargin: 2,
    },
  },
  steps: [
    {
      caption: 'Five parties, from the provider’s module to the consumer.',
      show: ['tf', 'vpcs', 'ram', 'ssm', 'cons'],
    },
    {
      caption: 'The provider’s module provisions the endpoint service.',
      show: ['m1'],
      flow: ['m1'],
    },
    {
      caption: 'It updates the AWS RAM share.',
      show: ['m2'],
      flow: ['m2'],
    },
    {
      caption: 'The endpoint service’s ID is shared through RAM.',
      show: ['m3'],
      flow: ['m3'],
    },
    {
      caption: 'RAM syncs the service metadata to SSM.',
      show: ['m4'],
      flow: ['m4'],
    },
    {
      caption: 'The consumer account reads the service name from SSM.',
      show: ['m5'],
      flow: ['m5'],
    },
    {
      caption: 'It creates its VPC endpoint from that name.',
      show: ['m6'],
      flow: ['m6'],
    },
    {
      caption: 'Traffic flows to the provider over PrivateLink.',
      show: ['m7'],
      flow: ['m7'],
    },
  ],
  sources: [
    ...cite('000', 98, 122, 123, 125, 126, 128),
    ...cite('001', 12, 13, 23),
  ],
}

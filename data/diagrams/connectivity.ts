import type { DiagramSpec } from './types'
import { cite } from '../source'

const title = 'Automated cross-account private connectivity'
const description = 'In the provider account a Terraform module provisions an endpoint service in front of a backend service and its NLB, shares the service ID through AWS RAM and syncs metadata to SSM Parameter Store; the consumer account reads the parameter, creates a VPC endpoint, and its traffic reaches the service over AWS PrivateLink.'

export const connectivity: DiagramSpec = {
  id: 'connectivity',
  title,
  description,
  code: `flowchart LR
  accTitle: ${title}
  accDescr: ${description}
  tf@{ icon: "logos:terraform-icon", label: "Provider Terraform module", h: 36 }
  ram[AWS RAM]
  subgraph consumer [Consumer account]
    ssm@{ icon: "logos:aws-systems-manager", label: "SSM parameter", h: 36 }
    client@{ icon: "carbon:application", label: "Client app", h: 36 }
    vpce[VPC endpoint]
  end
  subgraph aws [AWS backbone]
    pl[PrivateLink]
  end
  subgraph provider [Provider account]
    vpcs[Endpoint service]
    nlb@{ icon: "logos:aws-elb", label: "NLB", h: 36 }
    svc[Backend service]
  end
  tf c1@-.->|provisions| vpcs
  tf c2@-.->|shares service ID| ram
  tf c3@-.->|syncs metadata| ssm
  ssm c4@-->|service name| vpce
  client c5@--> vpce
  vpce c6@==> pl
  pl c7@==> vpcs
  vpcs c8@--> nlb
  nlb c9@--> svc
  class client,vpce client
  class pl,ram,vpcs,nlb network
  class ssm store
  class tf build
  class svc service`,
  steps: [
    {
      caption: 'Two AWS accounts with the AWS backbone between them; the provider runs a backend service behind an NLB.',
      show: ['consumer', 'aws', 'provider', 'svc', 'nlb', 'c9'],
    },
    {
      caption: 'The provider’s Terraform module provisions an endpoint service in front of that NLB.',
      show: ['tf', 'c1', 'vpcs', 'c8'],
      highlight: ['tf', 'vpcs'],
      flow: ['c1'],
    },
    {
      caption: 'The same module shares the service ID through AWS Resource Access Manager.',
      show: ['ram', 'c2'],
      highlight: ['ram'],
      flow: ['c2'],
    },
    {
      caption: 'It also syncs the service metadata to SSM Parameter Store.',
      show: ['ssm', 'c3'],
      highlight: ['ssm'],
      flow: ['c3'],
    },
    {
      caption: 'The consumer account reads that parameter to learn the service name…',
      show: ['c4'],
      highlight: ['ssm'],
      flow: ['c4'],
    },
    {
      caption: '…and creates its VPC endpoint automatically: no ticket exchanged.',
      show: ['vpce'],
      highlight: ['vpce'],
    },
    {
      caption: 'Client traffic now reaches the provider’s service privately, over AWS PrivateLink.',
      show: ['client', 'pl', 'c5', 'c6', 'c7'],
      flow: ['c5', 'c6', 'c7', 'c8', 'c9'],
    },
  ],
  sources: [...cite('000', 100, 132), ...cite('001', 12, 13, 23)],
}

import type { DiagramSpec } from './types'
import { cite } from '../source'

const title = 'Automated cross-account private connectivity'
const description = 'In the provider account a Terraform module provisions an endpoint service in front of a backend service and its NLB, and updates AWS RAM; the endpoint service ID is shared through RAM, which syncs the metadata to an SSM parameter in the consumer account; the consumer reads the parameter, creates a VPC endpoint, and its traffic reaches the service over AWS PrivateLink.'

// RAM's role is drawn as seed 000 draws it (lines 122–126): the endpoint service shares its ID with RAM,
// the module updates RAM, and RAM syncs the metadata to the consumer's SSM parameter. 001 (line 13) words
// the same step as the module sharing through RAM and syncing to SSM; the captions say both.
// One redrawn direction: 000 draws the provider side App → NLB → endpoint service; here it points
// endpoint service → NLB → backend, the way the consumer's traffic travels.
export const connectivity: DiagramSpec = {
  id: 'connectivity',
  title,
  description,
  code: `flowchart LR
  accTitle: ${title}
  accDescr: ${description}
  tf@{ icon: "logos:terraform-icon", label: "Provider Terraform module", h: 36 }
  subgraph consumer [Consumer account]
    ssm@{ icon: "logos:aws-systems-manager", label: "SSM parameter", h: 36 }
    client@{ icon: "carbon:application", label: "Client app", h: 36 }
    vpce[VPC endpoint]
  end
  subgraph aws [AWS backbone]
    ram[AWS RAM]
    pl[PrivateLink]
  end
  subgraph provider [Provider account]
    vpcs[Endpoint service]
    nlb@{ icon: "logos:aws-elb", label: "NLB", h: 36 }
    svc[Backend service]
  end
  tf c1@-.->|provisions| vpcs
  tf c2@-.->|updates| ram
  vpcs c3@-.->|shares service ID| ram
  ram c4@-.->|syncs metadata| ssm
  ssm c5@-->|service name| vpce
  client c6@--> vpce
  vpce c7@==> pl
  pl c8@==> vpcs
  vpcs c9@--> nlb
  nlb c10@--> svc
  class client,vpce client
  class pl,ram,vpcs,nlb network
  class ssm store
  class tf build
  class svc service`,
  steps: [
    {
      caption: 'Two AWS accounts; the provider runs a backend service behind an NLB.',
      show: [
        'consumer',
        'aws',
        'provider',
        'svc',
        'nlb',
        'c10',
      ],
    },
    {
      caption: 'The provider’s Terraform module provisions an endpoint service.',
      show: ['tf', 'c1', 'vpcs', 'c9'],
      highlight: ['tf', 'vpcs'],
      flow: ['c1'],
    },
    {
      caption: 'The module updates AWS RAM; the service ID is shared through it.',
      show: ['ram', 'c2', 'c3'],
      highlight: ['ram'],
      flow: ['c2', 'c3'],
    },
    {
      caption: 'RAM syncs the metadata to the consumer’s SSM parameter.',
      show: ['ssm', 'c4'],
      highlight: ['ssm'],
      flow: ['c4'],
    },
    {
      caption: 'The consumer reads the service name from that parameter…',
      show: ['c5'],
      highlight: ['ssm'],
      flow: ['c5'],
    },
    {
      caption: '…and creates its VPC endpoint: no manual ticket exchange.',
      show: ['vpce'],
      highlight: ['vpce'],
    },
    {
      caption: 'Client traffic reaches the service privately, over PrivateLink.',
      show: ['client', 'pl', 'c6', 'c7', 'c8'],
      flow: ['c6', 'c7', 'c8', 'c9', 'c10'],
    },
  ],
  sources: [
    ...cite('000', 98, 100, 132),
    ...cite('001', 12, 13, 23),
  ],
}

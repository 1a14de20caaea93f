import type { DiagramSpec } from './types'
import { cite } from '../source'

const title = 'Automated cross-account private connectivity'
const description = 'In the provider account a Terraform module provisions an endpoint service in front of a backend service and its NLB, and updates AWS RAM; the endpoint service ID is shared through RAM, which syncs the metadata to an SSM parameter in the consumer account; the consumer reads the parameter, creates a VPC endpoint, and its traffic reaches the service over AWS PrivateLink.'

// RAM's role is drawn as seed 000 draws it (lines 122–126): the endpoint service shares its ID with RAM,
// the module updates RAM, and RAM syncs the metadata to the consumer's SSM parameter. 001 (line 13) words
// the same step as the module sharing through RAM and syncing to SSM; the captions say both.
// As in 000, the Terraform module sits in the provider account. One redrawn direction: 000 draws the
// provider side App → NLB → endpoint service; here it points endpoint service → NLB → backend, the way
// the consumer's traffic travels. 000's labels on the traffic edges ("Private Traffic", "Secure Tunnel",
// "Traffic") are said by the thick PrivateLink path and the last caption, which keeps the drawing to
// one 16:9 row: names wrap onto two lines, and the drawing's own config (below) lets ELK break the
// share → sync → discover → connect loop at the traffic edges, so the handshake reads left to right and
// the traffic comes back under it. 000's "Fetch Service Name" on SSM → VPC endpoint is the caption of its
// step: as an edge label it took a column, and the whole view's labels fell under 3% of the slide height.
export const connectivity: DiagramSpec = {
  id: 'connectivity',
  title,
  description,
  code: `flowchart LR
  accTitle: ${title}
  accDescr: ${description}
  subgraph provider [Provider account]
    svc["Backend<br>service"]
    nlb@{ icon: "logos:aws-elb", label: "NLB", h: 36 }
    tf@{ icon: "logos:terraform-icon", label: "Terraform<br>module", h: 36 }
    vpcs["Endpoint<br>service"]
  end
  subgraph aws [AWS backbone]
    ram[AWS RAM]
    pl[PrivateLink]
  end
  subgraph consumer [Consumer account]
    ssm@{ icon: "logos:aws-systems-manager", label: "SSM<br>parameter", h: 36 }
    vpce["VPC<br>endpoint"]
    client@{ icon: "carbon:application", label: "Client<br>app", h: 36 }
  end
  tf c1@-.->|provisions| vpcs
  tf c2@-.->|updates| ram
  vpcs c3@-.->|"shares<br>service ID"| ram
  ram c4@-.->|"syncs<br>metadata"| ssm
  ssm c5@--> vpce
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
  config: {
    // Labels larger than the other diagrams': this one is the widest, and ELK's fixed gaps shrink with it
    // (30 px drew 2.7% of the slide height in the whole view; 40 px, these gaps and one label fewer, 3.15%).
    themeVariables: { fontSize: '40px' },
    // Tighter gaps between columns: the whole view is as wide as the slide, so width is what limits it.
    flowchart: { rankSpacing: 16, nodeSpacing: 12 },
    elk: { cycleBreakingStrategy: 'INTERACTIVE' },
  },
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

import type { DiagramSpec } from './types'
import { cite } from '../source'

const title = 'Cloud-native API gateway'
const description = 'A client request travels from a VPC endpoint over AWS PrivateLink to an endpoint service and a Network Load Balancer, then to Kong containers on ECS with an OpenTelemetry sidecar, which load config from S3 and plugins from ECR and proxy to internal microservices.'

// Config and plugin edges point the way the data moves (000 draws them Kong → store), which keeps S3
// and ECR in the NLB's column instead of adding one. For a 16:9 slide every column counts: names wrap
// onto two lines, and 000's edge labels that add a column of their own are said by the node they
// point at (Metrics → "OTel metrics sidecar", Fetch Config → "S3 config", Pull Plugins → "ECR plugins").
// "layer 4" on the NLB is 001's (line 9: "layer-4 distribution"); 000 gives the NLB no layer.
// AWS PrivateLink stays on its edge.
export const gateway: DiagramSpec = {
  id: 'gateway',
  title,
  description,
  code: `flowchart LR
  accTitle: ${title}
  accDescr: ${description}
  subgraph clientAcct ["Client or<br>edge account"]
    app@{ icon: "carbon:application", label: "Client<br>app", h: 36 }
    vpce["VPC<br>endpoint"]
  end
  subgraph platformAcct [Platform account]
    vpcs["Endpoint<br>service"]
    nlb@{ icon: "logos:aws-elb", label: "NLB<br>layer 4", h: 36 }
    subgraph ecs ["ECS gateway<br>cluster"]
      kong@{ icon: "logos:kong-icon", label: "Kong", h: 36 }
      otel@{ icon: "logos:opentelemetry-icon", label: "OTel<br>metrics<br>sidecar", h: 36 }
    end
    s3@{ icon: "logos:aws-s3", label: "S3<br>config", h: 36 }
    ecr@{ icon: "carbon:container-registry", label: "ECR<br>plugins", h: 36 }
  end
  subgraph backend ["Internal<br>network"]
    svcA["Microservice<br>A"]
    svcB["Microservice<br>B"]
  end
  app e1@--> vpce
  vpce e2@-.->|PrivateLink| vpcs
  vpcs e3@--> nlb
  nlb e4@--> kong
  kong e5@--> otel
  s3 e6@-.-> kong
  ecr e7@-.-> kong
  kong e8@--> svcA
  kong e9@--> svcB
  class app,vpce client
  class vpcs,nlb network
  class kong,otel gateway
  class s3,ecr store
  class svcA,svcB service`,
  // Labels at 3% of the slide height or more in the whole view (26 px, the engine's size, drew 2.9%).
  config: {
    themeVariables: { fontSize: '29px' },
  },
  steps: [
    {
      caption: 'Requests start at a client application, in the edge network or a client VPC.',
      show: ['clientAcct', 'app'],
    },
    {
      caption: 'A VPC endpoint takes them over AWS PrivateLink to the platform account’s endpoint service.',
      show: [
        'vpce',
        'e1',
        'platformAcct',
        'vpcs',
        'e2',
      ],
      highlight: ['e2'],
    },
    {
      caption: 'Behind it, a Network Load Balancer spreads connections at layer 4.',
      show: ['nlb', 'e3'],
      highlight: ['nlb'],
    },
    {
      caption: 'On ECS, Kong containers route, authenticate and collect metrics, with OpenTelemetry sidecars.',
      show: ['ecs', 'kong', 'otel', 'e4', 'e5'],
      highlight: ['kong', 'otel'],
    },
    {
      caption: 'Kong fetches its configuration from S3 and pulls its plugins from ECR.',
      show: ['s3', 'ecr', 'e6', 'e7'],
      highlight: ['s3', 'ecr'],
    },
    {
      caption: 'Behind Kong are the internal microservices.',
      show: ['backend', 'svcA', 'svcB', 'e8', 'e9'],
      highlight: ['svcA', 'svcB'],
    },
    {
      caption: 'One request: client, VPC endpoint, PrivateLink, endpoint service, NLB, Kong, microservice.',
      flow: ['e1', 'e2', 'e3', 'e4', 'e8'],
    },
  ],
  sources: [
    ...cite('000', 25, 58),
    ...cite('001', 8, 9, 22),
  ],
}

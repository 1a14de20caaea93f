import type { DiagramSpec } from './types'
import { cite } from '../source'

const title = 'Multi-region hierarchical DNS'
const description = 'A strict delegation chain: the root zone internal.com delegates an environment zone, prod or dev, which delegates a region zone such as us-east-1, which delegates one zone per service domain; a query for payments.us-east-1.prod.internal.com follows the chain down.'

// FACTS.md ruling: Root → Environment → Region → Domain (000's diagram has Region before Environment).
export const dns: DiagramSpec = {
  id: 'dns',
  title,
  description,
  code: `flowchart LR
  accTitle: ${title}
  accDescr: ${description}
  resolver@{ icon: "carbon:dns-services", label: "Resolver", h: 36 }
  subgraph rootLayer [Root]
    root[internal.com]
  end
  subgraph envLayer [Environment]
    prod[prod.internal.com]
    dev[dev.internal.com]
  end
  subgraph regionLayer [Region]
    use1[us-east-1.prod.internal.com]
    usw2[us-west-2.prod.internal.com]
  end
  subgraph domainLayer [Service domain]
    payments[payments.us-east-1.prod.internal.com]
    messaging[messaging.us-east-1.prod.internal.com]
    auth[auth.us-east-1.prod.internal.com]
  end
  resolver q1@-->|query| root
  root d1@--> prod
  root d2@--> dev
  prod d3@--> use1
  prod d4@--> usw2
  use1 d5@--> payments
  use1 d6@--> messaging
  use1 d7@--> auth
  class root,prod,dev,use1,usw2,payments,messaging,auth zone
  class resolver client`,
  steps: [
    {
      caption: 'One root zone, internal.com, sits at the top of the hierarchy.',
      show: ['rootLayer', 'root'],
    },
    {
      caption: 'The root delegates one zone per environment: prod.internal.com and dev.internal.com.',
      show: ['envLayer', 'prod', 'dev', 'd1', 'd2'],
      highlight: ['prod', 'dev'],
    },
    {
      caption: 'Each environment delegates its regions, such as us-east-1.prod.internal.com.',
      show: ['regionLayer', 'use1', 'usw2', 'd3', 'd4'],
      highlight: ['use1', 'usw2'],
    },
    {
      caption: 'Each region delegates a zone per domain: an isolated fault domain with a clear owner.',
      show: ['domainLayer', 'payments', 'messaging', 'auth', 'd5', 'd6', 'd7'],
      highlight: ['payments', 'messaging', 'auth'],
    },
    {
      caption: 'A query for payments.us-east-1.prod.internal.com follows the delegations down: root, environment, region, domain.',
      show: ['resolver', 'q1'],
      flow: ['q1', 'd1', 'd3', 'd5'],
      highlight: ['payments'],
    },
  ],
  sources: [...cite('000', 63, 95), ...cite('001', 10, 11, 19, 27)],
}

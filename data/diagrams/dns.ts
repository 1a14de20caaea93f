import type { DiagramSpec } from './types'
import { cite } from '../source'

const title = 'Multi-region hierarchical DNS'
const description = 'A strict delegation chain: the root zone internal.com delegates an environment zone, prod or dev, which delegates a region zone such as us-east-1, which delegates one zone per service domain; a query for payments.us-east-1.prod.internal.com follows the chain down.'

// FACTS.md ruling: Root → Environment → Region → Domain (000's diagram has Region before Environment).
// Drawn top-down, as 000 draws it: a tree is a hierarchy at a glance, and three service domains side by
// side fit a 16:9 slide where four columns of ever longer names did not. Each zone's own label is its
// first line, its parent zone the second. The layer names are a column of plain text, one per row,
// held in line by invisible links (l0–l2, l9) instead of four framed groups, which cost a row each.
export const dns: DiagramSpec = {
  id: 'dns',
  title,
  description,
  code: `flowchart TB
  %%{init: {"elk": {"forceNodeModelOrder": true, "nodePlacementStrategy": "NETWORK_SIMPLEX"}}}%%
  accTitle: ${title}
  accDescr: ${description}
  lRoot[Root]
  lEnv[Environment]
  lRegion[Region]
  lDomain[Service domain]
  resolver@{ icon: "carbon:dns-services", label: "Resolver", h: 36 }
  root[internal.com]
  prod["prod.<br>internal.com"]
  dev["dev.<br>internal.com"]
  use1["us-east-1.<br>prod.internal.com"]
  usw2["us-west-2.<br>prod.internal.com"]
  payments["payments.<br>us-east-1.prod.internal.com"]
  messaging["messaging.<br>us-east-1.prod.internal.com"]
  auth["auth.<br>us-east-1.prod.internal.com"]
  resolver q1@--> root
  lRoot l0@~~~ lEnv
  lEnv l1@~~~ lRegion
  lRegion l2@~~~ lDomain
  resolver l9@~~~ lRoot
  root d1@--> prod
  root d2@--> dev
  prod d3@--> use1
  prod d4@--> usw2
  use1 d5@--> payments
  use1 d6@--> messaging
  use1 d7@--> auth
  classDef layerName fill:none,stroke:none,font-weight:600
  class lRoot,lEnv,lRegion,lDomain layerName
  class root,prod,dev,use1,usw2,payments,messaging,auth zone
  class resolver client`,
  // Labels at 3% of the slide height or more in the whole view (26 px, the engine's size, drew 2.97%).
  config: {
    themeVariables: { fontSize: '29px' },
  },
  steps: [
    {
      caption: 'One root zone, internal.com, sits at the top of the hierarchy.',
      show: ['lRoot', 'root'],
    },
    {
      caption: 'The root delegates one zone per environment: prod.internal.com and dev.internal.com.',
      show: [
        'lEnv',
        'l0',
        'prod',
        'dev',
        'd1',
        'd2',
      ],
      highlight: ['prod', 'dev'],
    },
    {
      caption: 'Each environment delegates its regions, such as us-east-1.prod.internal.com.',
      show: [
        'lRegion',
        'l1',
        'use1',
        'usw2',
        'd3',
        'd4',
      ],
      highlight: ['use1', 'usw2'],
    },
    {
      caption: 'Each region delegates a zone per domain: blast-radius isolation and a clear owner per domain.',
      show: [
        'lDomain',
        'l2',
        'payments',
        'messaging',
        'auth',
        'd5',
        'd6',
        'd7',
      ],
      highlight: ['payments', 'messaging', 'auth'],
    },
    {
      caption: 'A query for payments.us-east-1.prod.internal.com follows the delegations down.',
      show: ['resolver', 'q1', 'l9'],
      flow: ['q1', 'd1', 'd3', 'd5'],
      highlight: ['payments'],
    },
  ],
  sources: [
    ...cite('000', 63, 95),
    ...cite('001', 10, 11, 19, 27),
  ],
}

import type { DiagramSpec } from './types'
import { cite } from '../source'

const title = 'Decentralized gateway configuration pipeline'
const description = 'A commit to the plugin monorepo is built and tested; JSON/YAML config is pushed to an S3 bucket and Wasm/Lua plugins to ECR; at startup the gateway task fetches the config, pulls the plugins and initializes the running gateway.'

// Drawn for a 16:9 slide: the build pipeline on top, the ECS cluster under it, both pointing at the
// artifact store on the right. Task → store edges point the way 000 draws them (Task -.-> S3/ECR, the
// task fetches and pulls), which lets ELK stack the two groups (layering from the sources) instead
// of stringing everything along one row. JSON/YAML and Wasm/Lua, 000's labels on the build → push
// edges, are the push steps' second lines: one column fewer, the same words.
export const pipeline: DiagramSpec = {
  id: 'pipeline',
  title,
  description,
  code: `flowchart LR
  %%{init: {"elk": {"layeringStrategy": "LONGEST_PATH_SOURCE"}}}%%
  accTitle: ${title}
  accDescr: ${description}
  subgraph runtime [ECS cluster]
    task["Gateway task<br>startup"]
    run@{ icon: "logos:kong-icon", label: "Running gateway", h: 36 }
  end
  subgraph ci [Build pipeline]
    repo@{ icon: "carbon:git-repo", label: "Plugin<br>monorepo", h: 36 }
    build["Build<br>and test"]
    pushConfig["Push config<br>JSON/YAML"]
    pushPlugin["Push plugin<br>Wasm/Lua"]
  end
  subgraph store [Artifact store]
    s3@{ icon: "logos:aws-s3", label: "S3 config<br>bucket", h: 36 }
    ecr@{ icon: "carbon:container-registry", label: "ECR registry", h: 36 }
  end
  repo p1@-->|commit| build
  build p2@--> pushConfig
  build p3@--> pushPlugin
  pushConfig p4@--> s3
  pushPlugin p5@--> ecr
  task p6@-.->|1 fetch config| s3
  task p7@-.->|2 pull plugins| ecr
  task p8@-->|3 initialize| run
  class repo,build,pushConfig,pushPlugin build
  class s3,ecr store
  class task,run gateway`,
  steps: [
    {
      caption: 'Gateway logic lives in a plugin monorepo; commits trigger the pipeline.',
      show: ['ci', 'repo'],
    },
    {
      caption: 'Each commit is built and tested.',
      show: ['build', 'p1'],
      flow: ['p1'],
    },
    {
      caption: 'JSON/YAML configuration is pushed to the S3 config bucket.',
      show: [
        'pushConfig',
        'store',
        's3',
        'p2',
        'p4',
      ],
      flow: ['p2', 'p4'],
    },
    {
      caption: 'Wasm/Lua plugins are pushed to the ECR registry.',
      show: ['pushPlugin', 'ecr', 'p3', 'p5'],
      flow: ['p3', 'p5'],
    },
    {
      caption: 'At startup, the gateway task first fetches the latest config from S3…',
      show: ['runtime', 'task', 'p6'],
      flow: ['p6'],
    },
    {
      caption: '…then pulls the plugins from ECR…',
      show: ['p7'],
      flow: ['p7'],
    },
    {
      caption: '…and initializes: new gateway logic runs without a full infrastructure redeploy.',
      show: ['run', 'p8'],
      flow: ['p8'],
      highlight: ['run'],
    },
  ],
  sources: [
    ...cite('000', 137, 166),
    ...cite('001', 14, 15),
  ],
}

import type { DiagramSpec, Metric } from '../types'

/** A flowchart with a subgraph, layer classes, a highlight and a two-edge flow. */
export const flow: DiagramSpec = {
  id: 'flow',
  code: `flowchart LR
  accTitle: Toy gateway
  accDescr: Client to gateway to service
  subgraph vpc [VPC]
    gw[Gateway]
    svc[Service]
  end
  app[Client] e1@--> gw
  gw e2@--> svc
  class app client
  class gw gateway`,
  steps: [
    {
      caption: 'A client.',
      show: ['app'],
    },
    {
      caption: 'A gateway in a VPC.',
      show: ['vpc', 'gw', 'e1'],
      highlight: ['gw'],
    },
    {
      caption: 'One request, end to end.',
      show: ['svc', 'e2'],
      flow: ['e1', 'e2'],
    },
  ],
}

/** `flow` with a mistake a deck makes: step 1 shows "gw2", an id its Mermaid source does not define. */
export const flowNamingMissingNode: DiagramSpec = {
  ...flow,
  steps: flow.steps.map((step, i) => (i === 1
    ? {
        ...step,
        show: [...step.show!, 'gw2'],
      }
    : step)),
}

/** A sequence diagram: participants are nodes, messages are `m1`, `m2`. */
export const seq: DiagramSpec = {
  id: 'seq',
  code: `sequenceDiagram
  accTitle: Toy handshake
  accDescr: Client and server say hello
  participant c as Client
  participant s as Server
  c->>s: hello
  s-->>c: hello back`,
  steps: [
    {
      caption: 'Two parties.',
      show: ['c', 's'],
    },
    {
      caption: 'A hello.',
      show: ['m1'],
      flow: ['m1'],
    },
    {
      caption: 'And back.',
      show: ['m2'],
      highlight: ['s'],
      flow: ['m2'],
    },
  ],
}

/** `spec` as a slide writes it, in the component form, with each step's ids as one string. */
export function written(spec: DiagramSpec): string {
  const steps = spec.steps.map((step) => {
    const parts = Object.entries(step).map(([key, value]) => `${key}: ${JSON.stringify(Array.isArray(value)
      ? value.join(' ')
      : value).replaceAll('"', '\'')}`)
    return `  { ${parts.join(', ')} },`
  })
  return `<MermaidSteps id="${spec.id}" :steps="[\n${steps.join('\n')}\n]">\n\n\`\`\`mermaid\n${spec.code}\n\`\`\`\n\n</MermaidSteps>`
}

export const metrics: Record<string, Metric> = {
  rps: {
    value: 3_390_000,
    format: { style: 'millions', decimals: 2 },
    label: 'requests per second',
  },
  rate: {
    value: 99.9,
    format: { style: 'percent', decimals: 2 },
    label: 'success rate',
  },
  clusters: {
    value: 50,
    format: { style: 'integer', suffix: '+' },
    label: 'clusters across regions',
  },
  devices: {
    value: 127,
    format: { style: 'integer' },
    label: 'devices',
  },
}

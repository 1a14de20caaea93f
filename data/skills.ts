import type { SourceLine } from './source'
import { cite } from './source'

export interface SkillGroup {
  name: string
  /** Iconify class of the group's lead product, from local packs only. */
  icon: string
  items: string[]
  sources: SourceLine[]
}

export const skills: SkillGroup[] = [
  {
    name: 'API gateway & service mesh',
    icon: 'i-logos-kong-icon',
    items: [
      'Kong',
      'Istio',
      'Envoy',
      'AWS ALB/NLB',
      'cert-manager',
      // The project spells itself ExternalDNS (001 writes its binary's name, external-dns).
      'ExternalDNS',
    ],
    sources: cite('001', 50),
  },
  {
    name: 'Cloud & infrastructure',
    icon: 'i-logos-aws',
    items: [
      'AWS: ECS, EKS, Route 53, ACM, SSM, ECR, PrivateLink, RAM, IAM',
      'Terraform',
      'Helm',
      'Argo CD',
      'Kubernetes',
    ],
    sources: cite('001', 51),
  },
  {
    name: 'Observability & performance',
    icon: 'i-logos-opentelemetry-icon',
    items: [
      'OpenTelemetry',
      'Prometheus',
      'Grafana',
      'Datadog',
      'k6',
      'AWS EMF',
    ],
    sources: cite('001', 52),
  },
  {
    name: 'Languages',
    icon: 'i-logos-go',
    items: [
      'Go',
      'Python',
      'Bash',
      'Lua (Kong plugins)',
    ],
    sources: cite('001', 53),
  },
  {
    name: 'Practices',
    icon: 'i-carbon-flow',
    items: [
      'Infrastructure as code',
      'GitOps',
      'Chaos engineering',
      'ADR-driven architecture',
      'Progressive delivery',
    ],
    sources: cite('001', 54),
  },
]

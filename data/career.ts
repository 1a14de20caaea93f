import type { SourceLine } from './source'
import { cite } from './source'

/** Which thread of the story a row belongs to; one colour per era on slides. */
export type Era = 'foundations' | 'cloud' | 'twilio'

export interface CareerStep {
  from: string
  to: string
  role: string
  /** Only what the sources name; no employer is invented for unnamed roles. */
  org?: string
  work: string
  era: Era
  sources: SourceLine[]
}

/** FACTS.md career table, oldest first. */
export const career: CareerStep[] = [
  {
    from: '2010',
    to: '2016',
    role: 'Professional in Telematics Engineering',
    org: 'Universidad ICESI',
    work: 'The degree behind ten years of network and compute infrastructure.',
    era: 'foundations',
    sources: cite('001', 56),
  },
  {
    from: 'Dec 2014',
    to: 'Dec 2016',
    role: 'Network infrastructure design',
    work: 'Designed the network for government ministry facilities: 127 Cisco devices.',
    era: 'foundations',
    sources: cite('001', 49),
  },
  {
    from: 'Aug 2016',
    to: 'Dec 2020',
    role: 'University lecturer',
    work: 'Operating Systems, Computer Networks II, Infrastructure Automation; Cloud Computing labs on AWS.',
    era: 'foundations',
    sources: cite('001', 46),
  },
  {
    from: '2018',
    to: '2020',
    role: 'Master in Informatics and Telecommunications',
    org: 'Universidad ICESI',
    work: 'Graduate studies alongside teaching.',
    era: 'foundations',
    sources: cite('001', 55),
  },
  {
    from: 'Jan 2018',
    to: 'Dec 2019',
    role: 'Research: QoS in Software-Defined Networks',
    org: 'IEEEXplore',
    work: 'Published “Performance of QoS policies in Software-Defined Networks”.',
    era: 'foundations',
    sources: cite('001', 48, 58),
  },
  {
    from: 'Jan 2020',
    to: 'Feb 2020',
    role: 'Centralized AWS management',
    work: 'Centralized AWS infrastructure management with SSM and CloudWatch.',
    era: 'cloud',
    sources: cite('001', 47),
  },
  {
    from: 'Mar 2020',
    to: 'Jun 2020',
    role: 'First Kubernetes workloads',
    work: 'SonarQube on Kubernetes for automated integration tests; first workload migrations to Kubernetes.',
    era: 'cloud',
    sources: cite('001', 45),
  },
  {
    from: 'Jun 2020',
    to: 'Nov 2021',
    role: 'Site Reliability Engineer',
    org: 'Adyton PBC',
    work: 'AWS GovCloud IaC for U.S. Department of Defense services (Terraform, SaltStack), EKS, ELK; CI/CD with Bazel, GitLab Pipelines, Argo CD, Jenkins.',
    era: 'cloud',
    sources: [...cite('001', 44), ...cite('000', 192, 194, 196)],
  },
  {
    from: 'Nov 2021',
    to: 'Jun 2023',
    role: 'Sr Software Engineer, Kubernetes Platform',
    org: 'Twilio',
    work: '50+ EKS clusters, Datadog monitoring, Argo CD GitOps zero-downtime rollouts, Terraform cluster modules.',
    era: 'twilio',
    sources: [...cite('001', 43), ...cite('000', 184, 186, 188, 190)],
  },
  {
    from: 'Jun 2023',
    to: 'today',
    role: 'Staff Software Engineer (L4), Platform Infrastructure',
    org: 'Twilio',
    work: 'Domain Gateway, DNS, reliability, observability, testing, mentoring.',
    era: 'twilio',
    sources: [...cite('001', 16, 17), ...cite('000', 172)],
  },
]

export const eras: Record<Era, { label: string, span: string }> = {
  foundations: { label: 'Networks & teaching', span: '2010 – 2020' },
  cloud: { label: 'Into the cloud', span: '2020 – 2021' },
  twilio: { label: 'Platform at Twilio', span: '2021 – today' },
}

export const certification = {
  name: 'LFS 265 — Software Defined Networking Fundamentals',
  issuer: 'Linux Foundation',
  sources: cite('001', 57),
}

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

/**
 * FACTS.md career table, oldest first. `work` is what the role was, in the seed's words or
 * shorter; it reaches the slides through `CareerRoles` (one slide per era in pages/career.md).
 */
export const career: CareerStep[] = [
  {
    from: '2010',
    to: '2016',
    role: 'Professional in Telematics Engineering',
    org: 'Universidad ICESI',
    work: 'Telematics Engineer by training, with 10+ years of experience in compute and network infrastructure.',
    era: 'foundations',
    sources: [
      ...cite('001', 56),
      ...cite('000', 5),
    ],
  },
  {
    from: 'Dec 2014',
    to: 'Dec 2016',
    role: 'Network infrastructure design',
    work: 'Designed network infrastructure for government ministry facilities: 127 Cisco devices.',
    era: 'foundations',
    sources: cite('001', 49),
  },
  {
    from: 'Aug 2016',
    to: 'Dec 2020',
    role: 'University lecturer',
    work: 'Taught Operating Systems, Computer Networks II and Infrastructure Automation; developed Cloud Computing labs on AWS.',
    era: 'foundations',
    sources: cite('001', 46),
  },
  {
    from: '2018',
    to: '2020',
    role: 'Master in Informatics and Telecommunications',
    org: 'Universidad ICESI',
    work: 'The master’s degree, in the same years as teaching.',
    era: 'foundations',
    sources: [
      ...cite('001', 55),
      ...cite('001', 46),
    ],
  },
  {
    from: 'Jan 2018',
    to: 'Dec 2019',
    role: 'Research: QoS in Software-Defined Networks',
    // IEEEXplore is where the paper was published, not an organisation he worked for: no `org`.
    work: 'Published on IEEEXplore: “Performance of QoS policies in Software-Defined Networks”.',
    era: 'foundations',
    sources: cite('001', 48, 58),
  },
  {
    from: 'Jan 2020',
    to: 'Feb 2020',
    role: 'Centralized AWS management',
    work: 'Implemented centralized AWS infrastructure management with SSM and CloudWatch.',
    era: 'cloud',
    sources: cite('001', 47),
  },
  {
    from: 'Mar 2020',
    to: 'Jun 2020',
    role: 'Kubernetes adoption',
    work: 'SonarQube on Kubernetes to run integration tests on product teams’ commits; the initial migration of workloads to Kubernetes, with development teams.',
    era: 'cloud',
    sources: cite('001', 45),
  },
  {
    from: 'Jun 2020',
    to: 'Nov 2021',
    role: 'Site Reliability Engineer',
    org: 'Adyton PBC',
    work: 'Infrastructure as code on AWS GovCloud for U.S. Department of Defense services (Terraform, SaltStack); EKS clusters and ELK monitoring; CI/CD built with Bazel, GitLab Pipelines, Argo CD and Jenkins.',
    era: 'cloud',
    sources: [
      ...cite('001', 44),
      ...cite('000', 192, 194, 196),
    ],
  },
  {
    from: 'Nov 2021',
    to: 'Jun 2023',
    role: 'Sr Software Engineer, Kubernetes Platform',
    org: 'Twilio',
    work: 'Operated and scaled OTK, Twilio’s Kubernetes-based API platform: 50+ EKS clusters in multiple AWS regions, Datadog monitoring and alerting, Argo CD rollouts with zero downtime, Terraform cluster modules.',
    era: 'twilio',
    sources: [
      ...cite('001', 43),
      ...cite('000', 184, 186, 188, 190),
    ],
  },
  {
    from: 'Jun 2023',
    to: 'today',
    role: 'Staff Software Engineer (L4), Platform Infrastructure',
    org: 'Twilio',
    work: 'Led the CND gateway platform from zero to production; DNS modernization, public ingress, reliability and observability, testing, mentoring.',
    era: 'twilio',
    sources: [
      ...cite('001', 3, 16, 17, 18, 26, 31, 36, 40),
      ...cite('000', 172, 178, 182),
    ],
  },
]

export const eras: Record<Era, { label: string, span: string }> = {
  foundations: { label: 'Networks & teaching', span: '2010 – 2020' },
  cloud: { label: 'Into the cloud', span: '2020 – 2021' },
  twilio: { label: 'Platform at Twilio', span: '2021 – today' },
}

/** Undated in the sources, so it sits under an era on the slides, never on the year axis. */
export const certification = {
  name: 'LFS 265 — Software Defined Networking Fundamentals',
  issuer: 'Linux Foundation',
  era: 'foundations' as Era,
  sources: cite('001', 57),
}

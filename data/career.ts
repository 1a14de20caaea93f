import type { SourceLine } from './source'
import { cite } from './source'

/** Which thread of the story a row belongs to; one color per era on slides. */
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
    // 001 says "Professional in Telematics Engineering", a literal translation of the degree's name.
    role: 'Telematics Engineering degree',
    org: 'Universidad ICESI',
    work: 'Telematics Engineer; 10+ years across compute and network infrastructure.',
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
    work: '127 Cisco devices for government ministry facilities.',
    era: 'foundations',
    sources: cite('001', 49),
  },
  {
    from: 'Aug 2016',
    to: 'Dec 2020',
    // FACTS.md: the seed says "Taught" and names no title or institution for it.
    role: 'Teaching',
    work: 'Operating Systems, Computer Networks II, Infrastructure Automation; Cloud Computing labs on AWS.',
    era: 'foundations',
    sources: cite('001', 46),
  },
  {
    from: '2018',
    to: '2020',
    // 001's "Master in …", said as an English reader says a degree.
    role: 'Master’s in Informatics and Telecommunications',
    org: 'Universidad ICESI',
    work: 'In parallel with teaching.',
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
    // IEEE Xplore (001 writes "IEEEXplore") is where the paper was published, not an organization he worked for: no `org`.
    // The paper's title is in the slide's note.
    work: 'Published on IEEE Xplore.',
    era: 'foundations',
    sources: cite('001', 48, 58),
  },
  {
    from: 'Jan 2020',
    to: 'Feb 2020',
    role: 'Centralized AWS management',
    work: 'Implemented with SSM and CloudWatch.',
    era: 'cloud',
    sources: cite('001', 47),
  },
  {
    from: 'Mar 2020',
    to: 'Jun 2020',
    role: 'Kubernetes adoption',
    work: 'SonarQube on Kubernetes for automated integration tests; with development teams, the initial migration of workloads.',
    era: 'cloud',
    sources: cite('001', 45),
  },
  {
    from: 'Jun 2020',
    to: 'Nov 2021',
    role: 'Site Reliability Engineer',
    org: 'Adyton PBC',
    work: 'Infrastructure as code on AWS GovCloud for U.S. Department of Defense services; EKS, ELK Stack; CI/CD with Bazel, GitLab pipelines, Argo CD, Jenkins.',
    era: 'cloud',
    sources: [
      ...cite('001', 44),
      ...cite('000', 192, 194, 196),
    ],
  },
  {
    from: 'Nov 2021',
    to: 'Jun 2023',
    // 000 abbreviates it "Sr"; said in full, as the presenter says it.
    role: 'Senior Software Engineer, Kubernetes Platform',
    org: 'Twilio',
    work: 'Operated and scaled OTK, Twilio’s Kubernetes-based API platform: 50+ EKS clusters in multiple AWS regions, Datadog monitoring, zero-downtime Argo CD rollouts, Terraform cluster modules.',
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
    work: 'Led the Domain Gateway from zero to production; DNS modernization, public ingress, reliability, observability, testing, mentoring.',
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
  // The course code as the Linux Foundation writes it (001: "LFS 265").
  name: 'LFS265 — Software Defined Networking Fundamentals',
  issuer: 'Linux Foundation',
  era: 'foundations' as Era,
  sources: cite('001', 57),
}

import type { Metric as EngineMetric } from 'slidev-addon-talk-engine'
import type { SourceLine } from './source'
import { cite } from './source'

export type { MetricFormat } from 'slidev-addon-talk-engine'

/** A figure of this deck: the engine's metric (value, format, label), plus the seed lines it came from. */
export interface Metric extends EngineMetric {
  sources: SourceLine[]
}

export const metrics = {
  aggregateRps: {
    value: 3_390_000,
    format: { style: 'millions', decimals: 2 },
    label: 'aggregate RPS in gateway stress tests',
    sources: [
      ...cite('001', 3, 8, 18),
      ...cite('000', 174),
    ],
  },
  averageRps: {
    value: 1_740_000,
    format: { style: 'millions', decimals: 2 },
    // 001 line 20 states the rate "at 1.74M avg RPS"; it does not say how or when it was measured.
    label: 'average RPS, stated with the success rate after hardening',
    sources: cite('001', 20),
  },
  successRateBefore: {
    value: 96.33,
    format: { style: 'percent', decimals: 2 },
    label: 'inter-service success rate before the hardening',
    sources: cite('001', 20, 31),
  },
  // FACTS.md ruling: 001 states 99.90% twice (lines 20, 31) against 99.99% once (line 3).
  // "The hardening", not "NLB hardening": 001 line 31 pairs the rate with the NLB work, 000 line 180
  // with Ingress Gateway hardening and the Cloud WAN migration; no one change gets the credit.
  successRateAfter: {
    value: 99.9,
    format: { style: 'percent', decimals: 2 },
    label: 'inter-service success rate after the hardening',
    sources: cite('001', 20, 31),
  },
  // FACTS.md ruling: 001 line 6 (99.999%+) wins over 000 line 14 (99.99%+).
  availabilityTarget: {
    value: 99.999,
    format: { style: 'percent', decimals: 3, suffix: '+' },
    label: 'availability aimed for in mission-critical platform services',
    sources: cite('001', 6),
  },
  eksClusters: {
    value: 50,
    format: { style: 'integer', suffix: '+' },
    label: 'EKS clusters across multiple AWS regions',
    sources: [
      ...cite('001', 43),
      ...cite('000', 190),
    ],
  },
  ciscoDevices: {
    value: 127,
    format: { style: 'integer' },
    label: 'Cisco devices for government ministry facilities',
    sources: cite('001', 49),
  },
  dnsRuntimes: {
    value: 3,
    format: { style: 'integer' },
    label: 'runtimes under one DNS hierarchy: EKS, ASG, ECS',
    sources: cite('001', 19, 26),
  },
  yearsExperience: {
    value: 10,
    format: { style: 'integer', suffix: '+' },
    label: 'years across compute and network infrastructure',
    sources: [
      ...cite('001', 3),
      ...cite('000', 5),
    ],
  },
  yearsAtTwilio: {
    value: 4,
    format: { style: 'integer', suffix: '+' },
    label: 'years at Twilio',
    sources: cite('001', 3),
  },
} satisfies Record<string, Metric>

export type MetricId = keyof typeof metrics

/**
 * The talk's sections: one per file in pages/, keyed by its name, with the short name the
 * progress indicator and the PDF bookmarks show. Names, not facts: nothing here cites a seed.
 */
export const sections: Record<string, string> = {
  intro: 'Introduction',
  career: 'The road here',
  gateway: 'API gateway',
  dns: 'DNS hierarchy',
  connectivity: 'Private connectivity',
  pipeline: 'Plugin pipeline',
  reliability: 'Reliability',
  operations: 'Operating it',
  influence: 'Influence',
  focus: 'Now and next',
  closing: 'Closing',
}

/** How a slide speaks of a section: the words that name it, and the sections (keys above) it needs, all of them. */
export interface SectionMention {
  name: string
  sections: string[]
  pattern: RegExp
}

/** A cut that leaves out one of a mention's sections may not say its words in a note, on a slide or in a label (`npm run check`'s cuts rule). */
export const sectionMentions: SectionMention[] = [
  {
    name: 'the four architectures',
    sections: [
      'gateway',
      'dns',
      'connectivity',
      'pipeline',
    ],
    pattern: /\bfour architectures\b|\barchitecture \d of 4\b|\b(?:second|third|fourth|last) architecture\b/i,
  },
  {
    name: 'the DNS hierarchy',
    sections: ['dns'],
    pattern: /\bDNS\b|\bdelegation\b|\bhosted[- ]zones?\b|\bRoute ?53\b/i,
  },
  {
    name: 'cross-account connectivity',
    sections: ['connectivity'],
    pattern: /\bcross-account\b|\bResource Access Manager\b|\bAWS RAM\b|\bhandshake\b|\bSSM Parameter Store\b/i,
  },
  {
    name: 'the plugin pipeline',
    sections: ['pipeline'],
    pattern: /\bplugin (?:pipeline|monorepo)\b|\bGitOps pipeline\b/i,
  },
  {
    name: 'keeping it true',
    sections: ['operations'],
    pattern: /\bgame ?day\b|\bchaos\b|\bfailure injection\b|\bk6\b|\bcircuit breaker\b|\brunbook\b/i,
  },
  {
    name: 'mentoring and the toolbox',
    sections: ['influence'],
    pattern: /\btoolbox\b|\bknowledge[- ]transfer\b|\bpair programming\b/i,
  },
]

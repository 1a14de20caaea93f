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

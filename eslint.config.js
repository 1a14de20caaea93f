// Node 20 lacks Object.groupBy, the new Set methods and iterator helpers that this config's plugins call
// (Node 22 has them). The config is imported after them, dynamically, so no import sorting can hoist it.
import 'core-js/actual/object/group-by.js'
import 'core-js/actual/set/index.js'
import 'core-js/actual/iterator/index.js'

const { default: antfu } = await import('@antfu/eslint-config')

// The Slidev ecosystem's own style (Slidev and its author's talks use this config).
export default antfu({
  vue: true,
  typescript: true,
  // Slides are Markdown with Vue inside: their prose and HTML follow the talk, not a code style.
  markdown: false,
  ignores: [
    'dist',
    'dist-*',
    'exports',
    'shots',
    'shots-*',
    'bench/.reference',
    'bench/runs',
    'test-results',
    '.scratch',
    '.probe',
    'addons/*/playground/dist',
    '**/*.md',
  ],
}, {
  // Every import is declared in the package.json it resolves from (the deck's or the addon's own).
  rules: {
    'node/no-extraneous-import': 'error',
  },
}, {
  // The engine knows nothing of a deck: no file of the addon reaches outside its folder.
  files: ['addons/talk-engine/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(\\.\\./){2,}',
            message: 'The engine knows nothing of a deck: import nothing from outside addons/talk-engine.',
          },
        ],
      },
    ],
    // The same for `import()` and `vi.mock()`, beside the config's own restrictions.
    'no-restricted-syntax': [
      'error',
      'TSEnumDeclaration[const=true]',
      'TSExportAssignment',
      {
        selector: 'ImportExpression > Literal[value=/^(\\.\\.\\/){2,}/], CallExpression[callee.object.name="vi"] > Literal[value=/^(\\.\\.\\/){2,}/]',
        message: 'The engine knows nothing of a deck: import nothing from outside addons/talk-engine.',
      },
    ],
  },
})

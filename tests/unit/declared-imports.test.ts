// @vitest-environment node
import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

/** The rule ids and messages ESLint gives `code` as if it were the file `path` of this repo. */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {
    filePath: resolve(root, path),
  })
  return result!.messages
    .filter(m => m.ruleId === 'node/no-extraneous-import' || m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map(m => m.message)
}

// Planted imports: each package is installed (hoisted in node_modules) but undeclared where it is imported.
describe('every import is declared in the package.json it resolves from', () => {
  it('fails a deck file importing an installed package the deck does not declare', async () => {
    expect(await lint('scripts/lib/planted.ts', `import { parse } from 'acorn'\nexport const ast = parse('1', { ecmaVersion: 2022 })\n`))
      .toEqual(['"acorn" is extraneous.'])
  })

  it('fails an addon file importing a package only the deck declares', async () => {
    expect(await lint('addons/talk-engine/logic/planted.ts', `import QRCode from 'qrcode'\nexport const qr = QRCode\n`))
      .toEqual(['"qrcode" is extraneous.'])
  })

  it('fails an addon file that reaches into the deck: the engine knows nothing of it', async () => {
    expect(await lint('addons/talk-engine/logic/planted.ts', `import { metrics } from '../../../data/metrics'\nexport const m = metrics\n`))
      .toEqual([
        expect.stringContaining('The engine knows nothing of a deck'),
      ])
    expect(await lint('addons/talk-engine/node/planted.ts', `export const load = () => import('../../../setup/main')\n`))
      .toEqual([
        expect.stringContaining('The engine knows nothing of a deck'),
      ])
  })

  it('passes what each package declares', async () => {
    expect(await lint('scripts/lib/planted.ts', `import QRCode from 'qrcode'\nexport const qr = QRCode\n`)).toEqual([])
    expect(await lint('addons/talk-engine/logic/planted.ts', `import { ref } from 'vue'\nexport const x = ref(0)\n`)).toEqual([])
  })
}, 60_000)

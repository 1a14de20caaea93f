import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The minimal deck we measure ourselves against: same Slidev, same theme,
 * a title slide, one Mermaid block and one `v-clicks` list. It lives inside
 * this repo (git-ignored) so it resolves the same node_modules.
 */
export function writeReferenceDeck(dir: string): string {
  mkdirSync(dir, { recursive: true })
  const entry = join(dir, 'slides.md')
  writeFileSync(entry, `---
theme: default
title: Reference deck
---

# Reference deck

A title slide

---

# A diagram

\`\`\`mermaid
graph LR
  A[Client] --> B[Load balancer] --> C[Service]
\`\`\`

---

# A list

<v-clicks>

- one
- two
- three

</v-clicks>
`)
  return entry
}

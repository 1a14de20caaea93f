import { describe, expect, it } from 'vitest'
import { findDiagramBlocks } from '../logic/blocks'
import { formatProblem } from '../logic/problems'
import { flow, written } from './fixtures'

/** A slide that starts on line 10 of `pages/toy.md`, the 3rd slide of the file and the 7th of the deck. */
const place = {
  file: 'pages/toy.md',
  firstLine: 10,
  slideInFile: 3,
  slide: 7,
}
const find = (markdown: string) => findDiagramBlocks(markdown, place)
const problems = (markdown: string) => find(markdown).flatMap(b => b.problems.map(formatProblem))

describe('findDiagramBlocks', () => {
  it('reads a fence whose options carry the steps, in the short form of Slidev\'s own {1|2-3|all}', () => {
    const [block, ...rest] = find('# Login\n\n```mermaid {steps: \'web | api e1 | db, e2\', camera: false}\nflowchart LR\n  web e1@--> api\n  api e2@--> db\n```\n')
    expect(rest).toEqual([])
    expect(block.spec).toEqual({
      id: 'toy-3',
      code: 'flowchart LR\n  web e1@--> api\n  api e2@--> db',
      steps: [
        {
          show: ['web'],
        },
        {
          show: ['api', 'e1'],
        },
        {
          show: ['db', 'e2'],
        },
      ],
      camera: false,
    })
    expect(block.source).toEqual({
      file: 'pages/toy.md',
      line: 12,
      codeLine: 13,
      slide: 7,
    })
    expect(block.problems).toEqual([])
  })

  it('reads the component form, steps as objects across lines, and replaces exactly the block', () => {
    const markdown = `# Toy\n\n${written(flow)}\n\nAfter.`
    const [block] = find(markdown)
    expect(block.spec).toEqual({ ...flow, code: flow.code })
    expect(block.spec.id).toBe('flow')
    expect(markdown.slice(0, block.start)).toBe('# Toy\n\n')
    expect(markdown.slice(block.end)).toBe('\n\nAfter.')
    expect(block.source.line).toBe(12)
    expect(block.source.codeLine).toBe(12 + flow.steps.length + 4)
  })

  it('gives a fence\'s options to the tag too: at, scale and theme', () => {
    const [block] = find('<MermaidSteps at="+2" :scale="0.8" theme="neutral" :steps="[\'a\']">\n\n```mermaid\nflowchart LR\n  a\n```\n\n</MermaidSteps>')
    expect(block.spec).toMatchObject({
      at: '+2',
      scale: 0.8,
      theme: 'neutral',
      steps: [
        {
          show: ['a'],
        },
      ],
    })
  })

  it('leaves Slidev\'s own ```mermaid (no steps) alone, and never reads inside another fence', () => {
    expect(find('```mermaid\nflowchart LR\n  a --> b\n```\n')).toEqual([])
    expect(find('```mermaid {theme: \'neutral\', scale: 0.8}\nflowchart LR\n  a --> b\n```\n')).toEqual([])
    expect(find(`\`\`\`\`md\n${written(flow)}\n\`\`\`\`\n`)).toEqual([])
  })

  it('numbers the blocks of a slide when it holds more than one', () => {
    const fence = (n: string) => `\`\`\`mermaid {steps: '${n}'}\nflowchart LR\n  ${n}\n\`\`\``
    expect(find(`${fence('a')}\n\n${fence('b')}`).map(b => b.spec.id)).toEqual(['toy-3-1', 'toy-3-2'])
  })

  it('says where and what, for options that are not a literal, unknown options and step keys, and a step of the wrong kind', () => {
    expect(problems('```mermaid {steps: [\'a\'], camra: false}\nflowchart LR\n  a\n```')).toEqual([
      'pages/toy.md:10: slide 7, diagram "toy-3": unknown option "camra" (options: id, steps, at, camera, scale, theme)',
    ])
    expect(problems('```mermaid {steps: [\'a\'}\nflowchart LR\n  a\n```')[0]).toMatch(/^pages\/toy\.md:10: slide 7, diagram "toy-3": the fence's options is not a JavaScript literal \(read as JSON5\): invalid character/)
    expect(problems('```mermaid {steps: [{ shows: \'a\' }, 3]}\nflowchart LR\n  a\n```')).toEqual([
      'pages/toy.md:10: slide 7, diagram "toy-3", step 0: has an unknown key "shows" (a step has caption, show, highlight, flow, frame)',
      'pages/toy.md:10: slide 7, diagram "toy-3", step 1: must be ids (\'a b\') or an object ({ show, caption, … }), not 3',
    ])
    expect(problems('```mermaid {steps: \'a\', scale: 2, camera: \'no\'}\nflowchart LR\n  a\n```')).toEqual([
      'pages/toy.md:10: slide 7, diagram "toy-3": camera must be true or false, not "no"',
      'pages/toy.md:10: slide 7, diagram "toy-3": scale must be a number above 0 and at most 1, not 2',
    ])
  })

  it('names a <MermaidSteps> that does not hold one ```mermaid block', () => {
    expect(problems('<MermaidSteps :steps="[\'a\']">\n\nNo diagram here.\n\n</MermaidSteps>')).toEqual([
      'pages/toy.md:10: slide 7, diagram "toy-3": <MermaidSteps> must hold exactly one ```mermaid block, then </MermaidSteps>, with only blank lines between',
    ])
  })
})

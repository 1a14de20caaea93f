import { describe, expect, it } from 'vitest'
import { noteProse } from '../../setup/reading-notes'

/** How Slidev renders a note's `[click]` (`slide.meta.slide.noteHTML`). */
const click = (n: number) => `<span class="slidev-note-click-mark" data-clicks="${n}"></span>`

describe('a speaker note as prose', () => {
  it('drops the timing cue and the click marks, and keeps every word that was said', () => {
    const note = [
      '<p><strong>About 40 seconds.</strong></p>',
      '<p>My claim is simple: you design it, you measure it, and you test it.</p>',
      `<p>${click(1)} First, design: four architectures I led.</p>`,
      `<p>${click(2)} Then measurement: 96.33% to 99.90%.</p>`,
    ].join('\n')
    expect(noteProse(note)).toBe([
      '<p>My claim is simple: you design it, you measure it, and you test it.</p>',
      '<p>First, design: four architectures I led.</p>',
      '<p>Then measurement: 96.33% to 99.90%.</p>',
    ].join('\n'))
  })

  it('drops a cue in minutes, a plain one, and one that opens a paragraph', () => {
    expect(noteProse('<p><strong>About 2 minutes.</strong></p>\n<p>Let\'s build it up.</p>')).toBe('<p>Let\'s build it up.</p>')
    expect(noteProse('<p>About 1 minute.</p>\n<p>Thank you.</p>')).toBe('<p>Thank you.</p>')
    expect(noteProse('<p><strong>About 15 seconds.</strong> First, the API gateway.</p>')).toBe('<p>First, the API gateway.</p>')
  })

  it('keeps "about" when it is part of what was said', () => {
    const said = '<p>It takes About 40 seconds. to fail over, and about 5 minutes a year at five nines.</p>'
    expect(noteProse(said)).toBe(said)
  })

  it('joins a sentence the presenter split over clicks', () => {
    const note = [
      '<p>I implemented Kong\'s observability: Kong on ECS</p>',
      `<p>${click(1)} runs with an OpenTelemetry sidecar,</p>`,
      `<p>${click(2)} which exports Prometheus metrics.</p>`,
      `<p>${click(3)} It was the first.</p>`,
    ].join('\n')
    expect(noteProse(note)).toBe([
      '<p>I implemented Kong\'s observability: Kong on ECS runs with an OpenTelemetry sidecar, which exports Prometheus metrics.</p>',
      '<p>It was the first.</p>',
    ].join('\n'))
  })

  it('drops stage directions: an italic paragraph, and bracketed words', () => {
    const note = [
      '<p><em>Point at the NLB.</em></p>',
      '<p>[pause] The NLB works at layer 4 [look at the room] and spreads connections.</p>',
      '<p>[slow down]</p>',
      '<p>Read <code>items[0]</code> and <em>then</em> the rest.</p>',
    ].join('\n')
    expect(noteProse(note)).toBe([
      '<p>The NLB works at layer 4 and spreads connections.</p>',
      '<p>Read <code>items[0]</code> and <em>then</em> the rest.</p>',
    ].join('\n'))
  })

  it('leaves an empty note empty', () => {
    expect(noteProse('')).toBe('')
    expect(noteProse('<p><strong>About 20 seconds.</strong></p>\n')).toBe('')
  })
})

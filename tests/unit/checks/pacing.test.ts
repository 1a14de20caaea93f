import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPacing, loadDeckInput, noteCue, noteSeconds } from '../../../scripts/lib/deck-rules'
import { copyDeck, inject, lineOf, messages } from './support'

describe('pacing', () => {
  it('reads a note\'s opening timing cue in seconds', () => {
    expect(noteSeconds('**About 40 seconds.**\n\nHi.')).toBe(40)
    expect(noteSeconds('**About 2 minutes.**\n\nNow.')).toBe(120)
    expect(noteSeconds('Hi. About 40 seconds in, I say this.')).toBeUndefined()
  })

  it('asks for minutes in a cue over 90 seconds, and passes 90 seconds and the deck\'s minutes', async () => {
    const root = copyDeck()
    inject(root, 'pages/gateway.md', '**About 2 minutes.**', '**About 105 seconds.**')
    const deck = await loadDeckInput(root)
    // The boundary: the deck's own 90-second cues pass.
    expect(deck.slides.filter(s => noteCue(s.note)?.unit === 'second' && noteCue(s.note)?.seconds === 90).length).toBeGreaterThan(0)
    const slide = deck.slides.find(s => s.file === 'pages/gateway.md' && s.note?.includes('About 105 seconds'))!
    expect(messages(checkPacing(deck))).toEqual([
      `pages/gateway.md:${slide.line} (slide ${slide.no}): pacing: timing cue "About 105 seconds" is over 90 seconds: say it in minutes ("**About 2 minutes.**") so the presenter reads it at a glance`,
    ])
  })

  it('fails a cut whose notes add up to more than its duration, naming the cut, the sum and the duration', async () => {
    const root = copyDeck()
    inject(root, 'slides-interview.md', 'duration: 10min', 'duration: 6min')
    const deck = await loadDeckInput(root)
    const interview = deck.cuts.find(cut => cut.entry === 'slides-interview.md')!
    const sum = interview.slides.reduce((total, slide) => total + noteSeconds(slide.note)!, 0)
    const clock = `${Math.floor(sum / 60)} min${sum % 60
      ? ` ${sum % 60} s`
      : ''}`
    expect(messages(checkPacing(deck))).toEqual([
      `slides-interview.md:${lineOf(root, 'slides-interview.md', 'duration: 6min')}: pacing: slides-interview.md: the notes’ timing cues add up to ${clock}, ${Math.round((sum - 360) / 3.6)}% over its duration 6min (6 min); bring them within 10% or change the duration`,
    ])
  })

  it('fails both cuts when a slide they share says it takes far longer, and passes a change within 10%', async () => {
    const cue = /\*\*About \d+ seconds\.\*\*(?=\s+Hi, I’m Juan)/
    const longer = (length: string) => {
      const root = copyDeck()
      const file = join(root, 'pages/intro.md')
      const text = readFileSync(file, 'utf8')
      expect(text, 'the title slide’s note opens with a cue in seconds').toMatch(cue)
      writeFileSync(file, text.replace(cue, `**About ${length}.**`))
      return loadDeckInput(root)
    }
    const problems = messages(checkPacing(await longer('10 minutes')))
    expect(problems.map(p => p.split(':')[0])).toEqual(['slides.md', 'slides-interview.md'])
    expect(problems.every(p => /% over its duration (?:30|10)min/.test(p))).toBe(true)
    expect(checkPacing(await longer('45 seconds'))).toEqual([])
  })

  it('requires each cut to declare its duration and a countdown timer, and every note a timing cue', async () => {
    const root = copyDeck()
    inject(root, 'slides-interview.md', 'duration: 10min\ntimer: countdown\n', '')
    const closing = readFileSync(join(root, 'pages/closing.md'), 'utf8')
    const cues = closing.match(/\*\*About \d+ (?:seconds|minutes)\.\*\*\n\n/g)!
    // The last slide's note loses its cue.
    writeFileSync(join(root, 'pages/closing.md'), closing.slice(0, closing.lastIndexOf(cues.at(-1)!)) + closing.slice(closing.lastIndexOf(cues.at(-1)!) + cues.at(-1)!.length))
    const deck = await loadDeckInput(root)
    const last = deck.slides.at(-1)!
    const problems = messages(checkPacing(deck))
    expect(problems).toContain(`slides-interview.md:1: pacing: slides-interview.md: headmatter timer is "stopwatch (Slidev’s default)"; set timer: countdown so the presenter view counts down this cut’s duration`)
    expect(problems).toContain(`slides-interview.md:1: pacing: slides-interview.md: headmatter duration is missing (Slidev’s timer assumes 30min); declare how long this cut runs, e.g. duration: 10min`)
    // Reported once, though both cuts show the slide.
    expect(problems.filter(p => p.includes('does not open with how long to spend'))).toEqual([
      `${last.file}:${last.line} (slide ${last.no}): pacing: speaker note does not open with how long to spend ("**About 40 seconds.**"), so slides.md’s pacing cannot be added up`,
    ])
  })
})

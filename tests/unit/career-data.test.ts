import type { CareerStep, Era } from '../../data/career'
import type { DeckSlide } from '../../scripts/lib/deck'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CareerRoles from '../../components/CareerRoles.vue'
import { career, certification } from '../../data/career'
import { loadDeck } from '../../scripts/lib/deck'

/**
 * Every career row is sourced, and what the role was reaches a slide: a slide of the full cut
 * draws `<CareerRoles era="…">` for the row's era, and that component renders the row's `work`.
 */

const ROOT = resolve(__dirname, '../..')
const SEEDS = resolve(ROOT, '../shared/seeds')
const SEED_FILE = { '000': '000_2aa4b567ab95e09a.txt', '001': '001_3e9a38bfce70b98d.txt' } as const

/** The text each row shows on a slide: CareerRoles mounted for every era a slide of the deck asks for. */
function textOnSlides(slides: DeckSlide[]): string {
  const eras = slides.flatMap(slide => [
    ...slide.content.matchAll(/<CareerRoles\s+era="(\w+)"/g),
  ].map(m => m[1] as Era))
  return eras.map(era => mount(CareerRoles, {
    props: { era },
  }).text()).join('\n')
}

/** Rows whose role or description no slide renders. */
function unrendered(rows: CareerStep[], shown: string): string[] {
  return rows.filter(row => !shown.includes(row.work) || !shown.includes(row.role)).map(row => `${row.from} ${row.role}`)
}

describe('career data', () => {
  it('cites a seed line for every row and for the certification', () => {
    for (const item of [...career, certification]) {
      expect(item.sources.length, JSON.stringify(item)).toBeGreaterThan(0)
      for (const source of item.sources) {
        expect(Object.keys(SEED_FILE)).toContain(source.seed)
        expect(Number.isInteger(source.line) && source.line > 0).toBe(true)
      }
    }
  })

  it.skipIf(!existsSync(SEEDS))('cites lines that exist and say something, in ../shared/seeds', () => {
    for (const item of [...career, certification]) {
      for (const { seed, line } of item.sources) {
        const text = readFileSync(resolve(SEEDS, SEED_FILE[seed]), 'utf8').split('\n')[line - 1]
        expect(text?.trim(), `${seed}:${line} cited by ${JSON.stringify(item).slice(0, 60)}`).toBeTruthy()
      }
    }
  })

  it('gives every row a description, and names no organization for a publication', () => {
    for (const row of career)
      expect(row.work.trim().length, row.role).toBeGreaterThan(20)
    // However it is spelled (001's "IEEEXplore", IEEE's own "IEEE Xplore"), the publisher is no employer.
    expect(career.flatMap(row => /IEEE/i.test(row.org ?? '')
      ? [row.org]
      : [])).toEqual([])
  })

  it('puts every row\'s role and description, and the certification, on a slide of the full cut', async () => {
    const shown = textOnSlides(await loadDeck(ROOT))
    expect(unrendered(career, shown)).toEqual([])
    expect(shown).toContain(certification.name)
  })

  it('fails when a slide for an era is missing: the planted fault', async () => {
    const slides = (await loadDeck(ROOT)).filter(slide => !slide.content.includes('<CareerRoles era="cloud"'))
    expect(unrendered(career, textOnSlides(slides))).toEqual(career.filter(row => row.era === 'cloud').map(row => `${row.from} ${row.role}`))
  })
})

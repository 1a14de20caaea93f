import type { DeckInput, Problem } from './input'
import { parseTimeString } from '@slidev/parser/utils'
import { TIMING_CUE } from './figures'

/** A note's opening timing cue (`**About 40 seconds.**`, `**About 2 minutes.**`): its length, and the unit it is said in. */
export function noteCue(note: string | undefined): { seconds: number, unit: 'second' | 'minute' } | undefined {
  const cue = new RegExp(TIMING_CUE.source, 'm').exec(note ?? '')?.[0]
  const m = cue
    ? /(\d+) (second|minute)/.exec(cue)
    : null
  if (!m)
    return undefined
  const unit = m[2] as 'second' | 'minute'
  return {
    seconds: Number(m[1]) * (unit === 'minute'
      ? 60
      : 1),
    unit,
  }
}

/** Seconds a note's opening cue asks for, if it has one. */
export function noteSeconds(note: string | undefined): number | undefined {
  return noteCue(note)?.seconds
}

/** The longest cue said in seconds; a longer one is said in minutes, which the presenter reads at a glance. */
const CUE_SECONDS_LIMIT = 90

/** How far a cut's notes may add up from the duration its presenter timer counts down. */
const PACING_TOLERANCE = 0.1

/** `1750` → `29 min 10 s`. */
function clock(seconds: number): string {
  const min = Math.floor(seconds / 60)
  const sec = Math.round(seconds % 60)
  return [
    min
      ? `${min} min`
      : '',
    sec
      ? `${sec} s`
      : '',
  ].filter(Boolean).join(' ') || '0 s'
}

/**
 * Each cut declares its length to Slidev's presenter timer (headmatter `duration`, `timer: countdown`),
 * and the timing cues that open its notes add up to that length within 10%. A cue over
 * `CUE_SECONDS_LIMIT` seconds says minutes.
 */
export function checkPacing(deck: Pick<DeckInput, 'cuts'>): Problem[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const cut of deck.cuts) {
    const { headmatter } = cut
    const at = (key: string) => headmatter.lines[key] ?? 1
    const { duration, timer } = headmatter.data
    if (timer !== 'countdown') {
      problems.push({
        rule: 'pacing',
        file: cut.entry,
        line: at('timer'),
        message: `${cut.entry}: headmatter timer is ${JSON.stringify(timer ?? 'stopwatch (Slidev’s default)')}; set timer: countdown so the presenter view counts down this cut’s duration`,
      })
    }
    let seconds: number | undefined
    try {
      seconds = duration === undefined
        ? undefined
        : parseTimeString(duration as string | number).seconds
    }
    catch {}
    if (!seconds || seconds <= 0) {
      problems.push({
        rule: 'pacing',
        file: cut.entry,
        line: at('duration'),
        message: `${cut.entry}: headmatter duration is ${duration === undefined
          ? 'missing (Slidev’s timer assumes 30min)'
          : `${JSON.stringify(duration)}, not a length of time`}; declare how long this cut runs, e.g. duration: 10min`,
      })
      continue
    }
    let sum = 0
    for (const slide of cut.slides) {
      const cue = noteCue(slide.note)
      sum += cue?.seconds ?? 0
      const where = `${slide.file}:${slide.line}`
      // A slide both cuts show is reported once.
      if (seen.has(where))
        continue
      seen.add(where)
      if (cue === undefined) {
        problems.push({
          rule: 'pacing',
          file: slide.file,
          line: slide.line,
          slide: slide.no,
          message: `speaker note does not open with how long to spend ("**About 40 seconds.**"), so ${cut.entry}’s pacing cannot be added up`,
        })
      }
      else if (cue.unit === 'second' && cue.seconds > CUE_SECONDS_LIMIT) {
        // Over 90 seconds rounds to 2 minutes or more: always plural.
        const minutes = Math.round(cue.seconds / 60)
        problems.push({
          rule: 'pacing',
          file: slide.file,
          line: slide.line,
          slide: slide.no,
          message: `timing cue "About ${cue.seconds} seconds" is over ${CUE_SECONDS_LIMIT} seconds: say it in minutes ("**About ${minutes} minutes.**") so the presenter reads it at a glance`,
        })
      }
    }
    const off = (sum - seconds) / seconds
    if (Math.abs(off) > PACING_TOLERANCE) {
      problems.push({
        rule: 'pacing',
        file: cut.entry,
        line: at('duration'),
        message: `${cut.entry}: the notes’ timing cues add up to ${clock(sum)}, ${Math.round(Math.abs(off) * 100)}% ${off > 0
          ? 'over'
          : 'under'} its duration ${duration} (${clock(seconds)}); bring them within ${PACING_TOLERANCE * 100}% or change the duration`,
      })
    }
  }
  return problems
}

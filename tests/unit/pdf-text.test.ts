import { describe, expect, it } from 'vitest'
import { fold } from '../../scripts/lib/pdf'

describe('fold: PDF text as a reader sees it', () => {
  it('rejoins a hyphenated word that a line broke after its hyphen', () => {
    expect(fold('about thirty-\n seven times lower')).toBe('about thirty-seven times lower')
    expect(fold('the Cloud- Native Domain, us-east- 1')).toBe('the Cloud-Native Domain, us-east-1')
  })

  it('keeps a range\'s en dash and a minus between spaces', () => {
    expect(fold('2010 – 2020: networks')).toBe('2010 – 2020: networks')
    expect(fold('a - b')).toBe('a - b')
  })

  it('folds whitespace and reads pdf.js\'s U+02BC apostrophe as the source\'s ’', () => {
    expect(fold('  Twilio\u02BCs \n\n platform ')).toBe('Twilio’s platform')
  })
})

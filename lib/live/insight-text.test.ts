import { describe, expect, it } from 'vitest'
import { normaliseInsight } from './insight-text.ts'

describe('normaliseInsight', () => {
  it('puts the text on one line with single spaces, trimmed', () => {
    expect(normaliseInsight('  Visionen\n\n skal  kommunikeres\t igen ')).toEqual({ ok: true, text: 'Visionen skal kommunikeres igen' })
  })

  it('composes letters (NFC), so "æ" typed two ways is one character', () => {
    const decomposed = 'Ha\u0308nde'
    const result = normaliseInsight(decomposed)
    expect(result).toEqual({ ok: true, text: 'Hände' })
  })

  it('drops control, zero-width and bidi override characters', () => {
    expect(normaliseInsight('a\u0000b\u200Bc\u202Ed\u2066e\uFEFF')).toEqual({ ok: true, text: 'abcde' })
  })

  it('refuses an empty or blank insight', () => {
    expect(normaliseInsight(' \n\u200B ')).toMatchObject({ ok: false, code: 'insightEmpty', reason: 'the insight is empty' })
  })

  it('counts characters, not UTF-16 units: 280 emoji pass, 281 letters do not', () => {
    expect(normaliseInsight('🧱'.repeat(280))).toMatchObject({ ok: true })
    expect(normaliseInsight('x'.repeat(281))).toMatchObject({ ok: false, code: 'insightTooLong', params: { chars: 281, max: 280 }, reason: 'the insight is 281 characters; at most 280' })
  })
})

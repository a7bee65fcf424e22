import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.ts'

describe('cleanText', () => {
  it('makes NFC and NFD the same name', () => {
    const nfd = 'A\u030Ase'
    expect(nfd).not.toBe('Åse')
    expect(cleanText(nfd).text).toBe('Åse')
  })

  it('removes zero-width, bidi and control characters and says which', () => {
    expect(cleanText('Anna\u200B')).toEqual({ text: 'Anna', removed: ['U+200B'] })
    expect(cleanText('\u202EAnna Ager')).toEqual({ text: 'Anna Ager', removed: ['U+202E'] })
    expect(cleanText('\u2067Bo\u2069 \uFEFFBech\u00AD')).toEqual({ text: 'Bo Bech', removed: ['U+2067', 'U+2069', 'U+FEFF', 'U+00AD'] })
    expect(cleanText('Eva\u0000\u001B[31m')).toEqual({ text: 'Eva[31m', removed: ['U+0000', 'U+001B'] })
  })

  it('leaves nothing of a name made only of invisible characters', () => {
    expect(cleanText('\u200B\u200D')).toEqual({ text: '', removed: ['U+200B', 'U+200D'] })
  })

  it('collapses white space, line breaks inside a quoted cell included', () => {
    expect(cleanText('  Jens\tPeter\r\nHansen\u2028 ')).toEqual({ text: 'Jens Peter Hansen', removed: [] })
  })

  it('keeps letters of every script as they are', () => {
    for (const name of ['Søren Ærø', 'Łukasz Żółć', 'محمد', 'Nguyễn Thị Hương', '=HYPERLINK("x")', '<script>alert(1)</script>'])
      expect(cleanText(name)).toEqual({ text: name.normalize('NFC'), removed: [] })
  })
})

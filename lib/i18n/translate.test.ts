import { describe, expect, it } from 'vitest'
import { LANGUAGES, messages } from './messages.ts'
import { translate } from './translate.ts'

/** Every dotted key of a message tree, with its text. */
function entries(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value as object, `${prefix}${key}.`))
}

describe('the message catalogue', () => {
  it('has every message in every language, with the same placeholders', () => {
    const danish = new Map(entries(messages.da))
    for (const language of LANGUAGES) {
      const own = new Map(entries(messages[language]))
      expect([...own.keys()].sort()).toEqual([...danish.keys()].sort())
      for (const [key, text] of own)
        expect(text.match(/\{\w+\}/g)?.sort(), `${language} ${key}`).toEqual(danish.get(key)!.match(/\{\w+\}/g)?.sort())
    }
  })

  it('uses none of vue-i18n\'s special syntax: `fill` reads every message, in Node and in the browser', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of entries(messages[language]))
        expect(text, `${language} ${key}`).not.toMatch(/[@|$%]|\{(?!\w+\})/)
    }
  })
})

describe('translate', () => {
  it('fills placeholders and names a missing message', () => {
    expect(translate('en', 'programme.missedPin', { title: 'Lunch', time: '12:30', delay: 10 })).toBe('Lunch at 12:30 will be missed (10 min. late)')
    expect(translate('da', 'countdown.reset')).toBe('Nulstil')
    expect(() => translate('en', 'countdown.nope' as 'countdown.reset')).toThrow(/No message "countdown.nope" in language "en"/)
  })
})

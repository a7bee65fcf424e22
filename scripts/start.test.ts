import { describe, expect, it } from 'vitest'
import { startPlan } from './start.ts'
import { deckSlugs, defaultDeckSlug } from './support/deck-entry.ts'

const slug = defaultDeckSlug()

describe('startPlan', () => {
  it('serves the default deck on 3030', () => {
    expect(startPlan([], undefined)).toEqual({
      deck: slug,
      args: [`slides/${slug}.md`, '--port', '3030'],
      env: { SEMINARKIT_DECK: slug },
    })
  })

  it('keeps the secret away from Slidev, which only hears an empty --remote', () => {
    for (const argv of [['--remote=s3cret', '--open'], ['--remote', 's3cret', '--open']]) {
      const plan = startPlan(argv, '4000')
      expect(plan.args).toEqual([`slides/${slug}.md`, '--port', '4000', '--remote=', '--open'])
      expect(plan.args.join(' ')).not.toContain('s3cret')
      expect(plan.env.SEMINARKIT_REMOTE_SECRET).toBe('s3cret')
    }
  })

  it('serves another deck by its slug', () => {
    for (const other of deckSlugs())
      expect(startPlan([other], undefined)).toMatchObject({ deck: other, env: { SEMINARKIT_DECK: other } })
  })

  it('refuses an unknown deck, an empty secret and a bad port', () => {
    expect(() => startPlan(['no-such-deck'], undefined)).toThrow(/no deck "no-such-deck"/)
    expect(() => startPlan(['--remote='], undefined)).toThrow(/needs a secret/)
    expect(() => startPlan([], 'abc')).toThrow(/PORT/)
  })
})

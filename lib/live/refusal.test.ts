import { describe, expect, it } from 'vitest'
import { translate } from '../i18n/translate.ts'
import { refusalFor } from './access.ts'
import { refusal } from './refusal.ts'

describe('refusal', () => {
  it('carries a stable code and its params, with the English reason for curl and the logs', () => {
    expect(refusal(409, 'photoLimit', { table: 4, max: 12 })).toEqual({
      ok: false,
      status: 409,
      code: 'photoLimit',
      params: { table: 4, max: 12 },
      reason: 'table 4 has sent 12 photos, the most a table may',
    })
  })

  it('reads in either deck language from the same code and params', () => {
    const refused = refusalFor({ role: 'table', table: 3 }, { type: 'table.ready', table: 4, timerId: 'x' })!
    expect(refused.code).toBe('otherTable')
    expect(translate('da', `refusal.${refused.code}`, refused.params)).toBe('Bord 3 kan ikke melde for bord 4.')
    expect(translate('en', `refusal.${refused.code}`, refused.params)).toBe(refused.reason)
  })
})

import { describe, expect, it } from 'vitest'
import { phoneRoute } from './protocol.ts'

describe('phoneRoute', () => {
  it('names the phone pages of contract §5', () => {
    expect(phoneRoute('/timer')).toEqual({ page: 'timer', id: undefined })
    expect(phoneRoute('/timer/')).toEqual({ page: 'timer', id: undefined })
    expect(phoneRoute('/timer/visionsledelse-1')).toEqual({ page: 'timer', id: 'visionsledelse-1' })
    expect(phoneRoute('/timer/r%C3%B8d')).toEqual({ page: 'timer', id: 'rød' })
    expect(phoneRoute('/table/12')).toEqual({ page: 'table', table: '12' })
    expect(phoneRoute('/survey')).toEqual({ page: 'survey' })
  })

  it('leaves every other path to the deck, including the presenter\'s survey codes and slides named alike', () => {
    for (const path of ['/', '/1', '/presenter/1', '/survey-codes', '/timers', '/timer/a/b', '/table', '/table/', '/tables/3', '/surveys', '/__seminarkit/state'])
      expect(phoneRoute(path), path).toBeUndefined()
  })

  it('keeps an address that is not valid percent-encoding as it is (the page says there is no such timer)', () => {
    expect(phoneRoute('/timer/%E0%A4%A')).toEqual({ page: 'timer', id: '%E0%A4%A' })
  })
})

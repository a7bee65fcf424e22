import { afterEach, describe, expect, it } from 'vitest'
import { useHandout } from './useHandout.ts'

describe('useHandout', () => {
  afterEach(() => history.replaceState(null, '', '/'))

  it('is on when the print view was opened for the handout', () => {
    history.replaceState(null, '', '/print?print=true&handout=1')
    expect(useHandout().isHandout).toBe(true)
  })

  it('is off for the presenter print and the live deck', () => {
    history.replaceState(null, '', '/print?print=true')
    expect(useHandout().isHandout).toBe(false)
    history.replaceState(null, '', '/3')
    expect(useHandout().isHandout).toBe(false)
  })
})

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseURL, launchTestBrowser, newPage } from '../support/browser.ts'
import { openDeck, showSlide } from '../support/slides.ts'
import { bulletSizes, MIN_TEXT_PX, smallTexts, type SmallText } from '../support/text-size.ts'

/** The type scale of styles/deck.css for bullet points: --sk-text-body, or --sk-text-dense on a dense slide. */
const BULLET_SIZES = [36, 30]

describe('readable from the back of the room', () => {
  let browser: Browser
  const small: string[] = []
  const bullets: string[] = []

  beforeAll(async () => {
    browser = await launchTestBrowser()
    const { page } = await newPage(browser)
    const total = await openDeck(page, baseURL(), '')
    for (let no = 1; no <= total; no++) {
      const title = (await showSlide(page, no)).trim().split('\n')[0]!.slice(0, 40)
      const found: SmallText[] = await smallTexts(page, no)
      small.push(...found.map(text => `slide ${no} (${title}): "${text.text}" at ${text.px} px`))
      const sizes = await bulletSizes(page, no)
      if (sizes.length > 1 || sizes.some(size => !BULLET_SIZES.includes(size)))
        bullets.push(`slide ${no} (${title}): bullet points at ${sizes.join(', ')} px`)
    }
  })

  afterAll(async () => {
    await browser?.close()
  })

  it(`shows no name, label or body text below ${MIN_TEXT_PX} px on a 1920-px slide (captions and footers marked data-small-text excepted)`, () => {
    expect(small).toEqual([])
  })

  it('sets every bullet slide in one size of the type scale', () => {
    expect(bullets).toEqual([])
  })
})

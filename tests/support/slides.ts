import type { Page } from 'playwright-core'

declare global {
  interface Window {
    __slidev__: { nav: { total: number, currentPage: number, go: (no: number) => Promise<void> } }
  }
}

/** Opens a view (`''` the projector, `'presenter/'`) at slide 1 and returns its number of slides. */
export async function openDeck(page: Page, baseURL: string, view: '' | 'presenter/'): Promise<number> {
  await page.goto(`${baseURL}/${view}1`, { waitUntil: 'networkidle' })
  await page.waitForFunction(() => window.__slidev__?.nav.total > 0)
  return page.evaluate(() => window.__slidev__.nav.total)
}

/**
 * Goes to slide `no` by Slidev's own navigation and returns its text once the copy on
 * screen (the presenter view also renders the next slide) has its layout and content,
 * not "Loading slide...".
 */
export async function showSlide(page: Page, no: number): Promise<string> {
  await page.evaluate(target => window.__slidev__.nav.go(target), no)
  const text = await page.waitForFunction((target) => {
    const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${target}`)].find(element => element.checkVisibility())
    const text = slide?.querySelector('.slidev-layout') ? slide.innerText : ''
    return text.trim() !== '' && !text.includes('Loading slide') && text
  }, no, { timeout: 60_000 }).catch(async (error: Error) => {
    const seen = await page.evaluate(target => [...document.querySelectorAll<HTMLElement>(`.slidev-page-${target}`)]
      .map(slide => `${slide.checkVisibility() ? 'visible' : 'hidden'}: ${slide.innerText.slice(0, 80)}`), no).catch(() => [])
    throw new Error(`slide ${no} never rendered its content (url ${page.url()}; copies ${JSON.stringify(seen)}): ${error.message}`)
  })
  return String(await text.jsonValue())
}

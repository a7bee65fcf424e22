import type { Browser, Page } from 'playwright-core'

export interface RenderedSlide {
  no: number
  /** The slide's first heading as rendered (data-driven titles only exist after rendering). */
  title: string
  /** Discussion rounds on the slide (`[data-testid="discussion-round"]`), by id. */
  rounds: string[]
  /** A live component on the slide has nothing from the day to show (`[data-live-empty]`). */
  empty: boolean
}

export interface PrintViewOptions {
  /** Slides the deck has; rendering is done when that many are on the page. */
  total: number
  width: number
  height: number
  /** Adds `handout` to the query: components read it through composables/useHandout.ts. */
  handout?: boolean
  /** Called while slides render, with how many are done. */
  onProgress?: (done: number, total: number) => void
  timeoutMs?: number
}

/**
 * Opens Slidev's print route (every slide, live components in their print form) and waits
 * until every slide has rendered and the fonts are loaded.
 */
export async function openPrintView(browser: Browser, baseURL: string, options: PrintViewOptions): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width, height: options.height } })
  const page = await context.newPage()
  // No HMR: a file saved while exporting must not reload the page halfway through.
  await page.routeWebSocket(/.*/, () => {})
  const query = new URLSearchParams({ print: 'true' })
  if (options.handout)
    query.set('handout', '1')
  const timeout = options.timeoutMs ?? 180_000
  await page.goto(`${baseURL}/print?${query}`, { waitUntil: 'load', timeout })
  const deadline = Date.now() + timeout
  let reported = -1
  for (;;) {
    const done = await page.evaluate(() => [...document.querySelectorAll('.print-slide-container')]
      .filter(slide => slide.querySelector('.slidev-layout') && !slide.querySelector('.slidev-slide-loading')).length)
    if (done !== reported) {
      options.onProgress?.(done, options.total)
      reported = done
    }
    if (done >= options.total)
      break
    if (Date.now() > deadline)
      throw new Error(`Slidev rendered ${done} of ${options.total} slides within ${timeout / 1000} s (${page.url()})`)
    await page.waitForTimeout(250)
  }
  await page.waitForLoadState('networkidle', { timeout })
  await page.evaluate(() => document.fonts.ready)
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  return page
}

export async function describeSlides(page: Page): Promise<RenderedSlide[]> {
  return page.$$eval('.print-slide-container', containers => containers.map((container) => {
    const slide = container.querySelector<HTMLElement>('[data-slidev-no]')
    const heading = container.querySelector('.slidev-layout h1')
    return {
      no: Number(slide?.dataset.slidevNo),
      title: (heading?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      rounds: [...container.querySelectorAll<HTMLElement>('[data-testid="discussion-round"]')].map(round => round.dataset.roundId ?? ''),
      empty: container.querySelector('[data-live-empty]') !== null,
    }
  }))
}

/** One PDF page per slide, vector text, fonts embedded by Chromium. */
export async function printSlides(page: Page, width: number, height: number): Promise<Uint8Array> {
  return page.pdf({ width: `${width}px`, height: `${height}px`, printBackground: true, preferCSSPageSize: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } })
}

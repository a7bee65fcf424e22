import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

// The default deck's network round: its slide and one of its timers (contract §4 hooks).
export const TIMER_SLIDE = 'runde-netvaerk'
export const TIMER_ID = 'netvaerk-viden'
export const COUNTDOWN = `[data-testid="countdown"][data-timer-id="${TIMER_ID}"]`
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

/** Real time in a page or here, comparable between pages of one machine (ms since the epoch). */
export const now = (): number => performance.timeOrigin + performance.now()

export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, ...options })
  const page = await context.newPage()
  await page.goto(url, { timeout: 120_000 })
  return page
}

/** The countdown on screen (Slidev keeps visited slides mounted but hidden). */
export const visibleCountdown = (page: Page) => page.locator(`${COUNTDOWN}:visible`)

export async function countdownState(page: Page): Promise<string> {
  return await visibleCountdown(page).getAttribute('data-state') ?? ''
}

export async function waitForState(page: Page, state: string, timeout = 15_000): Promise<void> {
  await page.locator(`${COUNTDOWN}:visible[data-state="${state}"]`).waitFor({ timeout })
}

/** Clicks a countdown control and returns when the click reached the page, in real time. */
export async function clickControl(page: Page, action: string): Promise<number> {
  const button = page.locator(`${COUNTDOWN}:visible button[data-action="${action}"]`)
  await button.evaluate((el) => {
    el.addEventListener('click', () => {
      (window as unknown as { skClicked: number }).skClicked = performance.timeOrigin + performance.now()
    }, { once: true, capture: true })
  })
  await button.click()
  return page.evaluate(() => (window as unknown as { skClicked: number }).skClicked)
}

/** Arms a watch in the page that resolves with the real time the countdown first shows `state`. */
export async function armStateWatch(page: Page, state: string): Promise<void> {
  await visibleCountdown(page).evaluate((el, wanted) => {
    (window as unknown as { skSeen: Promise<number> }).skSeen = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if ((el as HTMLElement).dataset.state === wanted) {
          observer.disconnect()
          resolve(performance.timeOrigin + performance.now())
        }
      })
      observer.observe(el, { attributes: true, attributeFilter: ['data-state'] })
    })
  }, state)
}

/** Arms a watch in a Slidev page that resolves with the real time slide `no` is displayed. */
export async function armSlideWatch(page: Page, no: number): Promise<void> {
  // No named helpers inside: the bundler would wrap them in a function the page lacks.
  await page.evaluate((wanted) => {
    (window as unknown as { skSeen: Promise<number> }).skSeen = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const slide = document.querySelector<HTMLElement>(`#slideshow > [data-slidev-no="${wanted}"]`)
        if (slide !== null && slide.style.display !== 'none') {
          observer.disconnect()
          resolve(performance.timeOrigin + performance.now())
        }
      })
      observer.observe(document.getElementById('slideshow')!, { attributes: true, childList: true, subtree: true })
    })
  }, no)
}

/** Waits for what the last armed watch saw, at most `timeout` ms. */
export async function seenAt(page: Page, timeout = 10_000): Promise<number> {
  return page.evaluate(async (limit) => {
    const seen = (window as unknown as { skSeen: Promise<number> }).skSeen
    return Promise.race([seen, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('watched change did not come')), limit))])
  }, timeout)
}

/** The number of the slide a Slidev page displays. */
export async function displayedSlide(page: Page): Promise<number> {
  return Number(await page.locator('#slideshow > [data-slidev-no]:visible').first().getAttribute('data-slidev-no'))
}

import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { armAttributeWatch, clickedAt } from '../../tests/support/timing.ts'

export { armSlideWatch, seenAt } from '../../tests/support/timing.ts'

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
export function clickControl(page: Page, action: string): Promise<number> {
  return clickedAt(page.locator(`${COUNTDOWN}:visible button[data-action="${action}"]`))
}

/** Arms a watch in the page that resolves with the real time the countdown first shows `state`. */
export function armStateWatch(page: Page, state: string): Promise<void> {
  return armAttributeWatch(visibleCountdown(page), 'data-state', state)
}

/** The number of the slide a Slidev page displays. */
export async function displayedSlide(page: Page): Promise<number> {
  return Number(await page.locator('#slideshow > [data-slidev-no]:visible').first().getAttribute('data-slidev-no'))
}

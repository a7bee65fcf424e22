import type { Page } from 'playwright-core'

/**
 * Stops every script of the page (timers, observers, rendering) until the returned wake-up
 * is called, as a phone does with a tab in the background. Debugger.pause, because
 * Page.setWebLifecycleState "frozen" leaves a visible page's timers running (Chromium 150).
 */
export async function freeze(page: Page): Promise<() => Promise<void>> {
  const session = await page.context().newCDPSession(page)
  // The pause takes effect when script next runs: a 10 ms no-op makes that at once.
  await page.evaluate(() => { setInterval(() => {}, 10) })
  await session.send('Debugger.enable')
  const paused = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the page did not pause within 5 s')), 5000)
    session.once('Debugger.paused', () => {
      clearTimeout(timer)
      resolve()
    })
  })
  await session.send('Debugger.pause')
  await paused
  return async () => {
    await session.send('Debugger.resume')
    await session.detach()
  }
}

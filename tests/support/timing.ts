import type { Locator, Page } from 'playwright-core'

// Real time measured inside pages: every page of one machine reads the same clock
// (performance.timeOrigin + performance.now(), in ms since the epoch), so a time taken in
// one page compares with a time taken in another, or with Date.now() here.
// No named helpers inside the evaluated functions: the bundler would wrap them in a
// function the page lacks.

/**
 * Arms a watch in the element's page that resolves with the real time its `attribute`
 * first reads `wanted`; `seenAt` waits for it.
 */
export async function armAttributeWatch(element: Locator, attribute: string, wanted: string): Promise<void> {
  await element.evaluate((el, [name, value]) => {
    (window as unknown as { skSeen: Promise<number> }).skSeen = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (el.getAttribute(name) === value) {
          observer.disconnect()
          resolve(performance.timeOrigin + performance.now())
        }
      })
      observer.observe(el, { attributes: true, attributeFilter: [name] })
    })
  }, [attribute, wanted] as const)
}

/** Arms a watch in a Slidev page that resolves with the real time slide `no` is displayed. */
export async function armSlideWatch(page: Page, no: number): Promise<void> {
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

/** Waits for what the page's last armed watch saw, at most `timeout` ms. */
export async function seenAt(page: Page, timeout = 10_000): Promise<number> {
  return page.evaluate(async (limit) => {
    const seen = (window as unknown as { skSeen: Promise<number> }).skSeen
    return Promise.race([seen, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('watched change did not come')), limit))])
  }, timeout)
}

/** Clicks `button` and returns the real time the click reached its page. */
export async function clickedAt(button: Locator): Promise<number> {
  await button.evaluate((el) => {
    el.addEventListener('click', () => {
      (window as unknown as { skClicked: number }).skClicked = performance.timeOrigin + performance.now()
    }, { once: true, capture: true })
  })
  await button.click()
  return button.page().evaluate(() => (window as unknown as { skClicked: number }).skClicked)
}

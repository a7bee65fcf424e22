import type { Page } from 'playwright-core'
import { freeze } from '../tests/support/freeze.ts'
import type { BenchCase } from './case.ts'
import { armSlideWatch, armStateWatch, clickControl, COUNTDOWN, countdownState, displayedSlide, now, openPage, PHONE, seenAt, TIMER_ID, TIMER_SLIDE, visibleCountdown, waitForState } from './support/pages.ts'
import { percentile, round3 } from './support/stats.ts'

/** A countdown as one writes it by hand: a counter that setInterval decrements every second. */
const CLASSIC_COUNTDOWN = `<!doctype html><div id="classic"></div><script>
  const el = document.getElementById('classic')
  const show = (left) => { el.dataset.remainingMs = String(left * 1000); el.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0') }
  window.skStartClassic = (seconds) => {
    let left = seconds
    show(left)
    setInterval(() => show(--left), 1000)
    return performance.timeOrigin + performance.now()
  }
</script>`

/** Records, in the page, every remaining time the element shows and when (real time). */
async function recordShown(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().evaluate((el) => {
    const samples: [number, number][] = []
    ;(window as unknown as { skShown: [number, number][] }).skShown = samples
    new MutationObserver(() => samples.push([performance.timeOrigin + performance.now(), Number((el as HTMLElement).dataset.remainingMs)]))
      .observe(el, { attributes: true, attributeFilter: ['data-remaining-ms'] })
  })
}

async function shownSamples(page: Page): Promise<[number, number][]> {
  return page.evaluate(() => (window as unknown as { skShown: [number, number][] }).skShown)
}

/** |shown − true| of every sample, true being the planned time less the real time since the start. */
function errors(samples: readonly [number, number][], startedAt: number, plannedMs: number): { at: number, error: number }[] {
  return samples.map(([at, shown]) => ({ at, error: Math.abs(shown - (plannedMs - (at - startedAt))) }))
}

const maxError = (list: readonly { error: number }[]) => Math.max(0, ...list.map(sample => sample.error))

/** How long Slidev's slide change may take to reach the projector before it counts as lost. */
const SLIDE_WAIT_MS = 5000

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

async function resetEverywhere(control: Page, pages: readonly Page[]): Promise<void> {
  if (await countdownState(control) !== 'idle')
    await clickControl(control, 'reset')
  await Promise.all(pages.map(page => waitForState(page, 'idle')))
}

export const cases: BenchCase[] = [
  {
    name: 'timer-exactness',
    unit: 'ms',
    baseline: 'a setInterval countdown in the same browser, same freeze',
    async measure(context) {
      const runMs = context.smoke ? 4000 : 60_000
      const freezeMs = context.smoke ? 1000 : 10_000
      const { baseURL } = await context.devServer()
      const browser = await context.browser()
      const ours = await openPage(browser, `${baseURL}/timer/${TIMER_ID}`, PHONE)
      const classic = await openPage(browser, 'about:blank', PHONE)
      try {
        await visibleCountdown(ours).waitFor({ timeout: 120_000 })
        await resetEverywhere(ours, [ours])
        await classic.setContent(CLASSIC_COUNTDOWN)
        const plannedMs = Number(await visibleCountdown(ours).getAttribute('data-remaining-ms'))
        await recordShown(ours, COUNTDOWN)
        await recordShown(classic, '#classic')
        const oursStarted = await clickControl(ours, 'start')
        const classicStarted = await classic.evaluate(seconds => (window as unknown as { skStartClassic: (s: number) => number }).skStartClassic(seconds), plannedMs / 1000)

        await sleep((runMs - freezeMs) / 2)
        const frozen = await Promise.all([ours, classic].map(freeze))
        const frozenAt = now()
        await sleep(freezeMs)
        await Promise.all(frozen.map(wake => wake()))
        const wokeAt = now()
        await sleep(Math.max(oursStarted + runMs - now(), (runMs - freezeMs) / 2))

        const oursErrors = errors(await shownSamples(ours), oursStarted, plannedMs)
        const classicErrors = errors(await shownSamples(classic), classicStarted, plannedMs)
        const before = (list: typeof oursErrors) => maxError(list.filter(sample => sample.at < frozenAt))
        const firstAfterWake = oursErrors.find(sample => sample.at >= wokeAt)
        await clickControl(ours, 'reset')
        return {
          ours: maxError(oursErrors),
          baseline: maxError(classicErrors),
          note: `largest |shown − true| of every value shown over ${runMs / 1000} s with both pages frozen ${((wokeAt - frozenAt) / 1000).toFixed(1)} s in the middle (CDP Debugger.pause); `
            + `before the freeze ${round3(before(oursErrors))} ms against ${round3(before(classicErrors))} ms; `
            + `ours showed the right time again ${firstAfterWake ? `${Math.round(firstAfterWake.at - wokeAt)} ms after waking (off by ${Math.round(firstAfterWake.error)} ms)` : 'never'}; `
            + `${oursErrors.length} and ${classicErrors.length} values shown`,
        }
      }
      finally {
        await ours.context().close()
        await classic.context().close()
      }
    },
  },
  {
    name: 'sync-latency-p95',
    unit: 'ms',
    baseline: 'Slidev\'s own slide-change sync, presenter → projector',
    async measure(context) {
      const rounds = context.smoke ? 2 : 50
      const { baseURL } = await context.devServer()
      const browser = await context.browser()
      const presenter = await openPage(browser, `${baseURL}/presenter/${TIMER_SLIDE}`)
      const projector = await openPage(browser, `${baseURL}/${TIMER_SLIDE}`)
      const phone = await openPage(browser, `${baseURL}/timer/${TIMER_ID}`, PHONE)
      const pages = [presenter, projector, phone]
      try {
        await Promise.all(pages.map(page => visibleCountdown(page).waitFor({ timeout: 120_000 })))
        const slide = await displayedSlide(projector)
        const ours: number[] = []
        for (let round = 0; round < rounds; round++) {
          await resetEverywhere(presenter, pages)
          await Promise.all([armStateWatch(projector, 'running'), armStateWatch(phone, 'running')])
          const clicked = await clickControl(presenter, 'start')
          const seen = await Promise.all([seenAt(projector), seenAt(phone)])
          ours.push(Math.max(...seen) - clicked)
        }
        await resetEverywhere(presenter, pages)

        // Slidev's sync of the slide: the presenter moves on (and back), the projector follows.
        const slidev: number[] = []
        const missed: string[] = []
        for (let round = 0; round < rounds; round++) {
          const target = round % 2 === 0 ? slide + 1 : slide
          // Slidev ignores keys while a button has focus, as the start button has after a click.
          await presenter.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
          await armSlideWatch(projector, target)
          await presenter.evaluate(() => window.addEventListener('keydown', () => {
            (window as unknown as { skPressed: number }).skPressed = performance.timeOrigin + performance.now()
          }, { once: true, capture: true }))
          await presenter.keyboard.press(target > slide ? 'ArrowDown' : 'ArrowUp')
          try {
            const followed = await seenAt(projector, SLIDE_WAIT_MS)
            slidev.push(followed - await presenter.evaluate(() => (window as unknown as { skPressed: number }).skPressed))
          }
          catch {
            // Counted, and both views put back on the timer's slide for the next try.
            missed.push(`${slide} → ${target}`)
            await Promise.all([presenter.goto(`${baseURL}/presenter/${TIMER_SLIDE}`), projector.goto(`${baseURL}/${TIMER_SLIDE}`)])
            await Promise.all([presenter, projector].map(page => visibleCountdown(page).waitFor({ timeout: 60_000 })))
            round++ // the next try starts from the timer's slide again
          }
        }
        const oursNote = `start in the presenter view until projector and table-timer page both show it running, ${rounds} starts; p50 ${round3(percentile(ours, 50))} ms`
        const missedNote = missed.length === 0 ? '' : `; Slidev's slide change did not reach the projector within ${SLIDE_WAIT_MS / 1000} s in ${missed.length} of ${slidev.length + missed.length} tries`
        return {
          ours: percentile(ours, 95),
          baseline: slidev.length === 0 ? null : percentile(slidev, 95),
          note: slidev.length === 0
            ? `${oursNote}${missedNote}: no baseline`
            : `${oursNote} against ${round3(percentile(slidev, 50))} ms for Slidev's slide change (presenter → projector, ${slidev.length} changes)${missedNote}`,
        }
      }
      finally {
        await Promise.all(pages.map(page => page.context().close()))
      }
    },
  },
]

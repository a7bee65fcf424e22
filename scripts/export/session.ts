import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/chromium.ts'
import type { Deck } from './deck.ts'
import { describeSlides, openPrintView, printSlides, type RenderedSlide } from './print-view.ts'
import type { Progress } from './progress.ts'
import { startSlidev } from './slidev-server.ts'

/** A browser and a Slidev server (export mode: only it has the print route) for one export run. */
export interface ExportSession {
  browser: Browser
  baseURL: string
  close: () => Promise<void>
}

export async function openSession(deck: Deck, progress: Progress): Promise<ExportSession> {
  const browser = await progress.step('starting Chromium', () => launchChromium())
  try {
    const server = await progress.step(`starting Slidev for ${deck.file}`, () => startSlidev(deck.entry))
    return {
      browser,
      baseURL: server.baseURL,
      async close() {
        await browser.close()
        await server.close()
      },
    }
  }
  catch (error) {
    await browser.close()
    throw error
  }
}

export interface PrintedDeck {
  pdf: Uint8Array
  slides: RenderedSlide[]
}

/** Slidev's print view as a PDF, one page per slide, and what each slide rendered. */
export async function printDeck(session: ExportSession, deck: Deck, progress: Progress, label: string, handout: boolean): Promise<PrintedDeck> {
  return progress.step(`rendering the ${label}`, async () => {
    const page = await openPrintView(session.browser, session.baseURL, {
      total: deck.slides.length,
      width: deck.width,
      height: deck.height,
      handout,
      onProgress: (done, total) => progress.count(`${label}: slides`, done, total),
    })
    try {
      const slides = await describeSlides(page)
      if (slides.length !== deck.slides.length)
        throw new Error(`Slidev rendered ${slides.length} slides, ${deck.file} has ${deck.slides.length}`)
      return { pdf: await printSlides(page, deck.width, deck.height), slides }
    }
    finally {
      await page.context().close()
    }
  })
}

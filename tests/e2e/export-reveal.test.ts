import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deck as deckObject } from '../../data/faelles-om-ledelse/index.ts'
import { roundMinutes } from '../../lib/discussion/steps.ts'
import { loadDeck, type Deck } from '../../scripts/export/deck.ts'
import { baseURL, launchTestBrowser, newPage, type PageProblems } from '../support/browser.ts'
import { runScript, type ScriptResult } from '../support/run-script.ts'

// One reveal export per run, opened from file:// like a USB stick on a venue's PC.
const outDir = mkdtempSync(join(tmpdir(), 'seminarkit-reveal-'))
const indexFile = join(outDir, 'faelles-om-ledelse', 'index.html')

interface RevealSlide { no: number, text: string, timing: number | null, notes: string, round: string | null }

let deck: Deck
let run: ScriptResult
let browser: Browser
let page: Page
let problems: PageProblems
const offMachine: string[] = []

beforeAll(async () => {
  deck = await loadDeck('faelles-om-ledelse')
  run = await runScript('scripts/export-reveal.ts', ['faelles-om-ledelse', '--out', outDir])
  if (run.code !== 0)
    throw new Error(`npm run export:reveal failed (${run.code}):\n${run.stderr}`)
  browser = await launchTestBrowser()
  ;({ page, problems } = await newPage(browser, { viewport: { width: 1280, height: 720 } }))
  // Stricter than watchPage: from a USB stick nothing may come from any server, local or not.
  page.on('request', (request) => {
    if (!/^(?:file|data|blob):/.test(request.url()))
      offMachine.push(request.url())
  })
  await page.goto(pathToFileURL(indexFile).href)
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady: () => boolean } }).Reveal?.isReady())
})

afterAll(async () => {
  await browser?.close()
  rmSync(outDir, { recursive: true, force: true })
})

/** Steps through the deck with Reveal.next(), reading each slide as it is shown. */
async function walk(): Promise<RevealSlide[]> {
  return page.evaluate(async () => {
    const reveal = (window as unknown as { Reveal: { slide: (h: number) => void, next: () => void, isLastSlide: () => boolean, getCurrentSlide: () => HTMLElement } }).Reveal
    reveal.slide(0)
    const seen = []
    for (;;) {
      await new Promise(requestAnimationFrame)
      const slide = reveal.getCurrentSlide()
      const visible = slide.getBoundingClientRect().width > 0 && getComputedStyle(slide).display !== 'none'
      seen.push({
        no: Number(slide.dataset.slideNo),
        text: visible ? (slide.querySelector('.print-slide-container') as HTMLElement).innerText.replace(/\s+/g, ' ') : '',
        timing: slide.dataset.timing === undefined ? null : Number(slide.dataset.timing),
        notes: slide.querySelector('aside.notes')?.textContent ?? '',
        round: slide.querySelector<HTMLElement>('[data-round-id]')?.dataset.roundId ?? null,
      })
      if (reveal.isLastSlide() || seen.length > 500)
        break
      reveal.next()
    }
    return seen
  })
}

/** Section titles as the Slidev deck (the suite's dev server) renders them: they come from data modules. */
async function slidevSectionTitles(): Promise<string[]> {
  const { page: slidev } = await newPage(browser)
  const titles: string[] = []
  try {
    await slidev.goto(`${baseURL()}/1`)
    await slidev.waitForFunction(() => '__slidev__' in window)
    for (const slide of deck.slides.filter(slide => slide.layout === 'section')) {
      // Client-side navigation (Slidev's dev context): much faster than a page load per slide.
      await slidev.evaluate(no => (window as unknown as { __slidev__: { nav: { go: (no: number) => Promise<void> } } }).__slidev__.nav.go(no), slide.no)
      const heading = slidev.locator(`[data-slidev-no="${slide.no}"] h1`)
      titles.push((await heading.innerText()).replace(/\s+/g, ' ').trim())
    }
  }
  finally {
    await slidev.context().close()
  }
  return titles
}

describe('npm run export:reveal', () => {
  it('opens from file:// with no request off the machine and no errors', () => {
    expect(run.stdout).toContain('index.html')
    expect(offMachine).toEqual([])
    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
  })

  it('walks every slide of the Slidev deck, in order, each with content', async () => {
    const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides: () => number } }).Reveal.getTotalSlides())
    expect(total).toBe(deck.slides.length)
    const slides = await walk()
    expect(slides.map(slide => slide.no)).toEqual(deck.slides.map(slide => slide.no))
    for (const slide of slides)
      expect(slide.text.trim(), `slide ${slide.no}`).not.toBe('')
  })

  it('shows each section title of the Slidev deck', async () => {
    const titles = await slidevSectionTitles()
    expect(titles.length).toBeGreaterThan(5)
    const text = (await walk()).map(slide => slide.text).join(' ')
    for (const title of titles)
      expect(text).toContain(title)
  })

  it('carries speaker notes and paces discussions by their minutes', async () => {
    const slides = await walk()
    for (const slide of deck.slides.filter(slide => slide.note))
      expect(slides[slide.no - 1]!.notes.replace(/\s+/g, ' ')).toContain(slide.note!.split('\n')[0]!.trim())
    for (const round of deckObject.rounds) {
      const minutes = roundMinutes(round)
      const slide = slides.find(candidate => candidate.round === round.id)
      expect(slide?.timing, round.id).toBe(minutes * 60)
    }
    expect(slides.filter(slide => slide.timing !== null).length).toBeGreaterThan(deck.slides.length / 2)
  })

  it('ships reveal.js and the fonts inside the folder', () => {
    const html = readFileSync(indexFile, 'utf8')
    expect(html).toContain('<script src="reveal/reveal.js"></script>')
    expect(html).not.toMatch(/(?:src|href)="https?:/)
    const css = readFileSync(join(outDir, 'faelles-om-ledelse', 'assets', 'deck.css'), 'utf8')
    expect(css).toMatch(/url\("[0-9a-f]{16}\.woff2"\)/)
    expect(css).not.toMatch(/url\("?https?:/)
  })
})

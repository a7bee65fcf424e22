import { createHash } from 'node:crypto'
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, extname, join } from 'node:path'
import { InputError } from '../../lib/errors.ts'
import { renderBlock } from '../../lib/markdown.ts'
import { buildSchedule, plannedLength } from '../../lib/programme/schedule.ts'
import { captureDeck, type CapturedDeck } from './capture.ts'
import { loadDeck, type Deck } from './deck.ts'
import { translate } from '../../lib/i18n/translate.ts'
import { roundMinutes } from '../../lib/discussion/steps.ts'
import { deckData } from './deck-data.ts'
import { replaceDirectory } from '../support/atomic-write.ts'
import { escapeHtml } from './notes-page.ts'
import { describeSlides, openPrintView, type RenderedSlide } from './print-view.ts'
import type { Progress } from './progress.ts'
import { openSession } from './session.ts'
import { slideTimings } from './timing.ts'

const require = createRequire(import.meta.url)

/** reveal.js files the deck needs, copied from node_modules (classic scripts: modules do not load from file://). */
const REVEAL_FILES = ['reveal.js', 'reveal.css', 'plugin/notes.js']

export interface ExportRevealOptions {
  deck: string
  /** Parent folder of `<deck>/index.html` (default `dist-reveal/`). */
  outDir?: string
  progress: Progress
}

export interface ExportedReveal {
  deck: Deck
  path: string
  slides: RenderedSlide[]
  /** Seconds per slide number, where the programme gives one. */
  timings: Map<number, number>
}

/** Saves what the deck references on the server (fonts, images) into `assets/`, named by content hash. */
function assetSaver(dir: string): (absolute: string) => Promise<string> {
  const saved = new Map<string, Promise<string>>()
  return (absolute) => {
    let name = saved.get(absolute)
    if (!name) {
      name = (async () => {
        const response = await fetch(absolute)
        if (!response.ok)
          throw new Error(`could not fetch ${absolute} for the reveal deck (${response.status})`)
        const bytes = new Uint8Array(await response.arrayBuffer())
        const file = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${extname(new URL(absolute).pathname)}`
        await writeFile(join(dir, 'assets', file), bytes)
        return file
      })()
      saved.set(absolute, name)
    }
    return name
  }
}

async function replaceAsync(text: string, pattern: RegExp, replace: (match: RegExpExecArray) => Promise<string>): Promise<string> {
  const matches = [...text.matchAll(pattern)]
  const replacements = await Promise.all(matches.map(match => replace(match)))
  let result = ''
  let last = 0
  matches.forEach((match, index) => {
    result += text.slice(last, match.index) + replacements[index]!
    last = match.index + match[0].length
  })
  return result + text.slice(last)
}

/** The stylesheets as one file in `assets/`, every `url(...)` pointing at a local copy. */
async function localiseCss(captured: CapturedDeck, save: (absolute: string) => Promise<string>): Promise<string> {
  const parts = await Promise.all(captured.styles.map(({ css, base }) =>
    replaceAsync(css, /url\(\s*(["']?)([^"')]+)\1\s*\)/g, async (match) => {
      const url = match[2]!
      if (url.startsWith('data:') || url.startsWith('#'))
        return match[0]
      return `url("${await save(new URL(url, base).href)}")`
    })))
  return parts.join('\n')
}

/** Slide HTML with server references (`<img src>`) pointing at local copies. */
async function localiseSlides(captured: CapturedDeck, baseURL: string, save: (absolute: string) => Promise<string>): Promise<string[]> {
  const escaped = baseURL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`(src|href)="(${escaped}[^"]*)"`, 'g')
  return Promise.all(captured.slides.map(slide => replaceAsync(slide, pattern, async match => `${match[1]}="assets/${await save(match[2]!.replace(/&amp;/g, '&'))}"`)))
}

function revealHtml(deck: Deck, language: string, captured: CapturedDeck, slides: readonly string[], timings: ReadonlyMap<number, number>): string {
  const sections = slides.map((slide, index) => {
    const info = deck.slides[index]!
    const timing = timings.get(info.no)
    const notes = info.note ? `\n<aside class="notes">${renderBlock(info.note)}</aside>` : ''
    return `<section data-slide-no="${info.no}"${timing === undefined ? '' : ` data-timing="${timing}"`}>\n${slide}${notes}\n</section>`
  }).join('\n')
  // Slidev's "print" class lays the page out as one long document; reveal.js needs the window.
  const htmlClass = captured.htmlClass.split(/\s+/).filter(name => name && name !== 'print').join(' ')
  return `<!doctype html>
<html lang="${escapeHtml(language)}" class="${escapeHtml(htmlClass)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(deck.title)}</title>
<link rel="stylesheet" href="reveal/reveal.css">
<link rel="stylesheet" href="assets/deck.css">
<style>
/* Slidev's slides are fixed ${deck.width}×${deck.height} canvases; reveal.js scales them to the window. */
.reveal .slides { text-align: left; }
.reveal .slides > section { padding: 0; width: ${deck.width}px; height: ${deck.height}px; }
.reveal .slides > section > .print-slide-container { position: absolute; inset: 0; }
.reveal .controls { color: var(--sk-navy, #0b2d5b); }
.reveal .progress { color: var(--sk-navy, #0b2d5b); }
</style>
</head>
<body class="${escapeHtml(captured.bodyClass)}">
<div class="reveal"><div class="slides">
${sections}
</div></div>
<script src="reveal/reveal.js"></script>
<script src="reveal/plugin/notes.js"></script>
<script>
Reveal.initialize({
  width: ${deck.width},
  height: ${deck.height},
  margin: 0,
  center: false,
  hash: true,
  transition: 'none',
  // Speaker view (key S) paces the presenter from each slide's data-timing.
  defaultTiming: 60,
  plugins: [RevealNotes],
})
</script>
</body>
</html>
`
}

/** Builds `dist-reveal/<deck>/index.html` from the deck's print view; replaces the folder only when done. */
export async function exportReveal(options: ExportRevealOptions): Promise<ExportedReveal> {
  const { progress } = options
  const deck = await loadDeck(options.deck)
  const target = join(options.outDir ?? 'dist-reveal', deck.name)
  progress.info(`Building the reveal.js deck of ${deck.file} (${deck.slides.length} slides)`)
  const session = await openSession(deck, progress)
  try {
    const { captured, slides } = await progress.step('rendering the slides', async () => {
      const page = await openPrintView(session.browser, session.baseURL, {
        total: deck.slides.length,
        width: deck.width,
        height: deck.height,
        onProgress: (done, total) => progress.count('slides', done, total),
      })
      try {
        return { captured: await captureDeck(page), slides: await describeSlides(page) }
      }
      finally {
        await page.context().close()
      }
    })
    if (captured.slides.length !== deck.slides.length)
      throw new Error(`Slidev rendered ${captured.slides.length} slides, ${deck.file} has ${deck.slides.length}`)

    const { programme, rounds, language } = await deckData(deck)
    const { seconds: timings, problems } = slideTimings({
      file: deck.file,
      slides: deck.slides.map((slide, index) => ({ no: slide.no, line: slide.line, ...(slide.programme ? { programme: slide.programme } : {}), rounds: slides[index]?.rounds ?? [] })),
      itemMinutes: new Map(buildSchedule(programme, translate(language, 'programme.break')).slots.filter(slot => slot.kind === 'item').map(slot => [slot.id, plannedLength(slot)])),
      roundMinutes: new Map(rounds.map(round => [round.id, roundMinutes(round)])),
    })
    if (problems.length > 0)
      throw new InputError(problems)

    await progress.step(`writing ${target}`, () => replaceDirectory(target, async (dir) => {
      await mkdir(join(dir, 'assets'), { recursive: true })
      const revealDist = dirname(require.resolve('reveal.js'))
      for (const file of REVEAL_FILES) {
        await mkdir(dirname(join(dir, 'reveal', file)), { recursive: true })
        await copyFile(join(revealDist, file), join(dir, 'reveal', file))
      }
      const save = assetSaver(dir)
      await writeFile(join(dir, 'assets', 'deck.css'), await localiseCss(captured, save))
      await writeFile(join(dir, 'index.html'), revealHtml(deck, language, captured, await localiseSlides(captured, session.baseURL, save), timings))
    }))
    return { deck, path: join(target, 'index.html'), slides, timings }
  }
  finally {
    await session.close()
  }
}

import { join, resolve } from 'node:path'
import { loadDeck, type Deck } from './deck.ts'
import { translator } from '../../lib/i18n/translate.ts'
import { deckData } from './deck-data.ts'
import { commitFiles } from '../support/atomic-write.ts'
import { printNotesPages } from './notes-page.ts'
import { assemblePdf } from './pdf.ts'
import { handoutPages, outlineEntries, presenterPages, type PlannedPage, type SlidePlanInput } from './plan.ts'
import type { RenderedSlide } from './print-view.ts'
import type { Progress } from './progress.ts'
import { openSession, printDeck } from './session.ts'

export interface ExportPdfsOptions {
  deck: string
  /** Folder for `<deck>.pdf` and `<deck>-handout.pdf` (default `exports/`). */
  outDir?: string
  progress: Progress
}

export interface ExportedPdf {
  path: string
  pages: PlannedPage[]
}

export interface ExportedPdfs {
  deck: Deck
  presenter: ExportedPdf
  handout: ExportedPdf
  /** What each slide rendered in the presenter PDF. */
  slides: SlidePlanInput[]
}

function planInput(deck: Deck, rendered: readonly RenderedSlide[]): SlidePlanInput[] {
  return deck.slides.map((slide, index) => ({
    no: slide.no,
    handout: slide.handout,
    section: slide.layout === 'section',
    title: rendered[index]?.title ?? '',
    rounds: rendered[index]?.rounds ?? [],
    empty: rendered[index]?.empty ?? false,
  }))
}

/** Renders the presenter PDF and the participant handout; writes both or neither. */
export async function exportPdfs(options: ExportPdfsOptions): Promise<ExportedPdfs> {
  const { progress } = options
  const deck = await loadDeck(options.deck)
  const outDir = resolve(options.outDir ?? 'exports')
  const data = await deckData(deck)
  const t = translator(data.language)
  const rounds = new Map(data.rounds.map(round => [round.id, round]))
  const notesTitle = (id: string) => t('print.notesTitle', { title: rounds.get(id)?.title ?? id })
  progress.info(`Exporting ${deck.file} (${deck.slides.length} slides, ${deck.slides.filter(slide => !slide.handout).length} facilitator-only)`)

  const session = await openSession(deck, progress)
  try {
    // Both views at once: the second page reuses the server's transforms as they are made.
    const [presenterPrint, handoutPrint] = await Promise.all([
      printDeck(session, deck, progress, 'presenter PDF', false),
      printDeck(session, deck, progress, 'participant handout', true),
    ])
    const presenterSlides = planInput(deck, presenterPrint.slides)
    const handoutSlides = planInput(deck, handoutPrint.slides)

    const presenter = presenterPages(presenterSlides)
    const handout = handoutPages(handoutSlides)
    const roundIds = [...new Set(handout.flatMap(page => page.kind === 'notes' ? [page.round] : []))]
    const missing = roundIds.filter(id => !rounds.has(id))
    if (missing.length > 0)
      throw new Error(`discussion rounds ${missing.join(', ')} are on slides but not in the rounds of ${join('data', data.slug, 'index.ts')}`)
    const notes = await progress.step(`printing ${roundIds.length} notes pages`, () =>
      printNotesPages(session.browser, data.language, roundIds.map(id => rounds.get(id)!), deck.width, deck.height))

    const [presenterPdf, handoutPdf] = await progress.step('assembling PDFs with bookmarks', () => Promise.all([
      assemblePdf({ slides: presenterPrint.pdf, notes, pages: presenter, outline: outlineEntries(presenter, presenterSlides, notesTitle), title: deck.title, subject: t('print.presentation', { title: deck.title }) }),
      assemblePdf({ slides: handoutPrint.pdf, notes, pages: handout, outline: outlineEntries(handout, handoutSlides, notesTitle), title: t('print.handout', { title: deck.title }), subject: t('print.handoutSubject', { title: deck.title }) }),
    ]))
    const presenterPath = join(outDir, `${deck.name}.pdf`)
    const handoutPath = join(outDir, `${deck.name}-handout.pdf`)
    await commitFiles([{ path: presenterPath, data: presenterPdf }, { path: handoutPath, data: handoutPdf }])
    return { deck, presenter: { path: presenterPath, pages: presenter }, handout: { path: handoutPath, pages: handout }, slides: presenterSlides }
  }
  finally {
    await session.close()
  }
}


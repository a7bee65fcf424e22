import { outlinePdfFactory } from '@lillallol/outline-pdf'
import * as pdfLib from 'pdf-lib'
import { outlineNotation, type OutlineEntry, type PlannedPage } from './plan.ts'

export interface AssembleInput {
  /** Chromium's print of the deck: page n is slide n. */
  slides: Uint8Array
  /** A one-page PDF per discussion round id. */
  notes: ReadonlyMap<string, Uint8Array>
  pages: readonly PlannedPage[]
  outline: readonly OutlineEntry[]
  title: string
  subject: string
}

/**
 * Puts the planned pages together (copied, so text and embedded fonts stay as Chromium
 * wrote them) and adds the bookmarks.
 */
export async function assemblePdf(input: AssembleInput): Promise<Uint8Array> {
  const out = await pdfLib.PDFDocument.create()
  const slides = await pdfLib.PDFDocument.load(input.slides)
  const slideCount = slides.getPageCount()
  const notes = new Map<string, pdfLib.PDFDocument>()
  for (const [round, bytes] of input.notes)
    notes.set(round, await pdfLib.PDFDocument.load(bytes))

  // One copy per source document, so pages share the fonts Chromium embedded once.
  const slideNos = input.pages.flatMap(planned => planned.kind === 'slide' ? [planned.no] : [])
  const missing = slideNos.find(no => no > slideCount)
  if (missing !== undefined)
    throw new Error(`the print of the deck has ${slideCount} pages, slide ${missing} is missing`)
  const slidePages = await out.copyPages(slides, slideNos.map(no => no - 1))
  for (const planned of input.pages) {
    if (planned.kind === 'slide') {
      out.addPage(slidePages.shift()!)
      continue
    }
    const source = notes.get(planned.round)
    if (!source)
      throw new Error(`no notes page for discussion round "${planned.round}"`)
    const [page] = await out.copyPages(source, [0])
    out.addPage(page!)
  }
  out.setTitle(input.title)
  out.setSubject(input.subject)
  out.setCreator('seminarkit')
  out.setProducer('seminarkit (Slidev, Chromium, pdf-lib)')
  if (input.outline.length === 0)
    return out.save()
  const outlined = await outlinePdfFactory(pdfLib)({ outline: outlineNotation(input.outline), pdf: out })
  return outlined.save()
}

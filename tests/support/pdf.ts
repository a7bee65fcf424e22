import { readFile } from 'node:fs/promises'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFStream, PDFString } from 'pdf-lib'
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'

// PDFs are read with npm libraries (pdf.js for text, pdf-lib for structure), so the tests
// need nothing that `npm install` does not bring (contract §1).

async function bytesOf(source: string | Uint8Array): Promise<Uint8Array> {
  return typeof source === 'string' ? new Uint8Array(await readFile(source)) : source
}

async function withPdfJs<T>(source: string | Uint8Array, read: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(await bytesOf(source))
  const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise
  try {
    return await read(doc)
  }
  finally {
    await doc.destroy()
  }
}

export interface PdfWord { text: string, x: number, y: number }

interface PageItems { width: number, height: number, items: TextItem[] }

async function pageItems(doc: PDFDocumentProxy, number: number): Promise<PageItems> {
  const page = await doc.getPage(number)
  const { width, height } = page.getViewport({ scale: 1 })
  const content = await page.getTextContent()
  return { width, height, items: content.items.filter((item): item is TextItem => 'str' in item) }
}

/**
 * A page's text as pdf.js extracts it: the runs in drawing order, a line break where
 * pdf.js sees one. A heading drawn glyph by glyph (letter-spacing) comes back with
 * spaces inside its words, as a screen reader or a search in the PDF would find it.
 */
function itemsText(items: TextItem[]): string {
  return items.map(item => item.str + (item.hasEOL ? '\n' : '')).join('')
}

/** Number of pages. */
export async function pdfPageCount(source: string | Uint8Array): Promise<number> {
  return (await PDFDocument.load(await bytesOf(source))).getPageCount()
}

/** Text of each page, in page order. */
export async function pdfPageTexts(source: string | Uint8Array): Promise<string[]> {
  return withPdfJs(source, async (doc) => {
    const texts: string[] = []
    for (let number = 1; number <= doc.numPages; number++)
      texts.push(itemsText((await pageItems(doc, number)).items))
    return texts
  })
}

/**
 * The words of one page (1-based) with the position where each starts, in points from the
 * page's top-left corner (y is the baseline). A word's x inside a longer run is
 * interpolated by its character offset, which is close enough to tell columns apart.
 */
export async function pdfWords(source: string | Uint8Array, number: number): Promise<PdfWord[]> {
  return withPdfJs(source, async (doc) => {
    const { height, items } = await pageItems(doc, number)
    return items.flatMap((item) => {
      const [, , , , x, baseline] = item.transform as number[]
      return [...item.str.matchAll(/\S+/g)].map(match => ({
        text: match[0],
        x: x! + (item.str.length === 0 ? 0 : item.width * match.index / item.str.length),
        y: height - baseline!,
      }))
    })
  })
}

export interface PdfLink { url: string, x: number, y: number, width: number, height: number }

/** The web links of one page (1-based), each with its box in points from the page's top-left corner. */
export async function pdfLinks(source: string | Uint8Array, number: number): Promise<PdfLink[]> {
  return withPdfJs(source, async (doc) => {
    const page = await doc.getPage(number)
    const { height } = page.getViewport({ scale: 1 })
    const annotations = await page.getAnnotations() as { subtype: string, url?: string, rect: number[] }[]
    return annotations.filter(a => a.subtype === 'Link' && a.url).map(({ url, rect }) => {
      const [x1, y1, x2, y2] = rect as [number, number, number, number]
      return { url: url!, x: x1, y: height - y2, width: x2 - x1, height: y2 - y1 }
    })
  })
}

export interface PdfFont { name: string, embedded: boolean }

/** The font file a font dictionary embeds, if any (for a composite font: its descendant's). */
function embedsFontFile(font: PDFDict): boolean {
  const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)
  const target = descendants ? descendants.lookup(0, PDFDict) : font
  const descriptor = target.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict)
  if (!descriptor)
    return false
  return ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor.lookup(PDFName.of(key)) instanceof PDFStream)
}

/** Every font the pages use (each font object once), and whether its font file is embedded. */
export async function pdfFonts(source: string | Uint8Array): Promise<PdfFont[]> {
  const doc = await PDFDocument.load(await bytesOf(source))
  const seen = new Set<PDFDict>()
  const fonts: PdfFont[] = []
  const visit = (resources: PDFDict | undefined) => {
    const fontDict = resources?.lookupMaybe(PDFName.of('Font'), PDFDict)
    for (const [, value] of fontDict?.entries() ?? []) {
      const font = doc.context.lookup(value, PDFDict)
      if (seen.has(font))
        continue
      seen.add(font)
      const name = font.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? '(unnamed)'
      fonts.push({ name, embedded: embedsFontFile(font) })
    }
    // Text inside form XObjects (Chromium draws some content that way) has its own fonts.
    const xObjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)
    for (const [, value] of xObjects?.entries() ?? []) {
      const object = doc.context.lookup(value)
      if (object instanceof PDFStream && object.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText() === 'Form')
        visit(object.dict.lookupMaybe(PDFName.of('Resources'), PDFDict))
    }
  }
  for (const page of doc.getPages())
    visit(page.node.Resources())
  return fonts
}

export interface Bookmark { title: string, depth: number, page: number }

/** The PDF's outline (bookmarks), depth-first, with 1-based target pages. */
export async function pdfBookmarks(source: string | Uint8Array): Promise<Bookmark[]> {
  const doc = await PDFDocument.load(await bytesOf(source))
  const pageRefs = doc.getPages().map(page => page.ref)
  const result: Bookmark[] = []
  const walk = (parent: PDFDict, depth: number) => {
    let item = parent.lookupMaybe(PDFName.of('First'), PDFDict)
    while (item) {
      const title = item.lookup(PDFName.of('Title'))
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
      const target = dest?.get(0)
      result.push({
        title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
        depth,
        page: target instanceof PDFRef ? pageRefs.findIndex(ref => ref === target || ref.toString() === target.toString()) + 1 : 0,
      })
      walk(item, depth + 1)
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
  }
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  if (outlines)
    walk(outlines, 0)
  return result
}

/**
 * Runs of five or more single characters separated by spaces ("F Æ L L E S"): what text
 * extraction gives back for letter-spaced headings. A PDF that reads as words has none.
 */
export function letterSpacedRuns(text: string): string[] {
  return [...text.matchAll(/(?<!\S)(?:\S\s){4,}\S(?!\S)/gu)].map(match => match[0])
}

/** Whether `text` holds `phrase` as whole words, however the extraction broke its lines. */
export function containsWords(text: string, phrase: string): boolean {
  const pattern = phrase.trim().split(/\s+/).map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').test(text)
}

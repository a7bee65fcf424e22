import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'

const exec = promisify(execFile)

/** Text of each page (poppler's pdftotext), in page order. */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const { stdout } = await exec('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const pages = stdout.split('\f')
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages
}

export interface PdfFont { name: string, embedded: boolean }

/** Every font `pdffonts` lists, with its "emb" column. */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const { stdout } = await exec('pdffonts', [file])
  // Columns end "emb sub uni <object> <generation>"; a long name can push the rest right.
  return stdout.split('\n').slice(2).filter(line => line.trim()).map((line) => {
    const tokens = line.trim().split(/\s+/)
    return { name: tokens[0]!, embedded: tokens.at(-5) === 'yes' }
  })
}

export interface Bookmark { title: string, depth: number, page: number }

/** The PDF's outline (bookmarks), depth-first, with 1-based target pages. */
export async function pdfBookmarks(bytes: Uint8Array): Promise<Bookmark[]> {
  const doc = await PDFDocument.load(bytes)
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

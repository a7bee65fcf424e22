import type { Page } from 'playwright-core'
import { launchChromium } from '../chromium.ts'
import { writeFileAtomic } from '../atomic-write.ts'

/**
 * Chromium stamps the print time into the PDF; a fixed stamp of the same length keeps the
 * byte offsets valid and makes the same input give byte-identical output (contract §3).
 */
export function withFixedDates(pdf: Uint8Array): Buffer {
  const text = Buffer.from(pdf).toString('latin1')
  return Buffer.from(text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, '/$1 (D:20000101000000'), 'latin1')
}

/**
 * A tagged PDF names its structure elements after Chromium's DOM node ids ("node00000342"),
 * which shift from run to run. Renumbered by rank at the same width, they keep their order
 * (the ID tree is sorted by them), their references and the byte offsets.
 */
export function withStableNodeIds(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1')
  const ids = [...new Set(text.match(/\(node\d{8}\)/g) ?? [])].sort()
  if (ids.length === 0)
    return pdf
  const rank = new Map(ids.map((id, index) => [id, `(node${String(index + 1).padStart(8, '0')})`]))
  return Buffer.from(text.replace(/\(node\d{8}\)/g, id => rank.get(id)!), 'latin1')
}

/** What Chromium adds beyond the page: bookmarks from the headings (needs a tagged PDF). */
export interface PrintOptions {
  outline?: boolean
}

/** Runs `use` with one Chromium page, and closes the browser however it ends. */
export async function withPrintPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const browser = await launchChromium()
  try {
    return await use(await browser.newPage())
  }
  finally {
    await browser.close()
  }
}

/** Prints one HTML document on `page`, its fonts loaded; dates fixed as above. */
export async function printPdf(page: Page, html: string, options: PrintOptions = {}): Promise<Buffer> {
  // Runs are capped at MAX_PDF_PAGES (print-size.ts), which renders well within this.
  await page.setContent(html, { waitUntil: 'load', timeout: 120_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const outline = options.outline ? { outline: true, tagged: true } : {}
  return withStableNodeIds(withFixedDates(await page.pdf({ preferCSSPageSize: true, printBackground: true, ...outline })))
}

/** Prints an HTML document to PDF with Chromium and writes it atomically: a failure leaves no file. */
export async function writePdf(html: string, out: string): Promise<void> {
  await writeFileAtomic(out, await withPrintPage(page => printPdf(page, html)))
}

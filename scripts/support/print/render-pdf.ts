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

/** What Chromium adds beyond the page: bookmarks from the headings (needs a tagged PDF). */
export interface PrintOptions {
  outline?: boolean
}

/** Prints HTML documents to PDFs with one Chromium, in order; dates fixed as above. */
export async function renderPdfs(documents: readonly string[], options: PrintOptions = {}): Promise<Buffer[]> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const pdfs: Buffer[] = []
    for (const html of documents) {
      // Runs are capped at MAX_PDF_PAGES (print-size.ts), which renders well within this.
      await page.setContent(html, { waitUntil: 'load', timeout: 120_000 })
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      const outline = options.outline ? { outline: true, tagged: true } : {}
      pdfs.push(withFixedDates(await page.pdf({ preferCSSPageSize: true, printBackground: true, ...outline })))
    }
    return pdfs
  }
  finally {
    await browser.close()
  }
}

/** Prints an HTML document to PDF with Chromium and writes it atomically: a failure leaves no file. */
export async function writePdf(html: string, out: string): Promise<void> {
  const [pdf] = await renderPdfs([html])
  await writeFileAtomic(out, pdf!)
}

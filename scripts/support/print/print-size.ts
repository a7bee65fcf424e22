import { InputError } from '../../../lib/errors.ts'

/**
 * Most pages one run prints. Chromium renders about 25 badge pages a second here, so this
 * stays well inside writePdf's timeout even on a busy laptop; bigger runs are refused up
 * front (split the file) instead of ending in a timeout.
 */
export const MAX_PDF_PAGES = 500

/** Refuses a print run of more than MAX_PDF_PAGES pages, naming the input and how to split it. */
export function checkPrintSize(file: string, pages: number, found: string, perRun: string): void {
  if (pages > MAX_PDF_PAGES)
    throw new InputError([{ file, found: `${found} (${pages} pages)`, expected: `at most ${MAX_PDF_PAGES} pages in one run (${perRun}): split the file and print in several runs` }])
}

import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { programme, seminar } from '../../data/faelles-om-ledelse/index.ts'
import { loadDeck } from '../../scripts/export/deck.ts'
import { EXPORT_VITE_CACHE } from '../../scripts/export/slidev-server.ts'
import { pdfPageTexts } from '../support/pdf.ts'

const exec = promisify(execFile)
const outDir = mkdtempSync(join(tmpdir(), 'seminarkit-slidev-export-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

// Slidev's own exporter still works on the deck (playwright-chromium is an alias of
// playwright-core, so it finds the browser through --executable-path).
describe('npx slidev export', () => {
  it('writes a PDF with every slide and the seminar\'s texts', async () => {
    const output = join(outDir, 'deck.pdf')
    await exec(process.execPath, [resolve('node_modules/@slidev/cli/bin/slidev.mjs'), 'export', 'slides/faelles-om-ledelse.md', '--executable-path', inject('chromiumPath'), '--output', output, '--timeout', '120000'], { env: { ...process.env, SEMINARKIT_VITE_CACHE_DIR: EXPORT_VITE_CACHE }, maxBuffer: 16 * 1024 * 1024, timeout: 170_000 })
    const pages = (await pdfPageTexts(output)).map(text => text.replace(/\s+/g, ' '))
    expect(pages).toHaveLength((await loadDeck('faelles-om-ledelse')).slides.length)
    const text = pages.join(' ')
    expect(text).toContain(seminar.title)
    for (const item of programme.items)
      expect(text).toContain(item.title)
  }, 180_000)
})

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser } from 'playwright-core'
import { renderInline } from '../../lib/markdown.ts'
import { roundSteps } from '../../lib/discussion/steps.ts'
import type { Language } from '../../lib/i18n/messages.ts'
import { translator } from '../../lib/i18n/translate.ts'
import type { DiscussionRound } from '../../lib/schema/discussions.ts'

const require = createRequire(import.meta.url)

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The deck's bundled font as data URLs, so the notes page needs no file or network access. */
function fontFaces(): string {
  return ([[400, 'normal'], [600, 'normal'], [700, 'normal']] as const).map(([weight, style]) => {
    const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-${style}.woff2`)
    const data = readFileSync(file).toString('base64')
    return `@font-face{font-family:'Source Sans 3';font-style:${style};font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2')}`
  }).join('\n')
}

/** A handout page with a round's questions, their minutes, and ruled space to write in. */
export function notesPageHtml(language: Language, round: DiscussionRound, width: number, height: number): string {
  const t = translator(language)
  const steps = roundSteps(round)
  const minutes = (index: number) => steps.filter(step => step.questionIndex === index).reduce((sum, step) => sum + step.minutes, 0)
  const columns = round.questions.map((question, index) => `
    <section class="question">
      <header><span class="number">${index + 1}</span><h2>${escapeHtml(question.heading ?? t('round.question', { number: index + 1 }))}</h2><span class="minutes">${escapeHtml(t('common.aboutMinutes', { minutes: minutes(index) }))}</span></header>
      <p class="text">${renderInline(question.text)}</p>
      ${question.prompts.length ? `<ul>${question.prompts.map(prompt => `<li>${renderInline(prompt)}</li>`).join('')}</ul>` : ''}
      <div class="lines" aria-label="${escapeHtml(t('print.notesSpace'))}"></div>
    </section>`).join('')
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(t('print.notesTitle', { title: round.title }))}</title>
<style>
${fontFaces()}
@page { size: ${width}px ${height}px; margin: 0 }
* { box-sizing: border-box }
html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden }
body { font-family: 'Source Sans 3', sans-serif; color: #1a1a1a; background: #fff; padding: 64px 96px; display: flex; flex-direction: column }
/* No letter-spacing: spaced capitals come out of the PDF as "N OT E R". */
.kicker { margin: 0; font-weight: 600; font-size: 30px; color: #4a5563 }
h1 { margin: 8px 0 32px; font-size: 56px; line-height: 1.1; color: #0b2d5b }
.questions { flex: 1; min-height: 0; display: grid; grid-template-columns: repeat(${round.questions.length}, minmax(0, 1fr)); gap: 48px }
.question { display: flex; flex-direction: column; min-height: 0 }
header { display: flex; align-items: center; gap: 14px }
.number { flex: none; width: 44px; height: 44px; border-radius: 50%; background: #0b2d5b; color: #fff; display: grid; place-items: center; font-weight: 700; font-size: 26px }
h2 { margin: 0; flex: 1; font-size: 34px; color: #0b2d5b }
.minutes { font-size: 24px; color: #4a5563; white-space: nowrap }
.text { margin: 14px 0 8px; font-size: 30px; font-weight: 600; line-height: 1.25 }
ul { margin: 0 0 8px; padding-left: 1.1em; font-size: 22px; line-height: 1.3; color: #4a5563 }
.lines { flex: 1; margin-top: 12px; min-height: 160px; background: repeating-linear-gradient(to bottom, transparent 0 55px, #9aa5b4 55px 57px) }
</style></head>
<body>
<p class="kicker">${escapeHtml(t('print.notes'))}</p>
<h1>${escapeHtml(round.title)}</h1>
<div class="questions">${columns}</div>
</body></html>`
}

/** One PDF page per round, the size of a slide. */
export async function printNotesPages(browser: Browser, language: Language, rounds: readonly DiscussionRound[], width: number, height: number): Promise<Map<string, Uint8Array>> {
  const page = await browser.newPage({ viewport: { width, height } })
  const pages = new Map<string, Uint8Array>()
  try {
    for (const round of rounds) {
      await page.setContent(notesPageHtml(language, round, width, height), { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready)
      pages.set(round.id, await page.pdf({ width: `${width}px`, height: `${height}px`, printBackground: true, preferCSSPageSize: true, pageRanges: '1' }))
    }
  }
  finally {
    await page.close()
  }
  return pages
}

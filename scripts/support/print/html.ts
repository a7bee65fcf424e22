import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

/** Text for HTML: names come from a user's spreadsheet. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => entities[char]!)
}

/** Source Sans 3 from node_modules, inlined, so printing needs no network and no installed fonts. */
export function fontFaces(): string {
  const require = createRequire(import.meta.url)
  const files = join(dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files')
  return [400, 600, 700].map((weight) => {
    const data = readFileSync(join(files, `source-sans-3-latin-${weight}-normal.woff2`)).toString('base64')
    return `@font-face { font-family: 'Source Sans 3'; font-weight: ${weight}; font-style: normal; src: url(data:font/woff2;base64,${data}) format('woff2'); }`
  }).join('\n')
}

/** An HTML document of A4 pages; each `<section class="page">` is one printed page. */
export function printDocument(language: string, title: string, css: string, pages: string[]): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
${fontFaces()}
@page { size: A4; margin: 0; }
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { font-family: 'Source Sans 3', sans-serif; color: #1a1a1a; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
/* No letter-spacing or text-transform here: a PDF's text must extract as the words it shows. */
${css}
</style>
</head>
<body>
${pages.join('\n')}
</body>
</html>
`
}

import { describe, expect, it } from 'vitest'
import { escapeHtml } from './escape-html.ts'
import { markdownTable, renderInline } from './markdown.ts'

describe('markdownTable', () => {
  it('holds the HTML of texts with markup and leaves out texts that only need escaping', () => {
    const table = markdownTable(['At **skabe** relationer', 'Ingen markup her', 'A & B "citat"', 'To\nlinjer'])
    expect(table).toEqual({ 'At **skabe** relationer': 'At <strong>skabe</strong> relationer', 'To\nlinjer': 'To<br>\nlinjer' })
  })

  it('escapes what it leaves out exactly as markdown-it would render it', () => {
    for (const text of ['Ingen markup her', 'A & B "citat"', 'x < y > z', 'æøå – 10.00'])
      expect(escapeHtml(text)).toBe(renderInline(text))
  })

  it('never lets HTML in data through', () => {
    expect(markdownTable(['**fed** <img src=x onerror=alert(1)>'])['**fed** <img src=x onerror=alert(1)>']).toBe('<strong>fed</strong> &lt;img src=x onerror=alert(1)&gt;')
  })
})

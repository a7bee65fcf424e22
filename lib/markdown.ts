import MarkdownIt from 'markdown-it'
import { escapeHtml } from './escape-html.ts'

// Data modules hold markdown written by seminar leaders; raw HTML stays off so a stray
// "<" in a question can never inject markup into a slide.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true })

/** One line of markdown (**bold**, *italic*) as HTML, without a wrapping paragraph. */
export function renderInline(source: string): string {
  return md.renderInline(source)
}

/** A block of markdown (paragraphs, lists) as HTML. */
export function renderBlock(source: string): string {
  return md.render(source)
}

/**
 * The inline HTML of every text whose markdown is more than escaped text, by source: built
 * in Node so the browser needs no markdown parser (components/Md.vue escapes the rest).
 */
export function markdownTable(texts: Iterable<string>): Record<string, string> {
  const table: Record<string, string> = {}
  for (const text of texts) {
    const html = renderInline(text)
    if (html !== escapeHtml(text))
      table[text] = html
  }
  return table
}

/** The text of a markdown line without its markup, for titles, PDFs and search. */
export function plainText(source: string): string {
  return renderInline(source).replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, '\'')
}

/** Text as HTML that shows it verbatim: the same escaping as markdown-it's for text without markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, char => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!)
}

/**
 * Characters a spreadsheet cell can carry that nobody sees: controls (NUL, ESC, …), format
 * characters (zero-width spaces and joiners, the BOM, soft hyphens, bidirectional marks,
 * embeddings, overrides and isolates). Left in, "Anna" and "Anna\u200B" are two people, a
 * right-to-left override prints a name backwards, and ESC sequences reach the terminal.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu
/** Any run of white space (line breaks and no-break spaces too, not the BOM) is one space in a cell. */
const SPACES = /[\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu

export interface CleanText {
  /** NFC, invisible characters removed, white space collapsed, trimmed. */
  text: string
  /** The invisible characters removed, as code points ("U+200B"), in order of appearance. */
  removed: string[]
}

export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** A cell's text as the toolkit compares, shows and prints it (contract §2). */
export function cleanText(raw: string): CleanText {
  const removed: string[] = []
  // White space first, so a tab or line break inside a quoted cell becomes a space, not nothing.
  const text = raw.replace(SPACES, ' ').replace(INVISIBLE, (char) => {
    removed.push(codePoint(char))
    return ''
  }).normalize('NFC').replace(SPACES, ' ').trim()
  return { text, removed }
}

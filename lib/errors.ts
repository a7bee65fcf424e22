/**
 * A problem with the user's input (a CSV row, a data module field, a command-line
 * argument). The CLI prints these without a stack trace; anything else is a bug.
 */
export interface InputProblem {
  /** File the problem is in, as the user named it. */
  file: string
  /** 1-based line in that file, when the problem has one. */
  line?: number
  /** Column or field name, when the problem has one. */
  column?: string
  /** What was found, quoted for the user. */
  found?: string
  /** What was expected instead. */
  expected: string
}

/**
 * Text safe to print to a terminal: control characters (NUL, ESC, line breaks), format and
 * bidirectional characters are shown as \u escapes instead of being sent raw.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, char => `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
}

/** One line: file:line: column "x": found "…", expected …. */
export function formatProblem(p: InputProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`
  const column = p.column === undefined ? '' : ` column "${p.column}":`
  const found = p.found === undefined ? '' : ` found ${JSON.stringify(p.found)},`
  return printable(`${where}:${column}${found} expected ${p.expected}`)
}

export class InputError extends Error {
  readonly problems: InputProblem[]
  constructor(problems: InputProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'InputError'
    this.problems = problems
  }
}

/** A bad command line: exit code 2 by contract §3. */
export class UsageError extends Error {
  override name = 'UsageError'
}

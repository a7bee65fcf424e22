import { InputError, type InputProblem } from '../errors.ts'

/**
 * Collects every problem in one input file so the user sees them all at once
 * (contract §2), then throws them together as one InputError.
 */
export class ProblemCollector {
  readonly problems: InputProblem[] = []
  constructor(readonly file: string) {}

  add(problem: { line?: number, column?: string, found?: string, expected: string }): void {
    this.problems.push({ file: this.file, ...problem })
  }

  get empty(): boolean {
    return this.problems.length === 0
  }

  /** One InputError holding every collected problem, sorted by line. */
  error(): InputError {
    return new InputError([...this.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)))
  }

  /** Throws `error()` when any problem was collected. */
  throwIfAny(): void {
    if (this.problems.length > 0)
      throw this.error()
  }
}

/** Reports every repeat of a value that must be unique (names, ids), pointing at its first line. */
export function reportDuplicates(rows: readonly { line: number, values: Record<string, string> }[], column: string, problems: ProblemCollector): void {
  const first = new Map<string, number>()
  for (const row of rows) {
    const value = row.values[column] ?? ''
    if (value === '')
      continue
    const line = first.get(value)
    if (line === undefined)
      first.set(value, row.line)
    else
      problems.add({ line: row.line, column, found: `"${value}" again (first on line ${line})`, expected: `a unique ${column}` })
  }
}

import type { z } from 'zod'
import type { InputProblem } from '../errors.ts'

/** Where a value sits in a data module, as a reader writes it: `items[2].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`).join('')
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (typeof value !== 'object' || value === null)
      return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/**
 * A data module that does not match its schema. It keeps the raw value so `seminar check`
 * can say what was found and where, and its message already reads well in a dev-server overlay.
 */
export class DataModuleError extends Error {
  override name = 'DataModuleError'
  constructor(readonly issues: readonly z.core.$ZodIssue[], readonly raw: unknown) {
    super(issues.map(issue => `${formatPath(issue.path) || '(module)'}: ${issue.message}`).join('\n'))
  }
}

/** Validates a data module's content at import: the module exports the parsed, typed value. */
export function defineData<Schema extends z.ZodType>(schema: Schema, raw: z.input<Schema>): z.output<Schema> {
  const result = schema.safeParse(raw, { reportInput: true })
  if (!result.success)
    throw new DataModuleError(result.error.issues, raw)
  return result.data
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function literalPattern(value: unknown): string | undefined {
  if (typeof value === 'string')
    return `['"\`]${escapeRegExp(value)}['"\`]`
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${escapeRegExp(String(value))}\\b`
  return undefined
}

/**
 * The line of a value in a data module's source. Searches from the line of the nearest
 * enclosing item with an `id` (so two items with the same start are told apart), for
 * `key: 'value'`, then the value, then the key.
 */
export function lineOfValue(source: string, raw: unknown, path: readonly PropertyKey[], found: unknown): number | undefined {
  const lines = source.split('\n')
  let from = 0
  for (let depth = path.length; depth > 0; depth--) {
    const id = valueAt(raw, [...path.slice(0, depth), 'id'])
    const pattern = literalPattern(id)
    if (typeof id === 'string' && pattern) {
      const index = lines.findIndex(line => new RegExp(`\\bid\\s*:\\s*${pattern}`).test(line))
      if (index !== -1)
        from = index
      break
    }
  }
  const key = [...path].reverse().find((part): part is string => typeof part === 'string')
  const literal = literalPattern(found)
  const patterns = [
    key && literal ? new RegExp(`\\b${escapeRegExp(key)}\\s*:\\s*${literal}`) : undefined,
    literal ? new RegExp(literal) : undefined,
    key ? new RegExp(`\\b${escapeRegExp(key)}\\s*:`) : undefined,
  ]
  for (const pattern of patterns) {
    if (!pattern)
      continue
    const index = lines.findIndex((line, at) => at >= from && pattern.test(line))
    if (index !== -1)
      return index + 1
  }
  return undefined
}

function describeValue(value: unknown): string | undefined {
  if (value === undefined)
    return undefined
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/**
 * Schema issues as problems a person can act on: file, line (when the source is known),
 * the field, what was found and what was expected.
 */
export function issueProblems(issues: readonly z.core.$ZodIssue[], raw: unknown, file: string, source?: string): InputProblem[] {
  return issues.map((issue) => {
    // A rule between items reports its own finding ("09.00 –"); otherwise show the value.
    const found = issue.code === 'custom' && issue.input !== undefined ? issue.input : valueAt(raw, issue.path)
    const line = source === undefined ? undefined : lineOfValue(source, raw, issue.path, valueAt(raw, issue.path))
    const foundText = describeValue(found)
    return {
      file,
      ...(line === undefined ? {} : { line }),
      ...(issue.path.length === 0 ? {} : { column: formatPath(issue.path) }),
      ...(foundText === undefined ? {} : { found: foundText }),
      // zod writes "Invalid input: expected string, received number"; our schemas write "expected …".
      expected: /expected (.*)$/s.exec(issue.message)?.[1] ?? issue.message,
    }
  })
}

/** Every problem of raw content against its schema, for `seminar check` and tests. */
export function validateData(schema: z.ZodType, raw: unknown, file: string, source?: string): InputProblem[] {
  const result = schema.safeParse(raw, { reportInput: true })
  return result.success ? [] : issueProblems(result.error.issues, raw, file, source)
}

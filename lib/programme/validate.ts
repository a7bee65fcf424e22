import type { z } from 'zod'
import { InputError, type InputProblem } from '../errors.ts'
import { ProgrammeSchema, ProgrammeShapeSchema, type Programme } from '../schema/programme.ts'
import { programmeOrderIssues } from './order.ts'

interface PathIssue {
  path: readonly PropertyKey[]
  message: string
  found?: string
}

function column(path: readonly PropertyKey[]): string {
  return path.map((key, i) => typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`).join('')
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (typeof value !== 'object' || value === null)
      return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function describe(value: unknown): string | undefined {
  if (value === undefined)
    return undefined
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/**
 * The line of a programme item in the data module's source, found by its id, so the
 * message points at `programme.ts:7` rather than at an array index.
 */
function lineOf(source: string | undefined, root: unknown, path: readonly PropertyKey[]): number | undefined {
  if (source === undefined || path[0] !== 'items' || typeof path[1] !== 'number')
    return undefined
  const id = valueAt(root, ['items', path[1], 'id'])
  if (typeof id !== 'string')
    return undefined
  const pattern = new RegExp(`id:\\s*['"\`]${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`)
  const index = source.split('\n').findIndex(line => pattern.test(line))
  return index === -1 ? undefined : index + 1
}

function expectedText(message: string): string {
  // zod says "Invalid input: expected string, received number"; our own messages start with "expected".
  const match = /expected (.*)$/s.exec(message)
  return match?.[1] ?? message
}

function toProblem(issue: PathIssue, raw: unknown, file: string, source: string | undefined): InputProblem {
  const found = issue.found ?? describe(valueAt(raw, issue.path))
  const line = lineOf(source, raw, issue.path)
  return {
    file,
    ...(line === undefined ? {} : { line }),
    ...(issue.path.length === 0 ? {} : { column: column(issue.path) }),
    ...(found === undefined ? {} : { found }),
    expected: expectedText(issue.message),
  }
}

/**
 * Every problem of a raw programme (the object a data module passes to `ProgrammeSchema`):
 * the shape of each item and the rules between items. `file` names the data module in the
 * messages; with its `source` text the problems also carry line numbers.
 */
export function validateProgramme(raw: unknown, file: string, source?: string): InputProblem[] {
  const shape = ProgrammeShapeSchema.safeParse(raw)
  const issues: PathIssue[] = shape.success ? [] : shape.error.issues.map((issue: z.core.$ZodIssue) => ({ path: issue.path, message: issue.message }))
  const items = valueAt(raw, ['items'])
  if (Array.isArray(items))
    issues.push(...programmeOrderIssues(items))
  return issues.map(issue => toProblem(issue, raw, file, source))
}

/** A valid programme, or an InputError listing every problem. */
export function parseProgramme(raw: unknown, file: string, source?: string): Programme {
  const problems = validateProgramme(raw, file, source)
  if (problems.length > 0)
    throw new InputError(problems)
  return ProgrammeSchema.parse(raw)
}

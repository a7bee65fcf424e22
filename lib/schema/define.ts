import type { z } from 'zod'

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
  const result = schema.safeParse(raw)
  if (!result.success)
    throw new DataModuleError(result.error.issues, raw)
  return result.data
}

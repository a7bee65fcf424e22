/** A nested partial: what one client changes in a synced state. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Merges `patch` into `target` in place: objects merge key by key, anything else
 * (numbers, strings, arrays, null) replaces. The same rule the dev server applies to
 * a `serverRef` patch, so a static build and the dev server end in the same state.
 */
export function mergePatch<T extends object>(target: T, patch: DeepPartial<T>): T {
  const into = target as Record<string, unknown>
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === undefined)
      continue
    const current = into[key]
    if (isPlainObject(value) && isPlainObject(current))
      mergePatch(current, value)
    else
      into[key] = isPlainObject(value) ? structuredClone(value) : value
  }
  return target
}

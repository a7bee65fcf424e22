import { readFileSync, renameSync } from 'node:fs'
import { z } from 'zod'
import { writeFileAtomic } from './atomic-write.ts'

/** A state file's text checked against its key's schema: its data, or what is wrong and where. */
export type CheckedStateText<T> = { data: T } | { notJson: string } | { at: string, message: string }

export function checkStateText<T>(text: string, schema: z.core.$ZodType<T>): CheckedStateText<T> {
  let value: unknown
  try {
    value = JSON.parse(text)
  }
  catch (error) {
    return { notJson: (error as Error).message }
  }
  const parsed = z.safeParse(schema, value)
  if (parsed.success)
    return { data: parsed.data }
  const issue = parsed.error.issues[0]!
  return { at: issue.path.join('.'), message: issue.message }
}

/**
 * The dev server's state files: each read is validated, so a corrupt, truncated or
 * tampered file can never carry a crash into the day. Such a file is set aside under a
 * timestamped name (kept for a post-mortem) and the day starts from the default.
 */
export function readStateFile<T>(file: string, schema: z.core.$ZodType<T>, fallback: () => NoInfer<T>, warn: (message: string) => void): T {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      warn(`${file}: could not be read (${(error as Error).message}); starting from the default state`)
    return fallback()
  }
  const checked = checkStateText(text, schema)
  if ('data' in checked)
    return checked.data
  const problem = 'notJson' in checked ? `not valid JSON (${checked.notJson})` : `${checked.at || 'the file'}: ${checked.message}`
  const aside = `${file}.invalid-${new Date().toISOString().replace(/[:.]/g, '-')}`
  try {
    renameSync(file, aside)
    warn(`${file}: ${problem}; set aside as ${aside}, starting from the default state`)
  }
  catch (error) {
    warn(`${file}: ${problem}; could not set it aside (${(error as Error).message}), starting from the default state`)
  }
  return fallback()
}

/**
 * One write at a time per file, and only the newest data: a burst of changes costs at
 * most two writes, and an older snapshot never lands after a newer one.
 */
export function latestWins(file: string, warn: (message: string) => void): (data: unknown) => void {
  let pending: string | undefined
  let writing = false
  async function drain(): Promise<void> {
    writing = true
    while (pending !== undefined) {
      const text = pending
      pending = undefined
      await writeFileAtomic(file, text).catch((error: Error) => warn(`could not save ${file}: ${error.message}`))
    }
    writing = false
  }
  return (data) => {
    // Snapshot now: the caller may change its object later.
    pending = `${JSON.stringify(data, null, 2)}\n`
    if (!writing)
      void drain()
  }
}

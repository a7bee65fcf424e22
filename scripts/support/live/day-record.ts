import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import { InputError } from '../../../lib/errors.ts'
import { LiveStateSchemas, type Insight, type Photo } from '../../../lib/live/state.ts'
import { emptyProgrammeState, type ProgrammeState } from '../../../lib/programme/index.ts'
import { checkStateText } from '../state-files.ts'
import { liveStateDir } from './draw-in-use.ts'

/** What the dev server kept of the day, read after it: marks, insights and photos with their JPEG bytes. */
export interface KeptDay {
  programme: ProgrammeState
  insights: Insight[]
  /** Each listed photo with its file in the state folder and its bytes. */
  photos: { photo: Photo, file: string, jpeg: Uint8Array }[]
}

const EXPECTED = 'a state file as the dev server (npm start) writes it; restore it or move it away'

/**
 * One key's file, validated; its default when the day left none. Unlike the dev server,
 * which sets a bad file aside and starts afresh, a command reading the day after it refuses
 * to print from a file it cannot trust, and leaves the file where it is.
 */
async function readKey<T>(dir: string, key: string, schema: z.core.$ZodType<T>, fallback: NoInfer<T>): Promise<T> {
  const file = join(dir, `${key}.json`)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return fallback
    throw error
  }
  const checked = checkStateText(text, schema)
  if ('data' in checked)
    return checked.data
  if ('notJson' in checked)
    throw new InputError([{ file, found: `not JSON (${checked.notJson})`, expected: EXPECTED }])
  throw new InputError([{ file, ...(checked.at ? { column: checked.at } : {}), found: checked.message, expected: EXPECTED }])
}

/** The day's programme marks, insights and approved photos (never a pending or hidden one) from the state folder (SEMINARKIT_STATE_DIR, else `.seminarkit/`). */
export async function readKeptDay(dir = liveStateDir()): Promise<KeptDay> {
  const [programme, insights, photos] = await Promise.all([
    readKey(dir, 'programme', LiveStateSchemas.programme, emptyProgrammeState()),
    readKey(dir, 'insights', LiveStateSchemas.insights, { items: [] }),
    readKey(dir, 'photos', LiveStateSchemas.photos, { items: [] }),
  ])
  const approved = photos.items.filter(photo => photo.status === 'approved')
  const kept = await Promise.all(approved.sort((a, b) => a.at - b.at).map(async (photo) => {
    const file = join(dir, 'photos', `${photo.id}.jpg`)
    try {
      return { photo, file, jpeg: new Uint8Array(await readFile(file)) }
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new InputError([{ file, found: 'no such file', expected: `the photo ${join(dir, 'photos.json')} lists (restore it, or remove its entry)` }])
      throw error
    }
  }))
  return { programme, insights: insights.items, photos: kept }
}

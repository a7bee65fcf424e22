import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { DiscussionsSchema, type DiscussionRound } from '../../lib/schema/discussions.ts'
import { ProgrammeSchema, type Programme } from '../../lib/schema/programme.ts'
import type { Deck } from './deck.ts'

// The same modules the deck imports (data/<deck>/discussions.ts, programme.ts); they
// validate themselves on import, the parse here only gives them their type.

export async function loadRounds(deck: Deck): Promise<DiscussionRound[]> {
  const file = join(deck.dataDir, 'discussions.ts')
  if (!existsSync(file))
    return []
  const module = await import(pathToFileURL(file).href) as { discussions?: unknown }
  return DiscussionsSchema.parse(module.discussions)
}

export async function loadProgramme(deck: Deck): Promise<Programme | undefined> {
  const file = join(deck.dataDir, 'programme.ts')
  if (!existsSync(file))
    return undefined
  const module = await import(pathToFileURL(file).href) as { programme?: unknown }
  return ProgrammeSchema.parse(module.programme)
}

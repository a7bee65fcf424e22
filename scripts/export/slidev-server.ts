import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createServer, resolveOptions } from '@slidev/cli'
import { deckOfEntry } from '../support/deck-entry.ts'
import { readKeptDay } from '../support/live/day-record.ts'
import { drawsInUse } from '../support/live/draw-in-use.ts'

export interface SlidevServer {
  baseURL: string
  close: () => Promise<void>
}

/** Export mode pre-bundles dependencies differently from `npm start`: a cache of its own keeps a running dev server's bundles valid. */
export const EXPORT_VITE_CACHE = resolve('node_modules/.vite-export')

/**
 * Serves a deck in-process the way `slidev export` does (mode "export"), on a free port.
 * Synced state goes to a throw-away folder: an export shows the print form and must not
 * touch the presenter's recorded timers. Only the draws in use go along, so the boards on
 * paper are the ones the room saw, and what the tables gave the room: the approved insights
 * and photos (never a pending or hidden one).
 */
export async function startSlidev(entry: string): Promise<SlidevServer> {
  const draws = drawsInUse()
  const day = await readKeptDay()
  const stateDir = await mkdtemp(join(tmpdir(), 'seminarkit-export-'))
  if (draws)
    await writeFile(join(stateDir, 'grouping.json'), JSON.stringify(draws))
  await writeFile(join(stateDir, 'insights.json'), JSON.stringify({ items: day.insights.filter(insight => insight.status === 'approved') }))
  await writeFile(join(stateDir, 'photos.json'), JSON.stringify({ items: day.photos.map(({ photo }) => photo) }))
  await mkdir(join(stateDir, 'photos'))
  for (const { photo, jpeg } of day.photos)
    await writeFile(join(stateDir, 'photos', `${photo.id}.jpg`), jpeg)
  const previousStateDir = process.env.SEMINARKIT_STATE_DIR
  const previousDeck = process.env.SEMINARKIT_DECK
  process.env.SEMINARKIT_STATE_DIR = stateDir
  // The deck plugin (vite.config.ts) reads it: this process's argv names no slides file.
  process.env.SEMINARKIT_DECK = deckOfEntry(entry)
  const options = await resolveOptions({ entry }, 'export')
  const server = await createServer(options, { cacheDir: EXPORT_VITE_CACHE, server: { port: 0, host: '127.0.0.1', strictPort: false }, clearScreen: false, logLevel: 'info' })
  await server.listen()
  const { port } = server.httpServer!.address() as AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}`,
    async close() {
      await server.close()
      if (previousStateDir === undefined)
        delete process.env.SEMINARKIT_STATE_DIR
      else
        process.env.SEMINARKIT_STATE_DIR = previousStateDir
      if (previousDeck === undefined)
        delete process.env.SEMINARKIT_DECK
      else
        process.env.SEMINARKIT_DECK = previousDeck
      await rm(stateDir, { recursive: true, force: true })
    },
  }
}

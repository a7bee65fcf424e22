import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

// Every output is written beside its target under a temporary name, then renamed over it:
// readers see the old file or the whole new one, and a failed run leaves no partial output
// (contract §3). Data and folder are synced to disk before and after the rename, so a
// power cut or a killed process leaves the old file or the new one, never a torn one.

const temporaryName = (path: string) => join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)

/**
 * Writes several files so that a failed run changes none of them: everything goes to
 * temporary files first, then each is renamed over its target.
 */
export async function commitFiles(files: readonly { path: string, data: Uint8Array | string }[]): Promise<void> {
  const written: { temporary: string, path: string }[] = []
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true })
      const temporary = temporaryName(file.path)
      written.push({ temporary, path: file.path })
      await writeDurably(temporary, file.data)
    }
  }
  catch (error) {
    await Promise.all(written.map(file => rm(file.temporary, { force: true })))
    throw error
  }
  // A rename can fail too (the target became a folder): no temporary file may stay behind.
  let renamed = 0
  try {
    for (const file of written) {
      await rename(file.temporary, file.path)
      renamed++
    }
  }
  catch (error) {
    await Promise.all(written.slice(renamed).map(file => rm(file.temporary, { force: true })))
    throw error
  }
  await Promise.all([...new Set(written.map(file => dirname(file.path)))].map(syncDirectory))
}

async function writeDurably(path: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  }
  finally {
    await handle.close()
  }
}

/** Makes a rename in `dir` durable; some file systems refuse to sync a folder, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined)
  await handle?.sync().catch(() => {})
  await handle?.close()
}

/**
 * Fills a fresh folder with `fill`, then swaps it in for `target`; a failed run leaves the
 * previous folder (or none) and no half-written one.
 */
export async function replaceDirectory(target: string, fill: (dir: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(target), { recursive: true })
  const fresh = temporaryName(target)
  const old = temporaryName(target)
  try {
    await mkdir(fresh)
    await fill(fresh)
  }
  catch (error) {
    await rm(fresh, { recursive: true, force: true })
    throw error
  }
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT')
      throw error
  })
  await rename(fresh, target)
  await rm(old, { recursive: true, force: true })
}

/** Writes one file atomically. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await commitFiles([{ path, data }])
}

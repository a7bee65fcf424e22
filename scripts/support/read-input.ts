import { open, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { InputError } from '../../lib/errors.ts'

/** Largest input read: a seminar's CSV is kilobytes; 20 MB is a mistake (or /dev/zero). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024

function kind(stats: Stats): string {
  if (stats.isDirectory())
    return 'a folder'
  if (stats.isCharacterDevice() || stats.isBlockDevice())
    return 'a device'
  if (stats.isFIFO())
    return 'a pipe'
  if (stats.isSocket())
    return 'a socket'
  return 'not a regular file'
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Reads an input file as bytes. It must be a regular file of at most MAX_INPUT_BYTES;
 * anything else (missing, a folder, a device, too big, unreadable) is the user's mistake
 * (exit 1), reported in one line without reading a byte more than the cap.
 */
export async function readInput(file: string): Promise<{ file: string, bytes: Uint8Array }> {
  const refuse = (found: string, expected = 'a readable CSV file'): never => {
    throw new InputError([{ file, found, expected }])
  }
  const cannotOpen = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code
    return refuse(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'a file you may not read' : `a file that cannot be opened (${code})`)
  }
  // Look before opening: opening a named pipe would wait for a writer forever.
  const stats = await stat(file).catch(cannotOpen)
  if (!stats.isFile())
    refuse(kind(stats), 'a CSV file')
  if (stats.size > MAX_INPUT_BYTES)
    refuse(`a file of ${megabytes(stats.size)}`, `a CSV file of at most ${megabytes(MAX_INPUT_BYTES)}`)
  const handle = await open(file, 'r').catch(cannotOpen)
  try {
    // Read in chunks and stop past the cap: a file that grows while being read stays bounded too.
    const chunks: Uint8Array[] = []
    let length = 0
    for (;;) {
      const chunk = new Uint8Array(Math.min(1024 * 1024, MAX_INPUT_BYTES + 1 - length))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0)
        break
      chunks.push(chunk.subarray(0, bytesRead))
      length += bytesRead
      if (length > MAX_INPUT_BYTES)
        refuse(`a file of more than ${megabytes(MAX_INPUT_BYTES)}`, `a CSV file of at most ${megabytes(MAX_INPUT_BYTES)}`)
    }
    return { file, bytes: Buffer.concat(chunks, length) }
  }
  catch (error) {
    if (error instanceof InputError)
      throw error
    return refuse(`a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
  finally {
    await handle.close()
  }
}

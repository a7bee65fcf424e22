import { readFile } from 'node:fs/promises'
import { InputError } from '../../lib/errors.ts'

/** Reads an input file as bytes; a missing or unreadable file is the user's mistake (exit 1). */
export async function readInput(file: string): Promise<{ file: string, bytes: Uint8Array }> {
  try {
    return { file, bytes: await readFile(file) }
  }
  catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError([{ file, found: code === 'ENOENT' ? 'no such file' : `a file that cannot be read (${code})`, expected: 'a readable CSV file' }])
  }
}

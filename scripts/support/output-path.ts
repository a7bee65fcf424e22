import { stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { InputError } from '../../lib/errors.ts'

/**
 * Refuses an output path that names a folder, something other than a file, or one of the
 * command's input files (contract §3): writing there would fail halfway or destroy the input.
 */
export async function checkOutputPath(out: string, inputs: readonly string[], example: string): Promise<void> {
  const refuse = (found: string, expected: string): never => {
    throw new InputError([{ file: out, found, expected }])
  }
  const target = await stat(out).catch(() => undefined)
  if (target?.isDirectory())
    refuse('a folder', `a file name to write, e.g. ${example}`)
  if (target && !target.isFile())
    refuse('something other than a file', `a file name to write, e.g. ${example}`)
  if (target) {
    for (const input of inputs) {
      const source = await stat(input).catch(() => undefined)
      if (source && source.dev === target.dev && source.ino === target.ino)
        refuse(`the input file ${input}`, `an output file that is not one of the inputs, e.g. ${example}`)
    }
  }
  // A missing parent folder is created; a parent that is a file cannot be.
  let parent = dirname(resolve(out))
  for (;;) {
    const stats = await stat(parent).catch(() => undefined)
    if (stats) {
      if (!stats.isDirectory())
        refuse(`${parent}, which is not a folder, in its path`, `a file name in a folder, e.g. ${example}`)
      break
    }
    if (dirname(parent) === parent)
      break
    parent = dirname(parent)
  }
}

import { spawn, type ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'

/**
 * `SEMINARKIT_TEST_LOAD=1 npm test`: the whole suite on a busy laptop. One spinning
 * process per core runs for as long as the tests do, so timing checks must hold against
 * the true time rather than lucky scheduling. Each spinner also stops itself after an hour,
 * should this process die without its teardown.
 */
export default function setup(): (() => void) | undefined {
  if (process.env.SEMINARKIT_TEST_LOAD !== '1')
    return undefined
  const spinners: ChildProcess[] = Array.from({ length: availableParallelism() }, () =>
    spawn(process.execPath, ['-e', 'const end = Date.now() + 3600e3; while (Date.now() < end) {}'], { stdio: 'ignore' }))
  return () => {
    for (const spinner of spinners)
      spinner.kill('SIGKILL')
  }
}

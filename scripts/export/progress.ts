/** Progress on stderr: steps with their duration, and a live counter when stderr is a terminal. */
export interface Progress {
  step: <T>(label: string, work: () => Promise<T>) => Promise<T>
  /** A counter for the running step ("slides 12/50"); drawn in place on a terminal. */
  count: (label: string, done: number, total: number) => void
  info: (line: string) => void
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true
  let live = false
  const clearLive = () => {
    if (live)
      stream.write('\r\u001B[2K')
    live = false
  }
  return {
    async step(label, work) {
      const started = Date.now()
      clearLive()
      if (!tty)
        stream.write(`  ${label} …\n`)
      try {
        const result = await work()
        clearLive()
        stream.write(`  ✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
        return result
      }
      catch (error) {
        clearLive()
        stream.write(`  ✗ ${label}\n`)
        throw error
      }
    },
    count(label, done, total) {
      if (tty) {
        stream.write(`\r\u001B[2K    ${label} ${done}/${total}`)
        live = true
      }
      else if (done === total || done === 0) {
        stream.write(`    ${label} ${done}/${total}\n`)
      }
    },
    info(line) {
      clearLive()
      stream.write(`${line}\n`)
    },
  }
}

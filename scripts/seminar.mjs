#!/usr/bin/env node
// The `seminar` bin: Node 20 runs no TypeScript by itself, so tsx compiles the CLI on the fly.
import { register } from 'tsx/esm/api'

register()
const { main, failLine } = await import('./cli/main.ts')
// An error outside a command's own await chain (a stream, a browser event) is one line too.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    process.stderr.write(`${failLine(process.argv[2], error)}\n`)
    process.exit(1)
  })
}
process.exitCode = await main(process.argv.slice(2))

#!/usr/bin/env node
// The `seminar` bin: Node 20 runs no TypeScript by itself, so tsx compiles the CLI on the fly.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('./cli/main.ts')
process.exitCode = await main(process.argv.slice(2))

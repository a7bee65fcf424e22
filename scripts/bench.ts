// `npm run bench`: side-by-side benchmarks against what a presenter would use instead.
// Every bench/*.cases.ts adds rows; prints a table and writes bench/results.json (contract §6).
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import { BENCH_DIR, runBench } from '../bench/harness.ts'
import { UsageError } from '../lib/errors.ts'

const HELP = `Usage: npm run bench [-- --only name,name]

Runs every case in bench/*.cases.ts (about 10 minutes on two cores), prints a table
and writes bench/results.json. Loopback only; it starts and stops its own dev server,
Chromium and temporary decks.

  --only a,b  run only these cases`

function parse(argv: string[]): { help: boolean, only?: string[] } {
  const { values } = parseArgs({ args: argv, options: { only: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false })
  const only = values.only?.split(',').map(name => name.trim()).filter(Boolean)
  return { help: values.help === true, ...(only ? { only } : {}) }
}

let args: ReturnType<typeof parse>
try {
  args = parse(process.argv.slice(2))
}
catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n\n${HELP}\n`)
  process.exit(2)
}
if (args.help) {
  process.stdout.write(`${HELP}\n`)
  process.exit(0)
}
const out = `${BENCH_DIR}results.json`
let outcome: Awaited<ReturnType<typeof runBench>>
try {
  outcome = await runBench({ out, ...(args.only ? { only: args.only } : {}) })
}
catch (error) {
  if (!(error instanceof UsageError))
    throw error
  process.stderr.write(`bench: ${error.message}\n\n${HELP}\n`)
  process.exit(2)
}
const { table, failures } = outcome
process.stdout.write(`\n${table}\n`)
if (failures.length > 0) {
  process.stderr.write(`\nbench: ${failures.length} case(s) failed, results.json not written:\n${failures.join('\n')}\n`)
  process.exitCode = 1
}
else {
  process.stdout.write(`\nWrote ${relative(process.cwd(), out)}\n`)
}

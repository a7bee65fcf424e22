import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureChromium } from '../../scripts/support/chromium.ts'
import { startDevServer } from '../support/dev-server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    chromiumPath: string
    stateDir: string
  }
}

let server: ChildProcess | undefined
let stateDir: string | undefined

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium()
  stateDir = mkdtempSync(join(tmpdir(), 'seminarkit-e2e-'))
  const started = await startDevServer({ deck: 'slides/faelles-om-ledelse.md', stateDir })
  server = started.process
  project.provide('baseURL', started.baseURL)
  project.provide('chromiumPath', chromiumPath)
  project.provide('stateDir', stateDir)
  return async () => {
    server?.kill('SIGTERM')
    if (stateDir)
      rmSync(stateDir, { recursive: true, force: true })
  }
}

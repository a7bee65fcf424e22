import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/support/chromium.ts'
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
  await warmUp(started.baseURL, chromiumPath)
  project.provide('baseURL', started.baseURL)
  project.provide('chromiumPath', chromiumPath)
  project.provide('stateDir', stateDir)
  return async () => {
    server?.kill('SIGTERM')
    if (stateDir)
      rmSync(stateDir, { recursive: true, force: true })
  }
}

/**
 * Renders every slide once (the overview shows them all) so Vite has compiled and
 * pre-bundled everything before a test runs: a first visit can otherwise make Vite
 * reload the page mid-test.
 */
async function warmUp(baseURL: string, executablePath: string) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    for (const path of ['/overview', '/presenter/1', '/1']) {
      await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle', timeout: 180_000 })
      await page.waitForTimeout(500)
    }
  }
  finally {
    await browser.close()
  }
}

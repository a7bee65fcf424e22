import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

export interface ScriptResult { code: number | null, stdout: string, stderr: string }

/** Runs `tsx <script> ...args` from the repository root, as `npm run <script>` would. */
export function runScript(script: string, args: string[], timeoutMs = 180_000): Promise<ScriptResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString() })
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.on('error', fail)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr })
    })
  })
}

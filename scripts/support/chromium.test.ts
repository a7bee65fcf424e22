import { describe, expect, it } from 'vitest'
import { ensureChromium, findChromium, installSteps, NO_BROWSER_MESSAGE, NoBrowserError, type ChromiumProbe, type InstallStep } from './chromium.ts'

function probe(files: string[], options: { env?: NodeJS.ProcessEnv, playwright?: string, path?: Record<string, string> } = {}): ChromiumProbe {
  return {
    env: options.env ?? {},
    exists: path => files.includes(path),
    playwright: () => options.playwright,
    onPath: command => options.path?.[command],
  }
}

describe('findChromium', () => {
  const everything = probe(['/opt/mine', '/usr/bin/chromium'], {
    env: { CHROMIUM_PATH: '/opt/mine' },
    playwright: '/pw/chrome',
    path: { 'chromium-browser': '/snap/chromium-browser', 'google-chrome': '/usr/bin/google-chrome' },
  })

  it('takes CHROMIUM_PATH first, then Playwright\'s, /usr/bin/chromium, chromium-browser, google-chrome', () => {
    expect(findChromium(everything)).toBe('/opt/mine')
    expect(findChromium({ ...everything, env: {} })).toBe('/pw/chrome')
    expect(findChromium({ ...everything, env: {}, playwright: () => undefined })).toBe('/usr/bin/chromium')
    expect(findChromium(probe([], { path: { 'chromium-browser': '/snap/chromium-browser', 'google-chrome': '/g' } }))).toBe('/snap/chromium-browser')
    expect(findChromium(probe([], { path: { 'google-chrome': '/usr/bin/google-chrome' } }))).toBe('/usr/bin/google-chrome')
    expect(findChromium(probe([]))).toBeUndefined()
  })

  it('skips a CHROMIUM_PATH that does not exist', () => {
    expect(findChromium(probe(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nowhere' } }))).toBe('/usr/bin/chromium')
  })
})

describe('installSteps', () => {
  it('downloads Playwright\'s browser, then (as root) refreshes apt and installs chromium', () => {
    const steps = installSteps({ root: true, env: {} })
    expect(steps.map(step => step.label)).toEqual(['npx playwright-core install chromium', 'apt-get install -y chromium'])
    expect(steps[0]!.commands[0]!.args.slice(1)).toEqual(['install', 'chromium'])
    expect(steps[0]!.commands[0]!.args[0]).toMatch(/playwright-core[/\\]cli\.js$/)
    expect(steps[1]!.commands.map(c => [c.command, ...c.args])).toEqual([['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', 'chromium']])
  })

  it('leaves apt-get out when not root, and the download out when downloads are switched off', () => {
    expect(installSteps({ root: false, env: {} }).map(step => step.label)).toEqual(['npx playwright-core install chromium'])
    expect(installSteps({ root: true, env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } }).map(step => step.label)).toEqual(['apt-get install -y chromium'])
    expect(installSteps({ root: false, env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })).toEqual([])
  })
})

describe('ensureChromium', () => {
  const steps: InstallStep[] = [
    { label: 'download', commands: [{ command: 'download', args: [] }] },
    { label: 'apt', commands: [{ command: 'apt-update', args: [] }, { command: 'apt-install', args: [] }] },
  ]

  /** A machine where `succeeds` lists the commands that work and `installs` the one that makes a browser appear. */
  function machine(succeeds: string[], installs?: string) {
    let browser: string | undefined
    const ran: string[] = []
    const log: string[] = []
    const result = () => ensureChromium({
      find: () => browser,
      steps,
      run: (command) => {
        ran.push(command)
        if (command === installs)
          browser = `/from/${command}`
        return succeeds.includes(command)
      },
      log: line => log.push(line),
    })
    return { result, ran, log, found: (path: string) => { browser = path } }
  }

  it('installs nothing when a browser is there', () => {
    const m = machine([])
    m.found('/usr/bin/chromium')
    expect(m.result()).toBe('/usr/bin/chromium')
    expect(m.ran).toEqual([])
  })

  it('stops after the download when it brings a browser', () => {
    const m = machine(['download', 'apt-update', 'apt-install'], 'download')
    expect(m.result()).toBe('/from/download')
    expect(m.ran).toEqual(['download'])
    expect(m.log).toEqual(['No Chromium found; trying "download" …'])
  })

  it('falls back to apt when the download fails, running update before install', () => {
    const m = machine(['apt-update', 'apt-install'], 'apt-install')
    expect(m.result()).toBe('/from/apt-install')
    expect(m.ran).toEqual(['download', 'apt-update', 'apt-install'])
  })

  it('does not install when apt-get update fails, and then says in one line what to install', () => {
    const m = machine(['apt-install'], 'apt-install')
    expect(m.result).toThrow(NoBrowserError)
    expect(m.ran).toEqual(['download', 'apt-update'])
    expect(NO_BROWSER_MESSAGE).not.toContain('\n')
    expect(m.result).toThrow(NO_BROWSER_MESSAGE)
  })
})

import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MCP_ROUTE, NAV_CHANNEL_SUFFIX, PRESENTER_ROUTE, RENDER_CONTEXT_KEY, replayBody, SERVER_REF_PREFIXES, SERVER_REF_SYNC_UP, SERVER_REF_UNDEFINED, SLIDE_ROUTE, SLIDE_SOURCE_ROUTE, SLIDEV_SYNC_KEYS } from './slidev.ts'

// These read the installed Slidev: when an upgrade changes one of these facts, the guard
// in front of Slidev's writes or a page that relies on it would be wrong. Fix adapters/slidev.ts.
const modules = join(import.meta.dirname, '../node_modules')
const read = (path: string) => readFileSync(join(modules, path), 'utf8')
const cliDist = join(modules, '@slidev/cli/dist')
const serve = readdirSync(cliDist).filter(file => file.startsWith('serve-')).map(file => readFileSync(join(cliDist, file), 'utf8')).join('\n')
const serverRef = read('vite-plugin-vue-server-ref/dist/index.mjs')

describe('Slidev internals seminarkit relies on', () => {
  it('server-ref writes are POSTs to the known prefixes, read with on(data|end)', () => {
    expect(serverRef).toContain(`const URL_PREFIX = ${JSON.stringify(SERVER_REF_PREFIXES).replace(/,/g, ', ')}`)
    expect(serverRef).toMatch(/req\.on\("data"[\s\S]*req\.on\("end"/)
    expect(read('vite-plugin-vue-server-ref/dist/client.mjs')).toContain(`const UNDEFINED = "${SERVER_REF_UNDEFINED}"`)
    expect(serverRef).toContain(`define(data, '${SERVER_REF_SYNC_UP}', true)`)
    expect(serverRef).toContain(`if (!data.${SERVER_REF_SYNC_UP} || data.$paused || skipWatch)`)
  })

  it('Slidev syncs exactly these server-ref keys', () => {
    const clientKeys = ['state/shared.ts', 'state/drawings.ts', 'state/snapshot.ts']
      .map(file => read(`@slidev/client/${file}`).match(/server-reactive:(\w+)/)?.[1])
    expect(clientKeys).toEqual(['nav', 'drawings', 'snapshots'])
    expect(serve).toMatch(/const state = \{\s*sync: false,\s*nav:/)
    expect(SLIDEV_SYNC_KEYS).toEqual(['nav', 'drawings', 'snapshots', 'sync'])
  })

  it('the slide source route and the MCP route are where the guard expects them', () => {
    expect(serve).toContain('const regexSlideReqPath = /^\\/__slidev\\/slides\\/(\\d+)\\.json$/;')
    expect(SLIDE_SOURCE_ROUTE.test('/__slidev/slides/3.json')).toBe(true)
    expect(serve).toContain(`!== "${MCP_ROUTE}") return next();`)
    expect(serve).toMatch(/function getBodyJson\(req\) \{[\s\S]{0,200}req\.on\("data"[\s\S]{0,100}req\.on\("end"/)
  })

  it('the render context key and the static build\'s nav channel', () => {
    expect(read('@slidev/client/constants.ts')).toContain(`export const injectionRenderContext = '${RENDER_CONTEXT_KEY}'`)
    expect(read('@slidev/client/setup/root.ts')).toContain(`initSharedState(\`\${slidesTitle}${NAV_CHANNEL_SUFFIX}\`)`)
  })

  it('the slide routes a view joins the presentation on, and the shared position it reads', () => {
    const routes = read('@slidev/client/setup/routes.ts')
    expect(routes).toMatch(new RegExp(`name: '${SLIDE_ROUTE}',\\s*path: '/:no',`))
    expect(routes).toMatch(new RegExp(`name: '${PRESENTER_ROUTE}',\\s*path: '/presenter/:no',`))
    // A view that loads on a trusted origin sends its own position as it opens (router.afterEach).
    const root = read('@slidev/client/setup/root.ts')
    expect(root).toContain('router.afterEach(updateSharedState)')
    expect(root).toContain(`patch('page', +currentSlideNo.value)`)
    expect(root).toContain(`patch('lastUpdate', {`)
  })
})

describe('the typed slice of @slidev/client (types/slidev-client.d.ts)', () => {
  const declared = readFileSync(join(import.meta.dirname, '../types/slidev-client.d.ts'), 'utf8')
  const index = read('@slidev/client/index.ts')

  it('names only what Slidev\'s public index exports', () => {
    const names = [...declared.matchAll(/export (?:function|const) (\w+)/g)].map(match => match[1]!)
    expect(names.length).toBeGreaterThan(3)
    const env = read('@slidev/client/env.ts')
    for (const name of names) {
      const exported = new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\}`).test(index)
        || (index.includes(`export * from './env'`) && new RegExp(`export (?:const|function) ${name}\\b|export \\{[^}]*\\b${name}\\b[^}]*\\}`).test(env))
      expect(exported, `${name} is not exported by @slidev/client`).toBe(true)
    }
  })

  it('gives useNav() only members Slidev\'s own nav interfaces declare', () => {
    const nav = read('@slidev/client/composables/useNav.ts')
    const members = [...declared.slice(declared.indexOf('interface SlidevNav'), declared.indexOf('export function useNav')).matchAll(/^\s{4}(\w+):/gm)].map(match => match[1]!)
    expect(members).toContain('currentSlideRoute')
    for (const member of members)
      expect(nav, `Slidev's nav no longer has ${member}`).toMatch(new RegExp(`^\\s+${member}\\??:`, 'm'))
  })
})

describe('replayBody', () => {
  it('gives a reader the bytes read before, then the end', async () => {
    const listeners: string[] = []
    const original = { on: (event: string, ..._listener: unknown[]): unknown => { listeners.push(event); return original } }
    const request = replayBody(original, '{"a":1}')
    const body = await new Promise<string>((resolve) => {
      let text = ''
      request.on('data', (chunk: string) => { text += chunk })
      request.on('error', () => {})
      request.on('end', () => resolve(text))
    })
    expect(body).toBe('{"a":1}')
    expect(listeners).toEqual(['error'])
  })
})

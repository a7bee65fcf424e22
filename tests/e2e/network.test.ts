import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseURL, launchTestBrowser, newPage, type PageProblems } from '../support/browser.ts'

// Slidev keeps the neighbouring slides in the DOM, hidden; only the visible diagram counts.
const DIAGRAM = '[data-testid="network-diagram"]:visible'

let browser: Browser
let page: Page
let problems: PageProblems

beforeAll(async () => {
  browser = await launchTestBrowser()
  ;({ page, problems } = await newPage(browser))
})

afterAll(async () => {
  await browser?.close()
})

async function visit(alias: string): Promise<void> {
  await page.goto(`${baseURL()}/${alias}`)
}

describe('network slides', () => {
  it('Figur 1 draws the 40 members of the forum, in a core and a periphery', async () => {
    await visit('netvaerk-figur-1')
    const diagram = page.locator(DIAGRAM)
    await diagram.waitFor({ timeout: 60_000 })
    expect(await diagram.evaluate(element => element.tagName.toLowerCase())).toBe('svg')
    const nodes = diagram.locator('[data-testid="network-node"]')
    expect(await nodes.count()).toBe(40)
    const groups = await nodes.evaluateAll(elements => elements.map(element => element.getAttribute('data-group')))
    expect(new Set(groups)).toEqual(new Set(['core', 'periphery']))
    const ids = await nodes.evaluateAll(elements => elements.map(element => element.getAttribute('data-id')))
    expect(new Set(ids).size).toBe(40)
    // Anonymous by default: no member's name anywhere in the drawing.
    expect(await diagram.locator('title').count()).toBe(0)
    // The diagram fits the 1920 × 1080 slide.
    const box = (await diagram.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(1080)
    expect(box.x + box.width).toBeLessThanOrEqual(1920)
  })

  it('Figur 2 sets a brokered network with its articulation point and its own legend at the right, the forum for comparison at the left', async () => {
    await visit('netvaerk-figur-2')
    const diagrams = page.locator(DIAGRAM)
    await diagrams.first().waitFor({ timeout: 60_000 })
    expect(await diagrams.count()).toBe(2)
    expect(await diagrams.nth(0).locator('[data-testid="network-node"]').count()).toBe(40)
    expect(await diagrams.nth(1).locator('.node circle.articulation').count()).toBe(1)
    // One legend, beside Figur 2 and not between the two diagrams.
    const legend = page.locator('.legend:visible')
    expect(await legend.count()).toBe(1)
    const [legendBox, brokerBox] = [(await legend.boundingBox())!, (await diagrams.nth(1).boundingBox())!]
    expect(legendBox.x).toBeGreaterThan(brokerBox.x + brokerBox.width / 2)
  })

  it('the structure slide states the computed density and the seed\'s characterisation', async () => {
    await visit('netvaerk-struktur')
    const facts = page.locator('[data-testid="network-facts"]:visible')
    await facts.waitFor({ timeout: 60_000 })
    const text = await facts.innerText()
    expect(text).toContain('611 relationer ud af et teoretisk max. på 1.443 (42,3 % densitet)')
    expect(text).toContain('Tydelig kerne-periferistruktur')
    expect(text).toContain('Ingen er uundværlig!')
  })

  it('the external-relations table marks the larger value of each row', async () => {
    await visit('netvaerk-eksterne')
    const table = page.locator('[data-testid="external-relations"]:visible')
    await table.waitFor({ timeout: 60_000 })
    expect(await table.locator('tbody tr').count()).toBe(7)
    expect(await table.locator('td[data-larger]').count()).toBe(7)
    expect(await table.locator('tbody tr').first().innerText()).toMatch(/^Andre kommuner\s+▲2,86\s+\(højest\)\s+2,13$/)
  })

  it('raised no console errors or failed requests', () => {
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offMachineRequests: [] })
  })
})

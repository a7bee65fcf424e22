import type { Browser } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { teams } from '../../data/faelles-om-ledelse/lego.ts'
import { parseParticipantsCsv } from '../../lib/grouping/participants.ts'
import { participantsPath } from '../../scripts/generate-participants.ts'
import { baseURL, launchTestBrowser, newPage } from '../support/browser.ts'

const participants = parseParticipantsCsv('participants.csv', readFileSync(await participantsPath('faelles-om-ledelse')))
const departmentOf = new Map(participants.map(p => [p.name, p.department]))

interface Board {
  colour: string
  members: { name: string, role: string }[]
}

let browser: Browser
beforeAll(async () => {
  browser = await launchTestBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function readBoard(page: import('playwright-core').Page): Promise<Board[]> {
  // Slidev keeps neighbouring slides in the page, hidden; read the one on screen.
  const teams = page.locator('[data-testid="team"]:visible')
  await teams.first().waitFor()
  return teams.evaluateAll(teams => teams.map(team => ({
    colour: (team as HTMLElement).dataset.colour!,
    members: [...team.querySelectorAll<HTMLElement>('[data-testid="team-member"]')]
      .map(member => ({ name: member.querySelector('.person')!.textContent!.trim(), role: member.dataset.role! })),
  })))
}

describe('team board on the deck', () => {
  it('shows three colour teams with every participant once and one direktør per department in each', async () => {
    const { page, problems } = await newPage(browser)
    await page.goto(`${baseURL()}/hold-og-roller`)
    const board = await readBoard(page)
    expect(board.map(team => team.colour)).toEqual(teams.colours.map(team => team.colour))
    expect(board.flatMap(team => team.members.map(m => m.name)).sort()).toEqual(participants.map(p => p.name).sort())
    for (const team of board) {
      const departments = new Set(team.members.map(m => departmentOf.get(m.name)))
      for (const department of departments) {
        const roles = team.members.filter(m => departmentOf.get(m.name) === department).map(m => m.role)
        expect(roles.filter(role => role === 'direktør')).toHaveLength(1)
        expect(roles.every(role => role === 'direktør' || role === 'chef')).toBe(true)
      }
    }
    expect(await page.locator('[data-testid="team"][data-colour="blå"]:visible').textContent()).toContain('Aarhus Kommune Blå')
    expect(problems.consoleErrors).toEqual([])
    expect(problems.offMachineRequests).toEqual([])
  })

  it('redraws on every screen when the presenter asks for a new draw', async () => {
    const audience = await newPage(browser)
    const presenter = await newPage(browser)
    await audience.page.goto(`${baseURL()}/hold-og-roller`)
    await presenter.page.goto(`${baseURL()}/presenter/hold-og-roller`)
    const before = await readBoard(audience.page)
    await presenter.page.locator('[data-action="redraw"]:visible').first().click()
    // Nothing changes until the presenter confirms.
    expect(JSON.stringify(await readBoard(audience.page))).toBe(JSON.stringify(before))
    await presenter.page.locator('[data-action="confirm-redraw"]:visible').first().click()
    await expect.poll(async () => JSON.stringify(await readBoard(audience.page)), { timeout: 20_000 }).not.toBe(JSON.stringify(before))
    expect((await readBoard(audience.page)).flatMap(team => team.members).length).toBe(participants.length)
    expect(await audience.page.locator('[data-action="redraw"]:visible').count()).toBe(0)
    // Back to the draw the other tests (and the printed badges) expect.
    await presenter.page.locator('[data-action="undo-redraw"]:visible').first().click()
    await expect.poll(async () => JSON.stringify(await readBoard(audience.page)), { timeout: 20_000 }).toBe(JSON.stringify(before))
  })
})

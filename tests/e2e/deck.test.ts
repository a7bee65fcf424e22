import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plainText } from '../../lib/markdown.ts'
import type { Bullet } from '../../lib/schema/common.ts'
import { formatClockRange, parseClock } from '../../lib/time.ts'
import { borderland, discussions, goals, jobVisits, lego, networkSection, phases, programme, research, seminar, teams } from '../../data/faelles-om-ledelse/index.ts'
import { baseURL, launchTestBrowser, newPage, type PageProblems } from '../support/browser.ts'
import { openDeck, showSlide } from '../support/slides.ts'

/** Walks every slide of a view by Slidev's own navigation and returns each slide's text. */
async function walk(page: Page, view: '' | 'presenter/'): Promise<string[]> {
  const total = await openDeck(page, baseURL(), view)
  const texts: string[] = []
  for (let no = 1; no <= total; no++)
    texts.push((await showSlide(page, no)).replace(/\s+/g, ' '))
  return texts
}

function expectClean(problems: PageProblems) {
  expect(problems.consoleErrors).toEqual([])
  expect(problems.failedRequests).toEqual([])
  expect(problems.offMachineRequests).toEqual([])
}

const squash = (text: string) => plainText(text).replace(/\s+/g, ' ').trim()

const bulletTexts = (items: readonly Bullet[]) => items.flatMap(item => typeof item === 'string' ? [item] : [item.text, ...item.points])

describe('the default deck', () => {
  let browser: Browser
  let slides: string[]
  let deckText: string
  let audience: PageProblems

  beforeAll(async () => {
    browser = await launchTestBrowser()
    const { page, problems } = await newPage(browser)
    audience = problems
    slides = await walk(page, '')
    deckText = slides.join('\n')
    // A viewer on localhost announces its slide too: left open, it could pull the
    // presenter walk below back to where it stands.
    await page.context().close()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('renders every slide in the audience view with no error and no request off the machine', () => {
    expect(slides.length).toBeGreaterThanOrEqual(45)
    expect(slides.filter(text => text.trim() === '')).toEqual([])
    expectClean(audience)
  })

  it('renders every slide in the presenter view with no error', async () => {
    const { page, problems } = await newPage(browser)
    const presenter = await walk(page, 'presenter/')
    await page.context().close()
    expect(presenter.length).toBe(slides.length)
    expectClean(problems)
  })

  it('shows every programme item with its time, from the programme module', () => {
    for (const item of programme.items) {
      expect(deckText).toContain(item.title)
      expect(deckText).toContain(formatClockRange(parseClock(item.start), item.end === undefined ? undefined : parseClock(item.end)))
    }
  })

  it('shows every speaker as the seed does ("v. …")', () => {
    const sessions = [seminar.welcome, seminar.programmeIntro, research.session, networkSection.session, borderland.session, jobVisits.session, seminar.thanks]
    for (const session of sessions) {
      expect(deckText).toContain(session.title)
      expect(deckText).toContain(`v. ${session.speaker}`)
    }
  })

  it('asks every discussion question with its minutes', () => {
    for (const round of discussions) {
      expect(deckText).toContain(round.title)
      for (const question of round.questions) {
        expect(deckText).toContain(squash(question.text))
        for (const prompt of question.prompts)
          expect(deckText).toContain(squash(prompt))
      }
    }
    expect(deckText).toContain('10 min')
    expect(deckText).toContain('5 min')
  })

  it('carries the goals, phases, research, LEGO, job-visit and lesson texts of the data modules', () => {
    const texts = [
      ...bulletTexts(goals.course.points),
      ...bulletTexts(goals.boundaryCrossing.points),
      goals.learning.focus.question,
      goals.learning.practiceField.question,
      ...phases.map(phase => phase.title),
      ...research.priorities.left.items,
      ...bulletTexts(research.relational.points),
      ...teams.colours.flatMap(team => [team.name, team.facilitator ?? '']),
      ...lego.insights.points,
      ...borderland.trials.groups.map(group => group.heading),
      ...borderland.lessons.points.map(point => point.heading),
      ...jobVisits.activity.examples.points,
      ...jobVisits.schedule.months.flatMap(month => month.points),
    ]
    const slideText = deckText.toLowerCase()
    const missing = texts.map(squash).filter(text => !slideText.includes(text.toLowerCase()))
    expect(missing).toEqual([])
  })

  it('shows each video and picture without its file as one title card, the caption once', () => {
    for (const media of [research.clip, borderland.why]) {
      const slide = slides.find(text => text.includes(media.title))
      expect(slide, media.title).toBeDefined()
      expect(slide!.split(media.caption).length - 1, media.title).toBe(1)
    }
  })
})

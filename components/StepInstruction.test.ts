import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { renderIn } from '../tests/support/component-setup.ts'
import { standardFormats } from '../lib/discussion/formats.ts'
import type { Language } from '../lib/i18n/messages.ts'
import type { DiscussionRound } from '../lib/schema/discussions.ts'
import { discussionTimers } from '../lib/timer/catalogue.ts'
import StepInstruction from './StepInstruction.vue'

// A Troika round as a deck in either language gets it: the format's texts in the deck's language.
function troikaStep(language: Language, id: string) {
  const round: DiscussionRound = {
    id: 'troika',
    title: 'Troika',
    format: standardFormats(language).find(format => format.id === 'troika')!,
    questions: [{ id: 'challenge', text: 'A challenge', prompts: [] }],
    insights: false,
  }
  return discussionTimers([round]).get(`troika-challenge-${id}`)!
}

function render(language: Language, id: string) {
  renderIn(language)
  return mount(StepInstruction, { props: { entry: troikaStep(language, id) } })
}

describe('StepInstruction: Troika\'s role prompts', () => {
  it.each([
    ['en', 'Round 2 of 3', 'Consultants talk', 'Client: turn your back now. Listen and take notes.'],
    ['da', 'Runde 2 af 3', 'Konsulenterne taler', 'Klienten: vend ryggen til nu. Lyt, og tag noter.'],
  ] as const)('in %s: the cycle, the phase and the client\'s prompt, set apart', (language, cycle, phase, role) => {
    const step = render(language, 'consult-2')
    expect(step.get('[data-testid="step-cycle"]').text()).toContain(cycle)
    expect(step.get('.sk-step__phase').text()).toContain(phase)
    expect(step.get('[data-testid="role-prompt"]').text()).toBe(role)
  })

  it('has a role prompt for every phase of Troika in both languages: who does what is the point of the format', () => {
    for (const language of ['da', 'en'] as const) {
      const prompts = ['client-1', 'questions-1', 'consult-1', 'reflect-1'].map(id => render(language, id).get('[data-testid="role-prompt"]').text())
      expect(new Set(prompts).size).toBe(4)
    }
  })
})

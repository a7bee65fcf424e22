import type { DiscussionQuestion, DiscussionRound, FormatPhase, GroupSize } from '../schema/discussions.ts'

/** One timed step of a round: a question in one phase (of one cycle) of the round's format. */
export interface DiscussionStep {
  /** The step's timer id: `<round>-<question>`, plus `-<phase>` and `-<cycle>` when the format has several. */
  id: string
  /** 0-based position in the round. */
  index: number
  questionIndex: number
  question: DiscussionQuestion
  phaseIndex: number
  phase: FormatPhase
  /** 0-based repetition of the format's phases. */
  cycle: number
  minutes: number
  groupSize: GroupSize
}

/** A format of one phase run once: a step is simply a question, as the seed's rounds are. */
export function isSinglePhase(round: Pick<DiscussionRound, 'format'>): boolean {
  return round.format.phases.length === 1 && round.format.cycles === 1
}

/**
 * The round expanded into its timed steps, in the order they run: for each question, each
 * cycle, each phase. The timers step through these with "next question".
 */
export function roundSteps(round: DiscussionRound): DiscussionStep[] {
  const single = isSinglePhase(round)
  const steps: DiscussionStep[] = []
  round.questions.forEach((question, questionIndex) => {
    for (let cycle = 0; cycle < round.format.cycles; cycle++) {
      round.format.phases.forEach((phase, phaseIndex) => {
        const suffix = single ? '' : `-${phase.id}${round.format.cycles > 1 ? `-${cycle + 1}` : ''}`
        steps.push({
          id: `${round.id}-${question.id}${suffix}`,
          index: steps.length,
          questionIndex,
          question,
          phaseIndex,
          phase,
          cycle,
          // A question may set its own length only where it is the whole step.
          minutes: single ? (question.minutes ?? phase.minutes) : phase.minutes,
          groupSize: phase.groupSize,
        })
      })
    }
  })
  return steps
}

/** The timer ids of one question's steps: every phase and cycle of it. */
export function questionStepIds(round: DiscussionRound, questionId: string): string[] {
  return roundSteps(round).filter(step => step.question.id === questionId).map(step => step.id)
}

/** The round's whole length in minutes. */
export function roundMinutes(round: DiscussionRound): number {
  return roundSteps(round).reduce((sum, step) => sum + step.minutes, 0)
}

/** The ids of the steps before and after one, for the timer page's links. */
export function stepNeighbours(steps: readonly DiscussionStep[], index: number): { previous?: string, next?: string } {
  const previous = steps[index - 1]?.id
  const next = steps[index + 1]?.id
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) }
}

interface SyncedTimer { startedAt: number | null, status: string }

/**
 * On a phone showing one step: the step the presenter has since moved the round on to, if
 * any. That is the running step of the same round started after this one (the latest such).
 */
export function movedOnStep(steps: readonly DiscussionStep[], shownId: string, timers: Readonly<Record<string, SyncedTimer | undefined>>): DiscussionStep | undefined {
  let latestAt = timers[shownId]?.startedAt ?? -Infinity
  let latest: DiscussionStep | undefined
  for (const step of steps) {
    const timer = timers[step.id]
    if (step.id !== shownId && timer?.startedAt != null && timer.startedAt > latestAt && timer.status === 'running') {
      latestAt = timer.startedAt
      latest = step
    }
  }
  return latest
}

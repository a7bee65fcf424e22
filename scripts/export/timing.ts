import type { InputProblem } from '../../lib/errors.ts'

export interface TimingSlide {
  no: number
  /** Frontmatter `programme: <item id>`: this slide starts that programme item. */
  programme?: string
  /** Its line in the deck, for error messages. */
  line: number
  rounds: string[]
}

export interface TimingInput {
  file: string
  slides: readonly TimingSlide[]
  /** Planned minutes per programme item id (undefined when open-ended). */
  itemMinutes: ReadonlyMap<string, number | undefined>
  /** Total minutes of each discussion round's questions, by round id. */
  roundMinutes: ReadonlyMap<string, number>
}

/**
 * Seconds per slide for reveal.js's pacing (`data-timing`). A slide with frontmatter
 * `programme: <id>` starts that item; it and the slides up to the next such slide share the
 * item's planned length. Discussion slides get their questions' minutes; the rest of the
 * item is split evenly over the other slides. Other slides outside any item get no timing.
 */
export function slideTimings(input: TimingInput): { seconds: Map<number, number>, problems: InputProblem[] } {
  const problems: InputProblem[] = []
  const groups: { item: string, slides: TimingSlide[] }[] = []
  for (const slide of input.slides) {
    if (slide.programme !== undefined) {
      if (!input.itemMinutes.has(slide.programme)) {
        problems.push({ file: input.file, line: slide.line, column: 'programme', found: slide.programme, expected: `a programme item id (${[...input.itemMinutes.keys()].join(', ')})` })
        continue
      }
      groups.push({ item: slide.programme, slides: [] })
    }
    groups.at(-1)?.slides.push(slide)
  }

  const roundSeconds = (slide: TimingSlide) => slide.rounds.reduce((sum, round) => sum + (input.roundMinutes.get(round) ?? 0) * 60, 0)
  const seconds = new Map<number, number>()
  for (const slide of input.slides) {
    if (slide.rounds.length > 0)
      seconds.set(slide.no, roundSeconds(slide))
  }
  for (const group of groups) {
    const others = group.slides.filter(slide => slide.rounds.length === 0)
    const talkSeconds = (input.itemMinutes.get(group.item) ?? 0) * 60 - group.slides.reduce((sum, slide) => sum + roundSeconds(slide), 0)
    if (talkSeconds > 0 && others.length > 0) {
      for (const slide of others)
        seconds.set(slide.no, Math.round(talkSeconds / others.length))
    }
  }
  return { seconds, problems }
}

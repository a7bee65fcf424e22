/** The grouping shown on the slides, synced between presenter and projector (state key `grouping`). */
export interface GroupingState {
  /** Seed of every draw on the slides; the presenter's "Træk igen" moves it on by one. */
  seed: number
}

/** Seed 1, the CLI's default, so the slides show what `seminar teams` etc. print without --seed. */
export function defaultGroupingState(): GroupingState {
  return { seed: 1 }
}

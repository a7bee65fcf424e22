// Pure planning of the exported documents: which pages, in which order, under which bookmark.

/** What the export knows about one slide: its frontmatter and what it rendered. */
export interface SlidePlanInput {
  /** 1-based slide number. */
  no: number
  /** Frontmatter `handout: false` keeps a slide out of the participant handout. */
  handout: boolean
  /** Starts a section (frontmatter `layout: section`): a top-level bookmark. */
  section: boolean
  /** The slide's first heading as rendered ("" when it has none). */
  title: string
  /** Discussion rounds shown on the slide, by id. */
  rounds: string[]
  /** A live slide with nothing from the day to show (no approved insights, no photos): left out of the handout. */
  empty: boolean
}

export type PlannedPage =
  | { kind: 'slide', no: number }
  /** A page for the participant's notes on a discussion round, right after its slide. */
  | { kind: 'notes', round: string, no: number }

export interface OutlineEntry {
  /** 1-based page in the exported PDF. */
  page: number
  /** 0 for a section, 1 for a slide inside a section. */
  depth: number
  title: string
}

/** Presenter PDF: every slide, in order. */
export function presenterPages(slides: readonly SlidePlanInput[]): PlannedPage[] {
  return slides.map(slide => ({ kind: 'slide', no: slide.no }))
}

/**
 * Participant handout: slides not marked `handout: false` and not empty, each discussion
 * slide followed by a notes page per round.
 */
export function handoutPages(slides: readonly SlidePlanInput[]): PlannedPage[] {
  return slides.filter(slide => slide.handout && !slide.empty).flatMap(slide => [
    { kind: 'slide' as const, no: slide.no },
    ...slide.rounds.map(round => ({ kind: 'notes' as const, round, no: slide.no })),
  ])
}

/**
 * Bookmarks: one per section, with the titled slides after it as children; slides before
 * the first section sit at the top level. A slide titled like its section adds nothing.
 */
export function outlineEntries(pages: readonly PlannedPage[], slides: readonly SlidePlanInput[], notesTitle: (round: string) => string): OutlineEntry[] {
  const byNo = new Map(slides.map(slide => [slide.no, slide]))
  const entries: OutlineEntry[] = []
  let section: string | undefined
  pages.forEach((planned, index) => {
    const page = index + 1
    const depth = section === undefined ? 0 : 1
    if (planned.kind === 'notes') {
      entries.push({ page, depth, title: notesTitle(planned.round) })
      return
    }
    const slide = byNo.get(planned.no)
    if (!slide)
      throw new Error(`slide ${planned.no} is planned but unknown`)
    const title = oneLine(slide.title)
    if (slide.section && title === section)
      return // the same session resumed (e.g. the talk, then its table discussion)
    if (slide.section) {
      section = title || `Slide ${slide.no}`
      entries.push({ page, depth: 0, title: section })
    }
    else if (title && title !== section) {
      entries.push({ page, depth, title })
    }
  })
  return entries
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The outline in @lillallol/outline-pdf's notation: `page|dashes|title`, sections collapsed. */
export function outlineNotation(entries: readonly OutlineEntry[]): string {
  return entries.map((entry, index) => {
    const hasChildren = entries[index + 1] !== undefined && entries[index + 1]!.depth > entry.depth
    const page = hasChildren ? -entry.page : entry.page
    // "|" separates the fields; a title must not contain one.
    return `${page}|${'-'.repeat(entry.depth)}|${entry.title.replaceAll('|', '/')}`
  }).join('\n')
}

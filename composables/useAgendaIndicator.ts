import { computed, type ComputedRef } from 'vue'
import type { DayProjection, ProjectedSlot } from '../lib/programme/index.ts'
import { useProgramme } from './useProgramme.ts'
import { programmeOnScreen } from './useProgrammeOnScreen.ts'
import { useSlideMode } from './useSlideMode.ts'
import { useSession } from './useSession.ts'
import { useSlideProgrammeItem } from './useSlideProgrammeItem.ts'

/** The key that switches the indicator on and off, for everyone (the switch is synced). */
export const INDICATOR_KEY = 'a'

let listening = false

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

export interface AgendaIndicator {
  /** On the seminar day (or rehearsing), switched on, not printing, and not on the programme's own slide. */
  visible: ComputedRef<boolean>
  projection: ComputedRef<DayProjection>
  /**
   * In the presenter view, on a slide that opens a programme item (`programme: <id>` in its
   * frontmatter) not yet marked as started: that item, to mark with one click.
   */
  offer: ComputedRef<ProjectedSlot | undefined>
  markStarted: (id: string) => void
}

/** The small "where the day stands" line on every slide, and its keyboard switch. */
export function useAgendaIndicator(): AgendaIndicator {
  const { live, projection, indicatorOn, setIndicator, markStarted } = useProgramme()
  const { isPrint, isPresenter } = useSlideMode()
  const session = useSession()
  const slideItem = useSlideProgrammeItem()
  // One listener per window, however many layers render the indicator.
  if (!listening && typeof window !== 'undefined') {
    listening = true
    window.addEventListener('keydown', (event) => {
      if (event.key.toLowerCase() === INDICATOR_KEY && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target))
        setIndicator(!indicatorOn.value)
    })
  }
  return {
    visible: computed(() => live.value && indicatorOn.value && !isPrint.value && !programmeOnScreen.value),
    projection,
    offer: computed(() => {
      if (!isPresenter.value || !live.value || isPrint.value || !session.may('programme.mark'))
        return undefined
      const slot = projection.value.slots.find(slot => slot.id === slideItem.value)
      return slot && !slot.recorded ? slot : undefined
    }),
    markStarted,
  }
}

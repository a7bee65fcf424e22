import { computed, type ComputedRef } from 'vue'
import type { DayProjection } from '../lib/programme/index.ts'
import { useProgramme } from './useProgramme.ts'
import { programmeOnScreen } from './useProgrammeOnScreen.ts'
import { useSlideMode } from './useSlideMode.ts'

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
}

/** The small "where the day stands" line on every slide, and its keyboard switch. */
export function useAgendaIndicator(): AgendaIndicator {
  const { live, projection, indicatorOn, setIndicator } = useProgramme()
  const { isPrint } = useSlideMode()
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
  }
}

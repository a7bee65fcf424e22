import { onScopeDispose, type Ref } from 'vue'

export interface TimerShortcutHandlers {
  /** s: start, pause, resume */
  toggle: () => unknown
  /** + : one more minute */
  addMinute: () => unknown
  /** Shift+R: back to the planned time */
  reset: () => unknown
  /** n: on to the next question (discussion rounds) */
  next?: () => unknown
}

/** The keys, for docs/timers.md and the buttons' tooltips. */
export const TIMER_KEYS = { toggle: 's', addMinute: '+', reset: 'Shift+R', next: 'n' } as const

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

/**
 * Keyboard shortcuts for the timers of the current slide in the presenter view. Slidev
 * itself uses space, arrows, d, o, g, f and Escape; these keys are free.
 */
export function useTimerShortcuts(active: Readonly<Ref<boolean>>, handlers: TimerShortcutHandlers): void {
  const onKey = (event: KeyboardEvent) => {
    if (!active.value || event.repeat || event.ctrlKey || event.metaKey || event.altKey || typing(event.target))
      return
    const handler = event.key === 's'
      ? handlers.toggle
      : event.key === '+'
        ? handlers.addMinute
        : event.key === 'R'
          ? handlers.reset
          : event.key === 'n' ? handlers.next : undefined
    if (!handler)
      return
    event.preventDefault()
    handler()
  }
  window.addEventListener('keydown', onKey)
  onScopeDispose(() => window.removeEventListener('keydown', onKey))
}

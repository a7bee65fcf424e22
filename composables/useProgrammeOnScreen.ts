import { useIsSlideActive } from '@slidev/client'
import { computed, onUnmounted, ref, watch, type ComputedRef } from 'vue'

const shown = ref(0)

/** True while the current slide shows the full programme: the indicator then steps aside. */
export const programmeOnScreen: ComputedRef<boolean> = computed(() => shown.value > 0)

/** Called by `<Programme>`: counts it as on screen while its slide is the current one. */
export function useProgrammeOnScreen(): void {
  const active = useIsSlideActive()
  watch(active, (now, before) => {
    shown.value += Number(now) - Number(before ?? false)
  }, { immediate: true })
  onUnmounted(() => {
    if (active.value)
      shown.value -= 1
  })
}

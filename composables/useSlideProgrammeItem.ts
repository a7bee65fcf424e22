import { useNav } from '@slidev/client'
import { computed, type ComputedRef } from 'vue'

/** The programme item the slide on screen opens (its frontmatter `programme: <item id>`), if any. */
export function useSlideProgrammeItem(): ComputedRef<string | undefined> {
  const nav = useNav()
  return computed(() => {
    const id = nav.currentSlideRoute.value.meta?.slide?.frontmatter.programme
    return typeof id === 'string' ? id : undefined
  })
}

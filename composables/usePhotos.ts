import { computed, type ComputedRef } from 'vue'
import { LIVE_PATHS } from '../lib/live/protocol.ts'
import type { Photo } from '../lib/live/state.ts'
import { useLiveState } from './useLiveState.ts'

export interface Photos {
  /** Every photo this browser sees, newest first: the build just presented is the one the room looks for. */
  all: ComputedRef<Photo[]>
  /** Only the approved ones: all the gallery ever shows. */
  approved: ComputedRef<Photo[]>
  /** Where a photo's picture is served (to whoever may see it). */
  src: (id: string) => string
}

/** The tables' photos of their builds, sent from their phones (composables/usePhotoUpload.ts). */
export function usePhotos(): Photos {
  const live = useLiveState()
  const all = computed(() => [...live.state.value.photos.items].sort((a, b) => b.at - a.at))
  return {
    all,
    approved: computed(() => all.value.filter(photo => photo.status === 'approved')),
    src: id => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${LIVE_PATHS.photo}/${id}.jpg`,
  }
}

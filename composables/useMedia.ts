import { computed, type ComputedRef } from 'vue'
import type { Media } from '../lib/schema/common.ts'
import { useDeck } from './useDeck.ts'

// Every deck's media files, as URLs Vite serves (and copies into a build). A file added
// later shows after a reload; a missing one is no error: the slide shows its title card.
const files = import.meta.glob<string>('../data/*/media/*.{mp4,webm,m4v,jpg,jpeg,png,webp,svg,MP4,JPG,JPEG,PNG}', { query: '?url', import: 'default', eager: true })

export interface MediaSource {
  /** The file's URL, or undefined while it is absent. */
  url: string | undefined
  /** Where the file belongs, for the presenter's hint. */
  path: string
}

/** The file a media slide shows, from the deck's folder `data/<deck>/media/`. */
export function useMedia(media: () => Media): ComputedRef<MediaSource> {
  const { slug } = useDeck()
  return computed(() => {
    const path = `data/${slug}/media/${media().file}`
    return { url: files[`../${path}`], path }
  })
}

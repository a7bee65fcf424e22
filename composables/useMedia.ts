import type { Media } from '../lib/schema/common.ts'

// Every deck's media files, as URLs Vite serves (and copies into a build). A file added
// later shows after a reload; a missing one is no error: the slide shows its title card.
const files = import.meta.glob<string>('../data/*/media/*.{mp4,webm,m4v,jpg,jpeg,png,webp,svg,MP4,JPG,JPEG,PNG}', { query: '?url', import: 'default', eager: true })

export interface MediaSource {
  /** The file's URL, or undefined while it is absent. */
  url: string | undefined
  /** Where the file belongs, for the presenter's hint. */
  path: string
}

/** The file a media slide shows, from `data/<dataset>/media/`. */
export function useMedia(media: Media, dataset: string): MediaSource {
  const path = `data/${dataset}/media/${media.file}`
  return { url: files[`../${path}`], path }
}

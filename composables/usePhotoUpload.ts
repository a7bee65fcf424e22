import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { LIVE_PATHS } from '../lib/live/protocol.ts'
import { refusal, type Refusal } from '../lib/live/refusal.ts'
import { MAX_PHOTO_BYTES } from '../lib/photo/jpeg.ts'
import { useRefusalText } from './useRefusalText.ts'

/** Longest side after scaling: sharp on the projector, a few hundred KB over the venue's Wi-Fi. */
const MAX_SIDE = 1600
const QUALITIES = [0.85, 0.72, 0.6, 0.45]

export interface PhotoUpload {
  busy: Readonly<Ref<boolean>>
  /** Scales the camera's picture down to a JPEG and sends it; resolves with why not, in the deck's language, when it fails. */
  send: (table: number, file: Blob) => Promise<string | undefined>
}

/**
 * The phone does the heavy part: it decodes the camera's picture (turned upright), scales
 * it and encodes a JPEG of at most MAX_PHOTO_BYTES, which also drops the camera's EXIF.
 * The server strips metadata again whatever arrives.
 */
export function usePhotoUpload(): PhotoUpload {
  const { t } = useI18n()
  const say = useRefusalText()
  const busy = ref(false)
  async function scaled(file: Blob): Promise<Blob | string> {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' }).catch(() => undefined)
    if (!bitmap)
      return t('tables.photoUnreadable')
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    for (const quality of QUALITIES) {
      const blob = await new Promise<Blob | null>(resolve => canvas.toBlob(resolve, 'image/jpeg', quality))
      if (blob && blob.size <= MAX_PHOTO_BYTES)
        return blob
    }
    return t('tables.photoTooLarge')
  }
  return {
    busy,
    async send(table, file) {
      busy.value = true
      try {
        const jpeg = await scaled(file)
        if (typeof jpeg === 'string')
          return jpeg
        const response = await fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${LIVE_PATHS.photo}?table=${table}`, {
          method: 'POST',
          headers: { 'Content-Type': 'image/jpeg' },
          body: jpeg,
        }).catch(() => undefined)
        if (!response)
          return say(refusal(409, 'offline'))
        const body = await response.json() as { ok: true } | Refusal
        return body.ok ? undefined : say(body)
      }
      finally {
        busy.value = false
      }
    },
  }
}

import { refusal, type Refusal } from '../live/refusal.ts'

/**
 * A phone's photo as the room may keep it: the JPEG's image data without the segments that
 * carry who, where and when (EXIF with GPS, XMP, IPTC, comments). Pure and byte-level, so
 * the picture itself is not re-encoded and nothing outside the image survives.
 */

/** Most a photo may be after the phone has scaled it (the upload route's own limit). */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024

// APP1 holds EXIF (GPS, camera, time) and XMP; APP13 Photoshop/IPTC; COM free text.
const DROPPED = new Map([[0xE1, 'APP1'], [0xED, 'APP13'], [0xFE, 'COM']])

export type Stripped = { ok: true, bytes: Uint8Array, removed: string[] } | Refusal

/** The JPEG without its metadata segments; a reason when the bytes are not a whole JPEG. */
export function stripJpegMetadata(input: Uint8Array): Stripped {
  if (input.length < 4 || input[0] !== 0xFF || input[1] !== 0xD8)
    return refusal(400, 'notJpeg')
  const kept: Uint8Array[] = [input.subarray(0, 2)]
  const removed: string[] = []
  let at = 2
  while (at < input.length) {
    if (input[at] !== 0xFF)
      return refusal(400, 'jpegDamaged', { at })
    // A marker may be preceded by fill bytes 0xFF.
    let markerAt = at
    while (input[markerAt + 1] === 0xFF)
      markerAt += 1
    const marker = input[markerAt + 1]
    if (marker === undefined)
      break
    if (marker === 0xD9) {
      kept.push(input.subarray(markerAt, markerAt + 2))
      return { ok: true, bytes: concat(kept), removed }
    }
    if (markerAt + 3 >= input.length)
      break
    const length = (input[markerAt + 2]! << 8) | input[markerAt + 3]!
    const end = markerAt + 2 + length
    if (length < 2 || end > input.length)
      break
    if (marker === 0xDA) {
      // Start of scan: the image data and every later segment (progressive scans) stay as they are.
      kept.push(input.subarray(markerAt))
      return { ok: true, bytes: concat(kept), removed }
    }
    const name = DROPPED.get(marker)
    if (name)
      removed.push(name)
    else
      kept.push(input.subarray(markerAt, end))
    at = end
  }
  return refusal(400, 'jpegCut')
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

import { describe, expect, it } from 'vitest'
import { jpegWithGps as withMetadata, PLAIN_JPEG as PLAIN } from '../../tests/support/jpeg-fixture.ts'
import { stripJpegMetadata } from './jpeg.ts'

const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'))

describe('stripJpegMetadata', () => {
  it('removes EXIF with its GPS position and the comment, and leaves the image exactly as it was', () => {
    const camera = withMetadata()
    expect(contains(camera, 'Exif')).toBe(true)
    const result = stripJpegMetadata(camera)
    if (!result.ok)
      throw new Error(result.reason)
    expect(result.removed).toEqual(['APP1', 'COM'])
    expect(contains(result.bytes, 'Exif')).toBe(false)
    expect(contains(result.bytes, 'Phone')).toBe(false)
    expect(contains(result.bytes, 'Bord 3')).toBe(false)
    // Without metadata the bytes are the original picture's, byte for byte.
    expect(Buffer.from(result.bytes).equals(Buffer.from(PLAIN))).toBe(true)
  })

  it('keeps a JPEG without metadata as it is', () => {
    expect(stripJpegMetadata(PLAIN)).toEqual({ ok: true, bytes: PLAIN, removed: [] })
  })

  it('refuses what is not a whole JPEG, saying what it is', () => {
    expect(stripJpegMetadata(Uint8Array.from(Buffer.from('\x89PNG\r\n\x1A\n', 'latin1')))).toMatchObject({ ok: false, reason: expect.stringContaining('not a JPEG') })
    expect(stripJpegMetadata(withMetadata().subarray(0, 300))).toMatchObject({ ok: false, reason: expect.stringContaining('cut short') })
  })
})

/** Photos for tests: a plain JPEG, and the same with a camera's EXIF (GPS position) and a comment. */

// An 8×8 JPEG as Chromium's canvas encodes it (JFIF, ICC profile, no EXIF).
export const PLAIN_JPEG = Uint8Array.from(Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAaEAACAgMAAAAAAAAAAAAAAAAAEQQSFCJB/8QAFAEBAAAAAAAAAAAAAAAAAAAAB//EABwRAAEEAwEAAAAAAAAAAAAAAAEDBBExAAIhQf/aAAwDAQACEQMRAD8AkQIeJfe9lxJAAO3btV4qV1zOxs8FCPOViGzZoskdW7fWNBQ6bM+ybOf/2Q==', 'base64'))

/**
 * An EXIF APP1 segment as a phone camera writes it: a TIFF header, IFD0 with a Make tag and
 * a pointer to a GPS IFD holding latitude 56°9'N and longitude 10°12'E (Aarhus).
 */
function exifWithGps(): Uint8Array {
  const tiff: number[] = []
  const u16 = (value: number) => tiff.push(value >> 8, value & 0xFF)
  const u32 = (value: number) => tiff.push(value >>> 24, (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
  const entry = (tag: number, type: number, count: number, value: number) => { u16(tag); u16(type); u32(count); u32(value) }
  tiff.push(0x4D, 0x4D); u16(42); u32(8) // big-endian TIFF, IFD0 at 8
  // IFD0 at 8: 2 entries (12 bytes each) + next-IFD offset → ends at 8 + 2 + 24 + 4 = 38
  u16(2)
  entry(0x010F, 2, 6, 38) // Make "Phone\0" at 38
  entry(0x8825, 4, 1, 44) // GPS IFD at 44
  u32(0)
  tiff.push(...Buffer.from('Phone\0'))
  // GPS IFD at 44: 4 entries → ends at 44 + 2 + 48 + 4 = 98; rationals follow
  u16(4)
  entry(0x0001, 2, 2, 0x4E000000) // GPSLatitudeRef "N"
  entry(0x0002, 5, 3, 98) // GPSLatitude at 98
  entry(0x0003, 2, 2, 0x45000000) // GPSLongitudeRef "E"
  entry(0x0004, 5, 3, 122) // GPSLongitude at 122
  u32(0)
  for (const [n, d] of [[56, 1], [9, 1], [0, 1], [10, 1], [12, 1], [0, 1]]) { u32(n!); u32(d!) }
  const body = [...Buffer.from('Exif\0\0'), ...tiff]
  return Uint8Array.from([0xFF, 0xE1, (body.length + 2) >> 8, (body.length + 2) & 0xFF, ...body])
}

/** The plain JPEG with the EXIF segment and a comment inserted after its JFIF header, as a camera would. */
export function jpegWithGps(): Uint8Array {
  const jfifEnd = 2 + 2 + ((PLAIN_JPEG[4]! << 8) | PLAIN_JPEG[5]!)
  const comment = [0xFF, 0xFE, 0x00, 0x0B, ...Buffer.from('Bord 3 :)')]
  return Uint8Array.from([...PLAIN_JPEG.subarray(0, jfifEnd), ...exifWithGps(), ...comment, ...PLAIN_JPEG.subarray(jfifEnd)])
}

/** The JPEG grown to about `size` bytes with APP15 segments (kept by the stripping): a photo over the 64 KB body limit. */
export function paddedJpeg(jpeg: Uint8Array, size: number): Uint8Array {
  const segments: number[] = []
  while (jpeg.length + segments.length < size) {
    const length = Math.min(65_535, size - jpeg.length - segments.length)
    segments.push(0xFF, 0xEF, length >> 8, length & 0xFF, ...new Array<number>(length - 2).fill(0x20))
  }
  return Uint8Array.from([...jpeg.subarray(0, 2), ...segments, ...jpeg.subarray(2)])
}

import { inflateRawSync } from 'node:zlib'

export interface ZipContent { name: string, data: Buffer, crc: number }

/**
 * The entries of a ZIP archive, read from its central directory the way unzip tools do
 * (end record, then each entry's local header): enough to check what `seminar handouts` zips.
 */
export function readZip(zip: Buffer): ZipContent[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4B, 0x05, 0x06]))
  if (end === -1)
    throw new Error('no end of central directory record')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries: ZipContent[] = []
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014B50)
      throw new Error(`central directory entry ${index} has a bad signature`)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressedSize = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    const local = zip.readUInt32LE(at + 42)
    if (zip.readUInt32LE(local) !== 0x04034B50)
      throw new Error(`${name}: bad local header`)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const raw = zip.subarray(start, start + compressedSize)
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw)
    if (data.length !== size)
      throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`)
    entries.push({ name, data, crc })
    at += 46 + skip
  }
  return entries
}

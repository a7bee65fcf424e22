import { crc32, deflateRawSync } from 'node:zlib'

// A ZIP archive (PKWARE APPNOTE 6.3, the subset every unzip reads): deflated entries with
// UTF-8 names and a date given, not the clock's, so the same files always give the same
// bytes (contract §3). The CRC-32 is Node's own (node:zlib, from Node 20.15).

export { crc32 }

/** An ISO day "2019-02-22" as an MS-DOS date (from 1980 on), at midnight. */
function dosDate(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return (Math.max(0, year - 1980) << 9) | (month << 5) | day
}
/** Bit 11: the name is UTF-8 ("Søren.pdf"). */
const UTF8_NAMES = 0x0800
const DEFLATE = 8

export interface ZipEntry {
  name: string
  data: Uint8Array
}

/** A ZIP archive of `entries`, in order, each dated `day` (YYYY-MM-DD). Sizes stay below 4 GB per file and in all (no ZIP64). */
export function zipFiles(entries: readonly ZipEntry[], day: string): Buffer {
  const date = dosDate(day)
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const compressed = deflateRawSync(entry.data)
    const crc = crc32(entry.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034B50, 0)
    local.writeUInt16LE(20, 4) // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6)
    local.writeUInt16LE(DEFLATE, 8)
    local.writeUInt16LE(0, 10) // midnight
    local.writeUInt16LE(date, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(compressed.length, 18)
    local.writeUInt32LE(entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014B50, 0)
    // Made by Unix, 2.0: unzip then trusts the UTF-8 flag (for MS-DOS it reads names as CP437).
    central.writeUInt16LE((3 << 8) | 20, 4)
    local.copy(central, 6, 4, 28) // version needed … name length, as in the local header
    central.writeUInt32LE(0o100644 << 16 >>> 0, 38) // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42) // extra, comment and disk stay 0
    locals.push(local, name, compressed)
    centrals.push(central, name)
    offset += local.length + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054B50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

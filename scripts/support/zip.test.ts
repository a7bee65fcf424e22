import { describe, expect, it } from 'vitest'
import { readZip } from '../../tests/support/zip.ts'
import { crc32, zipFiles } from './zip.ts'

describe('zipFiles', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xCBF43926)
    expect(crc32(new Uint8Array())).toBe(0)
  })

  it('stores every entry under its UTF-8 name, deflated, with its CRC, and reads back byte for byte', () => {
    const entries = [
      { name: 'Søren Østergaard.pdf', data: new TextEncoder().encode('%PDF-1.4 '.repeat(200)) },
      { name: 'Åse.pdf', data: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251) },
      { name: 'empty.pdf', data: new Uint8Array() },
    ]
    const zip = zipFiles(entries, '2019-02-22')
    const read = readZip(zip)
    expect(read.map(entry => entry.name)).toEqual(entries.map(entry => entry.name))
    read.forEach((entry, index) => {
      expect(entry.data.equals(Buffer.from(entries[index]!.data))).toBe(true)
      expect(entry.crc).toBe(crc32(entries[index]!.data))
    })
    // Repetitive content shrinks: the entries really are deflated.
    expect(zip.length).toBeLessThan(1800 + 5000)
    // Flag bit 11 (UTF-8 names) on the first local header.
    expect(zip.readUInt16LE(6) & 0x0800).toBe(0x0800)
    // Dated the day given: 2019-02-22 in MS-DOS form.
    expect(zip.readUInt16LE(12)).toBe((39 << 9) | (2 << 5) | 22)
  })

  it('gives the same bytes for the same files', () => {
    const entries = [{ name: 'a.pdf', data: new TextEncoder().encode('a') }]
    expect(zipFiles(entries, '2019-02-22').equals(zipFiles(entries, '2019-02-22'))).toBe(true)
  })
})

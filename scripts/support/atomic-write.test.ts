import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { commitFiles, replaceDirectory, writeFileAtomic } from './atomic-write.ts'

let dir: string
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'seminarkit-files-')))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('commitFiles', () => {
  it('writes every file', async () => {
    fresh()
    await commitFiles([{ path: join(dir, 'a.pdf'), data: 'A' }, { path: join(dir, 'out', 'b.pdf'), data: new Uint8Array([66]) }])
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('A')
    expect(readFileSync(join(dir, 'out', 'b.pdf'), 'utf8')).toBe('B')
  })

  it('changes nothing and leaves no temporary file when one file cannot be written', async () => {
    fresh()
    writeFileSync(join(dir, 'a.pdf'), 'old')
    writeFileSync(join(dir, 'blocker'), '') // a file where a folder is needed
    await expect(commitFiles([{ path: join(dir, 'a.pdf'), data: 'new' }, { path: join(dir, 'blocker', 'b.pdf'), data: 'B' }])).rejects.toThrow()
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('old')
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'blocker'])
  })
})

describe('writeFileAtomic', () => {
  it('leaves no temporary file when the target is a folder (the rename fails)', async () => {
    fresh()
    mkdirSync(join(dir, 'badges.pdf'))
    await expect(writeFileAtomic(join(dir, 'badges.pdf'), 'PDF')).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['badges.pdf'])
    expect(readdirSync(join(dir, 'badges.pdf'))).toEqual([])
  })
})

describe('replaceDirectory', () => {
  it('swaps in the new folder for the old one', async () => {
    fresh()
    mkdirSync(join(dir, 'deck'))
    writeFileSync(join(dir, 'deck', 'stale.html'), '')
    await replaceDirectory(join(dir, 'deck'), async target => writeFileSync(join(target, 'index.html'), 'new'))
    expect(readdirSync(join(dir, 'deck'))).toEqual(['index.html'])
    expect(readdirSync(dir)).toEqual(['deck'])
  })

  it('keeps the old folder and no half-written one when filling fails', async () => {
    fresh()
    mkdirSync(join(dir, 'deck'))
    writeFileSync(join(dir, 'deck', 'index.html'), 'old')
    await expect(replaceDirectory(join(dir, 'deck'), async (target) => {
      writeFileSync(join(target, 'index.html'), 'half')
      throw new Error('render failed')
    })).rejects.toThrow('render failed')
    expect(readFileSync(join(dir, 'deck', 'index.html'), 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['deck'])
  })
})

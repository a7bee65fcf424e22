import { describe, expect, it } from 'vitest'
import { printable } from '../../lib/errors.ts'
import { failLine } from './main.ts'

describe('failLine: an unexpected error as one terminal-safe line', () => {
  it('names the operation, path and reason of a file-system error', () => {
    const error = Object.assign(new Error('EISDIR: illegal operation on a directory, rename \'/tmp/x.tmp\' -> \'/tmp/out\''), { code: 'EISDIR', syscall: 'rename', path: '/tmp/x.tmp' })
    expect(failLine('badges', error)).toBe('seminar badges: cannot rename /tmp/x.tmp (EISDIR)')
  })

  it('keeps only the first line of any other error, never its stack', () => {
    const error = new Error('page.setContent: Timeout 30000ms exceeded.\nCall log:\n  - navigating')
    expect(failLine('tables', error)).toBe('seminar tables: page.setContent: Timeout 30000ms exceeded.')
    expect(failLine(undefined, 'a thrown string')).toBe('seminar: a thrown string')
  })

  it('escapes control and bidi characters instead of printing them', () => {
    expect(failLine('teams', new Error('bad \u001B[2J\u0000 name \u202Eevil'))).toBe('seminar teams: bad \\u001B[2J\\u0000 name \\u202Eevil')
    expect(printable('Åse Lund – ok')).toBe('Åse Lund – ok')
  })
})

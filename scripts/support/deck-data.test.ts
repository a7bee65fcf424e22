import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InputError } from '../../lib/errors.ts'
import { buildDeckData, evaluateModule, plainData, slidesNameForum } from './deck-data.ts'

const MINI = resolve('tests/fixtures/decks/mini')
const built = await buildDeckData(MINI, { names: false })
const csv = (path: string) => readFileSync(join(MINI, path), 'utf8')

describe('buildDeckData', () => {
  it('gives the participants with only name and department', () => {
    const lines = csv('participants.csv').trim().split('\n').slice(1).map(line => line.split(','))
    expect(built.data.participants).toEqual(lines.map(([name, department]) => ({ name, department })))
  })

  it('gives the sample survey as figures and a diagram with no name, no member id and no CSV line', () => {
    const network = JSON.stringify(built.data.network)
    for (const line of csv('network/members.csv').trim().split('\n').slice(1)) {
      const [id, name] = line.split(',')
      expect(network).not.toContain(name)
      expect(network).not.toContain(`"${id}"`)
    }
    for (const line of csv('network/relations.csv').trim().split('\n').slice(1))
      expect(network).not.toContain(line)
    expect(built.data.network!.named).toBeNull()
    expect(built.data.network!.forum.figures).toMatchObject({ members: 40, articulationPoints: 0 })
    expect(built.data.network!.forum.diagram.nodes).toHaveLength(40)
  })

  it('names the diagram\'s members only when a slide asks', async () => {
    const named = await buildDeckData(MINI, { names: true })
    expect(named.data.network!.named!.diagram.nodes.map(node => node.name)).toContain('Anders Pedersen')
    expect(slidesNameForum('<NetworkDiagram :anonymous="false" caption="x" />')).toBe(true)
    expect(slidesNameForum('<NetworkDiagram caption="x" />\n<NetworkDiagram source="broker" :anonymous="false" />')).toBe(false)
  })

  it('renders the markdown of the deck\'s texts and watches every file it read', () => {
    expect(built.data.markdown['Hvornår arbejder du **grænsekrydsende**?']).toBe('Hvornår arbejder du <strong>grænsekrydsende</strong>?')
    expect(built.dependencies).toEqual(expect.arrayContaining([join(MINI, 'participants.csv'), join(MINI, 'network/relations.csv')]))
  })
})

describe('a data module for the browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seminarkit-module-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('that does not validate is an error naming file, line and what was expected', async () => {
    const file = join(dir, 'seminar.ts')
    writeFileSync(file, [
      `import { defineData } from '${resolve('lib/schema/define.ts')}'`,
      `import { SeminarSchema } from '${resolve('lib/schema/seminar.ts')}'`,
      'export const seminar = defineData(SeminarSchema, {',
      '  title: \'Dag\', organisation: \'Org\', forum: \'Forum\', place: \'Her\',',
      '  date: \'22-02-2019\',',
      '})',
    ].join('\n'))
    const error = await evaluateModule(file).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems[0]).toMatchObject({ line: 5, column: 'date', found: '22-02-2019' })
  })

  it('must be plain data', () => {
    expect(plainData({ a: [1, 'x', null], b: undefined }, 'goals')).toBe('{"a":[1,"x",null]}')
    expect(() => plainData({ check: () => true }, 'goals')).toThrow('goals.check: expected plain data (text, numbers, lists, objects) for the browser, found function')
    expect(() => plainData({ when: new Map() }, 'goals')).toThrow('goals.when: expected plain data (text, numbers, lists, objects) for the browser, found Map')
  })
})

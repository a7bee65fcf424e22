import { describe, expect, it } from 'vitest'
import { withStableNodeIds } from './render-pdf.ts'

describe('withStableNodeIds', () => {
  const pdf = (a: number, b: number) => Buffer.from(`<</S /TH /ID (node${String(a).padStart(8, '0')})>>\n<</S /TD /A [<</Headers [(node${String(a).padStart(8, '0')})]>>]>>\n<</Names [(node${String(a).padStart(8, '0')}) 5 0 R (node${String(b).padStart(8, '0')}) 6 0 R]>>`, 'latin1')

  it('gives the same bytes whatever node ids Chromium handed out, keeping order, references and length', () => {
    const first = withStableNodeIds(pdf(342, 351))
    const second = withStableNodeIds(pdf(1340, 1349))
    expect(first.equals(second)).toBe(true)
    expect(first.length).toBe(pdf(342, 351).length)
    expect(first.toString('latin1')).toBe(pdf(1, 2).toString('latin1'))
  })

  it('leaves a PDF without node ids alone', () => {
    const plain = Buffer.from('%PDF-1.4 (nodes) (node123)', 'latin1')
    expect(withStableNodeIds(plain)).toBe(plain)
  })
})

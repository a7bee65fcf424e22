import type { Page } from 'playwright-core'

/** The smallest text a room reads from the back, in px of a 1920-px slide. */
export const MIN_TEXT_PX = 28

/**
 * Marks text the room need not read from the back: a figure's caption, a footer, a
 * control. Put `data-small-text="caption"` (or `footer`, `control`) on the element.
 */
export const SMALL_TEXT_ATTRIBUTE = 'data-small-text'

export interface SmallText {
  /** Rendered size in px of a 1920-px slide, rounded to 0.1. */
  px: number
  text: string
}

/**
 * Every visible text of slide `no` (the copy on screen) rendered smaller than `min` px,
 * measured as it lands on the slide: the computed font size times the scale of CSS
 * transforms and SVG viewBoxes between the text and the slide.
 */
export async function smallTexts(page: Page, no: number, min = MIN_TEXT_PX): Promise<SmallText[]> {
  return page.evaluate(({ no, min, attribute }) => {
    const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${no}`)].find(element => element.checkVisibility())
    if (!slide)
      throw new Error(`slide ${no} is not on screen`)
    const slideScale = slide.getBoundingClientRect().width / slide.offsetWidth
    const found: { px: number, text: string }[] = []
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? ''
      const element = node.parentElement
      if (!text || !element || element.closest(`[${attribute}]`))
        continue
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const box = range.getBoundingClientRect()
      if (box.width === 0 || box.height === 0)
        continue
      const fontSize = Number.parseFloat(getComputedStyle(element).fontSize)
      let scale: number
      if (element instanceof SVGGraphicsElement) {
        const ctm = element.getScreenCTM()
        scale = ctm ? Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c)) : 1
      }
      else {
        // The CSS transforms and zooms between the text and the slide.
        scale = slideScale
        for (let at: Element | null = element; at && at !== slide; at = at.parentElement) {
          const style = getComputedStyle(at)
          if (style.transform !== 'none') {
            const matrix = new DOMMatrix(style.transform)
            scale *= Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c))
          }
          scale *= Number.parseFloat(style.zoom) || 1
        }
      }
      const px = Math.round(fontSize * scale / slideScale * 10) / 10
      if (px < min - 0.05)
        found.push({ px, text: text.slice(0, 60) })
    }
    return found
  }, { no, min, attribute: SMALL_TEXT_ATTRIBUTE })
}

/** The font sizes (px) of the bullet points of slide `no` (the copy on screen), each once. */
export async function bulletSizes(page: Page, no: number): Promise<number[]> {
  return page.evaluate((no) => {
    const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${no}`)].find(element => element.checkVisibility())
    const sizes = [...slide?.querySelectorAll<HTMLElement>('.bullets li') ?? []].map(li => Number.parseFloat(getComputedStyle(li).fontSize))
    return [...new Set(sizes)]
  }, no)
}

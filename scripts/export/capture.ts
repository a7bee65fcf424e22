import type { Page } from 'playwright-core'

export interface CapturedDeck {
  /** Each stylesheet's rules and the URL its relative `url(...)`s resolve against. */
  styles: { css: string, base: string }[]
  /** Each slide's rendered DOM (`.print-slide-container`), in order. */
  slides: string[]
  /** Classes Slidev put on <html> and <body>; some of its CSS is scoped under them. */
  htmlClass: string
  bodyClass: string
}

/** The print view's DOM after render: what Chromium would print, as HTML and CSS. */
export async function captureDeck(page: Page): Promise<CapturedDeck> {
  return page.evaluate(() => {
    const styles = [...document.styleSheets].flatMap((sheet) => {
      try {
        return [{ css: [...sheet.cssRules].map(rule => rule.cssText).join('\n'), base: sheet.href ?? document.baseURI }]
      }
      catch {
        return [] // a cross-origin sheet: the deck has none (fonts are bundled)
      }
    })
    const slides = [...document.querySelectorAll<HTMLElement>('.print-slide-container')].map((container) => {
      const copy = container.cloneNode(true) as HTMLElement
      copy.querySelectorAll('script, noscript').forEach(node => node.remove())
      // reveal.js takes every <section> for a slide of its own; inside a slide they become <div>s.
      copy.querySelectorAll('section').forEach((section) => {
        const div = document.createElement('div')
        for (const attribute of section.attributes)
          div.setAttribute(attribute.name, attribute.value)
        div.append(...section.childNodes)
        section.replaceWith(div)
      })
      // Relative references resolve against the dev server; make them absolute for the rewrite.
      copy.querySelectorAll<HTMLImageElement>('img[src]').forEach((img) => { img.setAttribute('src', img.src) })
      return copy.outerHTML
    })
    return { styles, slides, htmlClass: document.documentElement.className, bodyClass: document.body.className }
  })
}

/** Name badges on A4 (contract §3): 2 × 4 badges of 90 × 55 mm per sheet, fronts and backs interleaved. */
export const BADGE = { width: 90, height: 55, columns: 2, rows: 4 } as const
export const A4 = { width: 210, height: 297 } as const
export const BADGES_PER_PAGE = BADGE.columns * BADGE.rows

/** Where the badge grid starts on the page, centred, in mm. */
export const GRID_ORIGIN = {
  x: (A4.width - BADGE.columns * BADGE.width) / 2,
  y: (A4.height - BADGE.rows * BADGE.height) / 2,
} as const

export interface Slot<T> {
  item: T
  row: number
  column: number
}

export interface Sheet<T> {
  side: 'front' | 'back'
  slots: Slot<T>[]
}

/**
 * Pages for duplex printing: each front page is followed by its back page. Printing on the
 * long edge turns the sheet over left to right, so a back page puts each badge in the
 * mirrored column of the same row and the back lands behind its own front.
 */
export function badgeSheets<T>(items: readonly T[]): Sheet<T>[] {
  const sheets: Sheet<T>[] = []
  for (let start = 0; start < items.length; start += BADGES_PER_PAGE) {
    const page = items.slice(start, start + BADGES_PER_PAGE)
    const place = (mirror: boolean) => page.map((item, index) => {
      const column = index % BADGE.columns
      return { item, row: Math.floor(index / BADGE.columns), column: mirror ? BADGE.columns - 1 - column : column }
    })
    sheets.push({ side: 'front', slots: place(false) }, { side: 'back', slots: place(true) })
  }
  return sheets
}

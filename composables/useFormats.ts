import { formats, type Formats } from '../lib/i18n/format.ts'
import { useDeck } from './useDeck.ts'

/** Dates, times and numbers in the deck's language (lib/i18n/format.ts). */
export function useFormats(): Formats {
  return formats(useDeck().language)
}

import { useI18n } from 'vue-i18n'
import type { Refusal } from '../lib/live/refusal.ts'

/**
 * A refusal as a person reads it: its code's message in the deck's language
 * (lib/i18n/messages.ts `refusal`), or the server's English reason for a code this page
 * does not know (a server newer than the page).
 */
export function useRefusalText(): (refused: Pick<Refusal, 'code' | 'params' | 'reason'>) => string {
  const { t, te } = useI18n()
  return refused => te(`refusal.${refused.code}`) ? t(`refusal.${refused.code}`, refused.params ?? {}) : refused.reason
}

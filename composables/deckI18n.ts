import { createI18n } from 'vue-i18n'
import { messages, type Language } from '../lib/i18n/messages.ts'

/** vue-i18n over the shared catalogue (lib/i18n/messages.ts), in the deck's language. */
export function createDeckI18n(language: Language) {
  return createI18n({ legacy: false, locale: language, fallbackLocale: language, messages })
}

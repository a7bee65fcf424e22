import { createI18n, type MessageContext } from 'vue-i18n'
import { messages, type Language } from '../lib/i18n/messages.ts'
import { fill } from '../lib/i18n/translate.ts'

type MessageTree = { [key: string]: MessageTree | ((context: MessageContext) => string) }

/**
 * The catalogue as message functions, the form vue-i18n's runtime-only build reads, so its
 * message compiler never ships (scripts/support/vue-i18n-runtime.ts). The catalogue holds
 * only `{name}` placeholders: `fill` is all the compiling a message needs, here as in Node.
 */
function messageFunctions(tree: object): MessageTree {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [
    key,
    typeof value === 'string' ? (context: MessageContext) => fill(value, name => context.named(name) as string | number | undefined) : messageFunctions(value as object),
  ]))
}

/** vue-i18n over the shared catalogue (lib/i18n/messages.ts), in the deck's language. */
export function createDeckI18n(language: Language) {
  return createI18n({
    legacy: false,
    locale: language,
    fallbackLocale: language,
    messages: { da: messageFunctions(messages.da), en: messageFunctions(messages.en) },
  })
}

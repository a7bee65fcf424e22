import type { Plugin } from 'vite'

/**
 * vue-i18n's runtime-only build, without the message compiler or the legacy API: the deck
 * hands it message functions (composables/deckI18n.ts). Used by every build of our client
 * code: the deck (vite.config.ts), the phone app and the component tests.
 */
export function vueI18nRuntime(): Plugin {
  return {
    name: 'seminarkit:vue-i18n-runtime',
    config: () => ({
      resolve: { alias: [{ find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.mjs' }] },
      define: {
        __VUE_I18N_FULL_INSTALL__: 'false',
        __VUE_I18N_LEGACY_API__: 'false',
        __INTLIFY_PROD_DEVTOOLS__: 'false',
        __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
      },
    }),
  }
}

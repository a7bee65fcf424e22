// The slice of @slidev/client's public API (its index.ts) that seminarkit uses. The
// package ships TypeScript source written for Slidev's own build flags: TypeScript checks
// every .ts file a program imports (skipLibCheck only skips .d.ts), and Slidev's source
// has some 65 errors under our strict settings, so tsconfig maps the import here instead.
// Vite still resolves the real package; adapters/slidev.test.ts fails when a name here
// is no longer part of Slidev's public API.
declare module '@slidev/client' {
  import type { ComputedRef, Ref } from 'vue'

  export interface SlidevNav {
    currentPage: ComputedRef<number>
    total: ComputedRef<number>
    isPrintMode: ComputedRef<boolean>
    isPresenter: ComputedRef<boolean>
    isEmbedded: ComputedRef<boolean>
    next: () => Promise<void>
    prev: () => Promise<void>
    go: (no: number | string, clicks?: number) => Promise<void>
    /** The slide on screen; `meta.slide.frontmatter` holds its frontmatter. */
    currentSlideRoute: ComputedRef<{ no: number, meta?: { slide?: { frontmatter: Record<string, unknown> } } }>
  }
  export function useNav(): SlidevNav

  export const configs: {
    remote?: string | boolean
    title: string
    [key: string]: unknown
  }

  export function useSlideContext(): {
    $frontmatter: Record<string, unknown>
    $page: Ref<number>
    $renderContext: Ref<string>
  }

  /** True while this slide is the current one (also in print/export). Needs a slide context. */
  export function useIsSlideActive(): ComputedRef<boolean>
}

// Slidev's shared position of the presentation (its SharedState in state/shared.ts), the one
// server-ref key seminarkit reads: composables/useNavSyncMute.ts.
declare module 'server-reactive:nav' {
  const nav: {
    page: number
    clicks: number
    /** Set once any view has moved the presentation. */
    lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
  }
  export default nav
}

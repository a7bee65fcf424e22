/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

// The live state as the dev server had it when the page loaded; null in a static build.
declare module 'virtual:seminarkit/live' {
  import type { LiveSnapshot } from './lib/live/state.ts'
  const snapshot: LiveSnapshot | null
  export default snapshot
}

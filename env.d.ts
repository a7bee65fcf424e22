/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

// The live state as the dev server had it when the page loaded; null in a static build.
// `socket`: what a page without Vite's client (the phone app) needs to hear the server.
declare module 'virtual:seminarkit/live' {
  import type { LiveSnapshot } from './lib/live/state.ts'
  const snapshot: LiveSnapshot | null
  export default snapshot
  export const socket: { token: string } | null
}

import type {} from '@slidev/types'
import { defineConfig } from 'vite'

// Slidev loads this file from the repository root for every deck (the root is a local addon).
export default defineConfig({
  optimizeDeps: {
    // Pre-bundle up front so the first visit to a slide never triggers a dependency reload.
    include: ['markdown-it', 'zod', 'd3-force', 'pure-rand', 'uqr', 'graphology', 'graphology-metrics'],
  },
})

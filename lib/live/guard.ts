import { refusal, type Refusal } from './refusal.ts'

/**
 * The first checks on anything a client sends, before it is parsed into a command:
 * size, JSON, and keys that would reach an object's prototype. Pure, so the dev server's
 * middleware and the tests share them.
 */

/** Largest request body the dev server reads (contract §5); photo uploads have their own route. */
export const MAX_BODY_BYTES = 64 * 1024

/** Keys that reach a prototype when a careless merge assigns them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Deeper than any state or command of ours; a deeper body is refused before it is walked. */
const MAX_DEPTH = 32

export type BodyCheck = { ok: true, value: unknown } | Refusal

/** The path of the first forbidden key, or of the first level past MAX_DEPTH; undefined when clean. */
export function forbiddenPath(value: unknown, path = '$', depth = 0): string | undefined {
  if (value === null || typeof value !== 'object')
    return undefined
  if (depth >= MAX_DEPTH)
    return `${path} (nested deeper than ${MAX_DEPTH} levels)`
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key))
      return `${path}.${key}`
    // A key such as "__proto__.ssr" is a path to vite-plugin-vue-server-ref.
    if (key.split('.').some(part => FORBIDDEN_KEYS.has(part)))
      return `${path}["${key}"]`
    const found = forbiddenPath((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1)
    if (found)
      return found
  }
  return undefined
}

/** Parses a request body as JSON and refuses anything that could reach a prototype. */
export function checkJsonBody(text: string): BodyCheck {
  if (text.length === 0)
    return refusal(400, 'malformed', { where: 'body', problem: 'expected JSON, got nothing' })
  let value: unknown
  try {
    value = JSON.parse(text)
  }
  catch (error) {
    return refusal(400, 'malformed', { where: 'body', problem: `expected JSON: ${(error as Error).message}` })
  }
  const forbidden = forbiddenPath(value)
  if (forbidden)
    return refusal(400, 'forbiddenKey', { where: forbidden })
  return { ok: true, value }
}

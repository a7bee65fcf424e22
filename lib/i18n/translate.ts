import { messages, type Language, type Messages } from './messages.ts'

/** Dotted paths of the catalogue's messages: "countdown.start". */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & (string | number)]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>
}[keyof T & (string | number)]
export type MessageKey = Paths<Messages>

export type Params = Record<string, string | number>

/** A message with its `{name}` placeholders filled in: for Node-side print templates and pure lib code. */
export function translate(language: Language, key: MessageKey, params: Params = {}): string {
  let value: unknown = messages[language]
  for (const part of key.split('.'))
    value = (value as Record<string, unknown> | undefined)?.[part]
  if (typeof value !== 'string')
    throw new Error(`No message "${key}" in language "${language}"`)
  return fill(value, name => params[name])
}

/** A message's `{name}` placeholders filled from `value`; one it has no value for stays as written. */
export function fill(message: string, value: (name: string) => string | number | undefined): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(value(name) ?? placeholder))
}

/** `translate` bound to one language, the shape lib functions take. */
export type Translate = (key: MessageKey, params?: Params) => string

export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params)
}

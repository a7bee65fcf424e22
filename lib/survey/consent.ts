// Apart from lib/survey/survey.ts, which analyses the answers: the phone needs only this.

/** Fills the consent text's placeholders: the gate as a percentage, the deletion date in the deck's words. */
export function consentText(text: string, values: { gate: string, deleteBy: string }): string {
  return text.replaceAll('{gate}', values.gate).replaceAll('{deleteBy}', values.deleteBy)
}

// Apart from survey.ts, so the survey page does not load the schemas and the analysis.
/** Fills the consent text's placeholders: the gate as a percentage, the deletion date in the deck's words. */
export function consentText(text: string, values: { gate: string, deleteBy: string }): string {
  return text.replaceAll('{gate}', values.gate).replaceAll('{deleteBy}', values.deleteBy)
}

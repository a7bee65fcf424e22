/**
 * A client's clock may be minutes off (a phone set by hand). As in NTP, each sample
 * brackets the server's reading between the moment the request left and the moment
 * the answer came back; the server read its clock about halfway, so
 * offset = server − (sent + received) / 2, to within half the round trip.
 */
export interface ClockSample {
  /** Client clock when the request left. */
  sentAt: number
  /** Server clock in the answer. */
  serverNow: number
  /** Client clock when the answer arrived. */
  receivedAt: number
}

export interface ClockOffset {
  /** Add to the client's clock to get the server's. */
  offsetMs: number
  /** Half the round trip of the sample used: the error can be no larger. */
  uncertaintyMs: number
}

/** The estimate from the sample with the shortest round trip, the least disturbed one. */
export function estimateOffset(samples: readonly ClockSample[]): ClockOffset | undefined {
  let best: ClockSample | undefined
  for (const sample of samples) {
    if (sample.receivedAt < sample.sentAt)
      continue // the client's clock jumped during the request
    if (!best || sample.receivedAt - sample.sentAt < best.receivedAt - best.sentAt)
      best = sample
  }
  if (!best)
    return undefined
  return {
    offsetMs: Math.round(best.serverNow - (best.sentAt + best.receivedAt) / 2),
    uncertaintyMs: (best.receivedAt - best.sentAt) / 2,
  }
}

/**
 * "9:59" while counting down, "+1:23" in overtime. The countdown rounds up, so a timer
 * shows "10:00" at its start and "0:00" only at zero; overtime rounds down, so "+0:01"
 * appears one second after zero.
 */
export function formatRemaining(remainingMs: number): string {
  if (remainingMs > 0)
    return clock(Math.ceil(remainingMs / 1000))
  const over = Math.floor(-remainingMs / 1000)
  return over === 0 ? clock(0) : `+${clock(over)}`
}

function clock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = String(totalSeconds % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

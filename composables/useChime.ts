let context: AudioContext | undefined

/**
 * A soft two-note chime from Web Audio (no sound file, works offline). Browsers only
 * allow sound after the user has touched the page, so a view nobody has touched stays
 * silent; that is why the chime is opt-in per view.
 */
export function playChime(): void {
  if (typeof AudioContext === 'undefined')
    return
  context ??= new AudioContext()
  const audio = context
  void audio.resume().then(() => {
    const start = audio.currentTime
    ;[880, 660].forEach((frequency, index) => {
      const at = start + index * 0.35
      const oscillator = audio.createOscillator()
      const gain = audio.createGain()
      oscillator.type = 'sine'
      oscillator.frequency.value = frequency
      gain.gain.setValueAtTime(0.0001, at)
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02)
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6)
      oscillator.connect(gain).connect(audio.destination)
      oscillator.start(at)
      oscillator.stop(at + 0.65)
    })
  }).catch(() => {})
}

/**
 * The waveform's bars: the loudest sample (0..1) in each of `bars` equal slices of the audio,
 * scaled so the loudest bar is full height. Quiet recordings still show their shape.
 */
export function waveformPeaks(samples: Float32Array, bars: number): number[] {
  if (bars <= 0 || samples.length === 0) return [];
  const peaks = new Array<number>(bars).fill(0);
  const perBar = samples.length / bars;
  for (let bar = 0; bar < bars; bar++) {
    const end = Math.min(samples.length, Math.floor((bar + 1) * perBar));
    let peak = 0;
    for (let i = Math.floor(bar * perBar); i < end; i++) {
      const value = Math.abs(samples[i]!);
      if (value > peak) peak = value;
    }
    peaks[bar] = peak;
  }
  const loudest = Math.max(...peaks);
  return loudest > 0 ? peaks.map((p) => p / loudest) : peaks;
}

/** Where a click or key lands on a waveform of `duration` seconds, clamped to the recording. */
export function seekTime(fraction: number, duration: number): number {
  if (!Number.isFinite(duration) || duration <= 0) return 0;
  return Math.min(duration, Math.max(0, fraction * duration));
}

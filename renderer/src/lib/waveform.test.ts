import { describe, expect, it } from 'vitest';
import { seekTime, waveformPeaks } from './waveform';

describe('waveformPeaks', () => {
  it('takes the loudest sample of each slice, scaled to the loudest bar', () => {
    const samples = new Float32Array([0.1, -0.2, 0.05, 0.4, -0.1, 0.0, 0.2, -0.1]);
    expect(waveformPeaks(samples, 4)).toEqual([0.5, 1, 0.25, 0.5]);
  });

  it('handles more bars than samples, silence and nothing', () => {
    expect(waveformPeaks(new Float32Array([0.5]), 2)).toEqual([0, 1]);
    expect(waveformPeaks(new Float32Array(4), 2)).toEqual([0, 0]);
    expect(waveformPeaks(new Float32Array(), 3)).toEqual([]);
  });
});

describe('seekTime', () => {
  it('maps a fraction to seconds, clamped', () => {
    expect(seekTime(0.25, 8)).toBe(2);
    expect(seekTime(-1, 8)).toBe(0);
    expect(seekTime(2, 8)).toBe(8);
    expect(seekTime(0.5, Number.NaN)).toBe(0);
  });
});

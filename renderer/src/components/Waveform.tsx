import type { KeyboardEvent, MouseEvent } from 'react';
import { cn } from '../lib/cn';
import { formatDuration } from '../lib/format';
import { seekTime } from '../lib/waveform';

interface WaveformProps {
  peaks: number[];
  duration: number;
  currentTime: number;
  onSeek(seconds: number): void;
}

/** The recording's shape; also its seek bar (click, or arrow keys by 5 seconds). */
export function Waveform({ peaks, duration, currentTime, onSeek }: WaveformProps) {
  const progress = duration > 0 ? currentTime / duration : 0;
  const seekTo = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onSeek(seekTime((event.clientX - box.left) / box.width, duration));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowLeft: currentTime - 5, ArrowRight: currentTime + 5, Home: 0, End: duration };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onSeek(seekTime(target / (duration || 1), duration));
  };

  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label="Seek"
      aria-valuemin={0}
      aria-valuemax={Math.round(duration)}
      aria-valuenow={Math.round(currentTime)}
      aria-valuetext={`${formatDuration(currentTime)} of ${formatDuration(duration)}`}
      onClick={seekTo}
      onKeyDown={onKeyDown}
      data-testid="waveform"
      className="flex h-14 w-full cursor-pointer items-center gap-[2px] rounded-md focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      {peaks.map((peak, i) => (
        <span
          key={i}
          className={cn('flex-1 rounded-full transition-colors', i / peaks.length < progress ? 'bg-blue-600' : 'bg-slate-300')}
          style={{ height: `${Math.max(8, peak * 100)}%` }}
        />
      ))}
    </div>
  );
}

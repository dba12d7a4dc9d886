import { Download, Pause, Play } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { errorMessage } from '../lib/errors';
import { formatDuration } from '../lib/format';
import { waveformPeaks } from '../lib/waveform';
import { Button } from './ui/button';
import { Select } from './ui/select';
import { Skeleton } from './ui/skeleton';
import { ErrorState } from './ui/states';
import { Waveform } from './Waveform';

const speeds = [0.75, 1, 1.25, 1.5, 2];
const bars = 96;

interface Loaded {
  url: string;
  fileName: string;
  peaks: number[];
}

/**
 * The call's recording, fetched once through the API (over IPC in the desktop app) and played
 * from memory: seeking works without range requests, and the same bytes draw the waveform.
 */
export function RecordingPlayer({ callId, downloadName }: { callId: string; downloadName: string }) {
  const audio = useRef<HTMLAudioElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const [speed, setSpeed] = useState(1);

  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    setLoaded(null);
    setError(null);
    (async () => {
      const recording = await api.getRecording({ id: callId });
      const bytes = new Uint8Array(recording.bytes);
      const peaks = await decodePeaks(bytes.slice().buffer);
      if (cancelled) return;
      url = URL.createObjectURL(new Blob([bytes], { type: recording.contentType }));
      const extension = recording.fileName.split('.').pop() ?? 'wav';
      setLoaded({ url, fileName: `${downloadName}.${extension}`, peaks });
    })().catch((e: unknown) => !cancelled && setError(errorMessage(e)));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [callId, downloadName, attempt]);

  useEffect(() => {
    if (audio.current) audio.current.playbackRate = speed;
  }, [speed, loaded]);

  const toggle = useCallback(() => {
    const element = audio.current;
    if (!element) return;
    if (element.paused) void element.play().catch((e: unknown) => setError(errorMessage(e)));
    else element.pause();
  }, []);

  const seek = (seconds: number) => {
    if (audio.current) audio.current.currentTime = seconds;
    setTime(seconds);
  };

  if (error)
    return (
      <ErrorState
        message={`The recording could not be played: ${error}`}
        onRetry={() => setAttempt((n) => n + 1)}
        className="py-4"
      />
    );
  if (!loaded) return <Skeleton className="h-24 w-full" />;

  return (
    <div className="space-y-3" aria-label="Recording" role="group">
      <audio
        ref={audio}
        src={loaded.url}
        preload="auto"
        data-testid="recording-audio"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
        onLoadedMetadata={(e) => {
          setDuration(e.currentTarget.duration);
          e.currentTarget.playbackRate = speed;
        }}
      />
      <div className="flex items-center gap-3">
        <Button size="icon" className="rounded-full" onClick={toggle} aria-label={playing ? 'Pause' : 'Play'}>
          {playing ? <Pause aria-hidden /> : <Play aria-hidden />}
        </Button>
        <Waveform peaks={loaded.peaks} duration={duration} currentTime={time} onSeek={seek} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
        <span className="tabular-nums" aria-label="Position">
          {formatDuration(time)} / {formatDuration(duration)}
        </span>
        <div className="flex items-center gap-2">
          <label htmlFor={`speed-${callId}`} className="text-xs">
            Speed
          </label>
          <Select
            id={`speed-${callId}`}
            value={String(speed)}
            onChange={(e) => setSpeed(Number(e.target.value))}
            className="w-20"
          >
            {speeds.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </Select>
          <Button variant="outline" size="sm" onClick={() => download(loaded.url, loaded.fileName)}>
            <Download aria-hidden /> Download
          </Button>
        </div>
      </div>
    </div>
  );
}

function download(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}

/** Decodes the audio for its waveform; a format the browser cannot decode still plays, flat. */
async function decodePeaks(buffer: ArrayBuffer): Promise<number[]> {
  const context = new OfflineAudioContext(1, 1, 8000);
  try {
    const decoded = await context.decodeAudioData(buffer);
    return waveformPeaks(decoded.getChannelData(0), bars);
  } catch {
    return new Array<number>(bars).fill(0.1);
  }
}

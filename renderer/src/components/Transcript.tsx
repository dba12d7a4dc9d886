import { Bot, Grid3x3, Voicemail } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { Turn } from '../../../electron/shared/models';
import { cn } from '../lib/cn';
import { useFormatTime } from '../queries/settings';

interface TranscriptProps {
  turns: Turn[];
  /** Keep the newest turn in view as turns arrive (a live call). */
  follow?: boolean;
  callerName?: string;
  className?: string;
}

/** The call as a conversation: the receptionist on the left, the caller on the right. */
export function Transcript({ turns, follow = false, callerName = 'Caller', className }: TranscriptProps) {
  const list = useRef<HTMLOListElement>(null);
  const formatTime = useFormatTime();
  useEffect(() => {
    const scroller = follow && list.current ? scrollParent(list.current) : null;
    // Only the transcript's own scroll area moves (scrollIntoView would move the whole window too).
    scroller?.scrollTo({ top: scroller.scrollHeight, behavior: 'smooth' });
  }, [follow, turns.length]);

  return (
    <ol
      ref={list}
      aria-label="Transcript"
      aria-live={follow ? 'polite' : undefined}
      className={cn('flex flex-col gap-3', className)}
    >
      {turns.map((turn, i) => {
        const caller = turn.speaker === 'caller';
        const firstOfRun = turns[i - 1]?.speaker !== turn.speaker;
        return (
          <li key={`${turn.at}-${i}`} className={cn('flex flex-col gap-1', caller ? 'items-end' : 'items-start')}>
            {firstOfRun && (
              <span className="flex items-center gap-1 px-1 text-xs text-muted-foreground">
                {!caller && <Bot className="size-3" aria-hidden />}
                {caller ? callerName : 'Receptionist'} · {formatTime(turn.at, 'p')}
              </span>
            )}
            <p
              className={cn(
                'max-w-[80%] rounded-2xl px-3.5 py-2 text-sm leading-relaxed',
                caller ? 'rounded-br-md bg-blue-600 text-white' : 'rounded-bl-md bg-muted text-foreground',
              )}
            >
              <span className="sr-only">{caller ? `${callerName}: ` : 'Receptionist: '}</span>
              {turn.kind === 'voicemail' && (
                <span className="mb-1 flex items-center gap-1 text-xs font-medium opacity-80">
                  <Voicemail className="size-3" aria-hidden /> Voicemail
                </span>
              )}
              {turn.kind === 'keypad' ? (
                <span className="flex items-center gap-1.5">
                  <Grid3x3 className="size-3.5" aria-hidden /> Pressed {turn.text}
                </span>
              ) : (
                turn.text
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return null;
}

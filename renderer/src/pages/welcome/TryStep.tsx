import { Headset, PhoneOff, Send } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Transcript } from '../../components/Transcript';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { noTurns, useLiveCalls } from '../../queries/live';
import { useTestCall } from '../../queries/testCall';
import { StepButtons } from './StepButtons';

/**
 * A test call inside the welcome: the owner types what a caller says and hears (reads) the
 * receptionist answer, through the same webhooks Twilio calls. No account needed.
 */
export function TryStep({ onDone, onBack }: { onDone(): void; onBack(): void }) {
  const { session, busy, error, start, say, hangUp } = useTestCall();
  const live = useLiveCalls().data;
  const turns = (session?.callId && live?.turns[session.callId]) || noTurns;
  const [words, setWords] = useState('');
  const active = session !== null && session.state !== 'ended';

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!words.trim() || !active) return;
    void say(words);
    setWords('');
  };

  return (
    <div className="space-y-4">
      {!active ? (
        <Button variant="brand" size="lg" onClick={() => start()} disabled={busy !== null}>
          <Headset aria-hidden /> {session ? 'Call again' : 'Make a test call'}
        </Button>
      ) : (
        <Button variant="outline" onClick={hangUp} disabled={busy !== null}>
          <PhoneOff aria-hidden /> Hang up
        </Button>
      )}
      {turns.length > 0 && (
        // Focusable, so the transcript can be scrolled from the keyboard too.
        <div
          className="max-h-72 overflow-y-auto rounded-lg border p-3"
          role="region"
          tabIndex={0}
          aria-live="polite"
          aria-label="Test call transcript"
        >
          <Transcript turns={turns} follow callerName="You" />
        </div>
      )}
      {active && (
        <form onSubmit={send} className="flex gap-2" aria-label="Say something">
          <Input
            value={words}
            onChange={(e) => setWords(e.target.value)}
            placeholder="I need a quote for a new roof"
            aria-label="What you say as the caller"
            autoFocus
          />
          <Button type="submit" disabled={busy !== null || !words.trim()}>
            <Send aria-hidden /> Say it
          </Button>
        </form>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
      <StepButtons back={{ label: 'Back', onClick: onBack }} next="Continue" onNext={onDone} />
    </div>
  );
}

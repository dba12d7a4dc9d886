import { ArrowRight, Headset, Loader2, Mic, PhoneCall, PhoneOff, Send, Voicemail } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { PageHeader } from '../components/AppShell';
import { Transcript } from '../components/Transcript';
import { Button, ButtonLink } from '../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../components/ui/card';
import { Field } from '../components/ui/field';
import { Input } from '../components/ui/input';
import { EmptyState } from '../components/ui/states';
import { cn } from '../lib/cn';
import { formatPhone } from '../lib/format';
import { hrefFor } from '../lib/route';
import { noTurns, useLiveCalls } from '../queries/live';
import { useTestCall } from '../queries/testCall';

const suggestions = [
  'I need a quote for a new roof',
  'This is Dana',
  '12 Oak Street',
  'Can somebody call me back after 5?',
  'Do you clean gutters?',
  'Can I talk to a person?',
  "No, that's all. Thanks!",
];

const stateLabels = {
  connecting: 'Connecting…',
  listening: 'The receptionist is listening',
  recording: 'Recording your voicemail',
  ended: 'Call ended',
} as const;

export function TestCallPage() {
  const { session, busy, error, start, say, hangUp } = useTestCall();
  const liveTurns = useLiveCalls().data?.turns;
  const turns = (session?.callId && liveTurns?.[session.callId]) || noTurns;
  const [from, setFrom] = useState('(303) 555-0199');
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const active = session !== null && session.state !== 'ended';

  useEffect(() => {
    if (active && !busy) input.current?.focus();
  }, [active, busy]);

  const send = async (words: string) => {
    if (!words.trim() || !active) return;
    setText('');
    await say(words);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(text);
  };

  return (
    <>
      <PageHeader
        title="Test call"
        description="Talk to your receptionist as a caller would: it answers just as it answers a real call."
      />
      <div className="min-h-0 flex-1 overflow-y-auto p-4 md:p-8">
        <div className="grid items-start gap-6 xl:grid-cols-[1fr_340px]">
          {/* The page scrolls the transcript; the status with Hang up, and the input, stick to its edges
              (offset by the page's padding, else the transcript shows through above and below). */}
          <Card className="flex min-h-[28rem] flex-col">
            <CardHeader
              data-testid="test-call-header"
              className="sticky -top-4 z-10 flex-row items-center justify-between gap-4 rounded-t-xl md:-top-8 border-b bg-card py-4"
            >
              <div className="flex items-center gap-3">
                <div
                  className={cn(
                    'flex size-10 items-center justify-center rounded-full',
                    active ? 'bg-emerald-100 text-emerald-700' : 'bg-muted text-muted-foreground',
                  )}
                >
                  {session?.state === 'recording' ? (
                    <Voicemail className="size-5" aria-hidden />
                  ) : (
                    <Headset className="size-5" aria-hidden />
                  )}
                </div>
                <div>
                  <CardTitle className="text-base">
                    {session ? `Calling as ${formatPhone(session.from)}` : 'Your receptionist'}
                  </CardTitle>
                  <p className="text-sm text-muted-foreground" role="status" data-testid="test-call-state">
                    {session ? stateLabels[session.state] : 'Not in a call'}
                  </p>
                </div>
              </div>
              {active && (
                <Button
                  variant="outline"
                  onClick={hangUp}
                  disabled={busy !== null}
                  className="text-destructive hover:text-destructive"
                >
                  <PhoneOff aria-hidden /> Hang up
                </Button>
              )}
            </CardHeader>

            <CardContent className="flex-1 space-y-4 pt-6">
              {!session ? (
                <EmptyState icon={PhoneCall} title="Call your own number, from here">
                  You type what a caller would say; the receptionist answers exactly as it would on the phone.
                </EmptyState>
              ) : (
                <Transcript turns={turns} follow callerName="You" />
              )}
              {session && session.notes.length > 0 && (
                <ul className="space-y-1 text-center text-xs text-muted-foreground">
                  {session.notes.map((note, i) => (
                    <li key={i}>{note}</li>
                  ))}
                </ul>
              )}
              {busy === 'speaking' && (
                <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
                  <Loader2 className="size-4 animate-spin" aria-hidden /> The receptionist is answering…
                </p>
              )}
              {error && (
                <p role="alert" className="text-sm text-destructive">
                  {error}
                </p>
              )}
            </CardContent>

            <div className="sticky -bottom-4 z-10 rounded-b-xl md:-bottom-8 border-t bg-card p-4">
              {active ? (
                <form onSubmit={submit} className="flex gap-2">
                  <Input
                    ref={input}
                    aria-label="Say something as the caller"
                    placeholder={
                      session.state === 'recording' ? 'Leave your message after the tone…' : 'Say something as the caller…'
                    }
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                    disabled={busy !== null}
                  />
                  <Button type="submit" disabled={busy !== null || !text.trim()}>
                    {session.state === 'recording' ? <Mic aria-hidden /> : <Send aria-hidden />}{' '}
                    {session.state === 'recording' ? 'Leave message' : 'Say it'}
                  </Button>
                </form>
              ) : (
                <form
                  className="flex flex-wrap items-end gap-3"
                  onSubmit={(e) => {
                    e.preventDefault();
                    start(from);
                  }}
                >
                  <Field label="Call from" className="w-56">
                    <Input type="tel" value={from} onChange={(e) => setFrom(e.target.value)} />
                  </Field>
                  <Button type="submit" variant="brand" disabled={busy !== null}>
                    {busy === 'starting' ? <Loader2 className="animate-spin" aria-hidden /> : <PhoneCall aria-hidden />}
                    {session ? 'Call again' : 'Start test call'}
                  </Button>
                  {session?.callId && session.state === 'ended' && (
                    <ButtonLink variant="outline" href={hrefFor('calls', session.callId)} className="ml-auto">
                      See it in Calls <ArrowRight aria-hidden />
                    </ButtonLink>
                  )}
                </form>
              )}
            </div>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle className="text-base">Try saying</CardTitle>
              <CardDescription>
                Click one to say it. The call shows on the Live page too, where you can take it over.
              </CardDescription>
            </CardHeader>
            <CardContent className="flex flex-wrap gap-2">
              {suggestions.map((line) => (
                <Button
                  key={line}
                  variant="secondary"
                  size="sm"
                  disabled={!active || busy !== null}
                  onClick={() => void send(line)}
                >
                  {line}
                </Button>
              ))}
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}

import { Check, PhoneCall } from 'lucide-react';
import { useState } from 'react';
import type { Settings } from '../../../electron/shared/settings';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../components/ui/card';
import { cn } from '../lib/cn';
import { errorMessage } from '../lib/errors';
import { navigate } from '../lib/route';
import { useSettings, useUpdateSettings } from '../queries/settings';
import { BusinessStep } from './welcome/BusinessStep';
import { CheckStep } from './welcome/CheckStep';
import { ConnectStep } from './welcome/ConnectStep';
import { HoursStep } from './welcome/HoursStep';
import { TryStep } from './welcome/TryStep';

const steps = [
  {
    label: 'Your business',
    title: 'Who the receptionist works for',
    text: 'It greets callers with your business name and reaches you on your cell.',
  },
  {
    label: 'When it answers',
    title: 'When should Pickup answer?',
    text: 'Your hours and time zone decide when your phone rings and when Pickup answers.',
  },
  {
    label: 'Try it',
    title: 'Hear it for yourself',
    text: 'Type what a caller says; the receptionist answers exactly as it would on the phone. No account needed.',
  },
  {
    label: 'Your phone line',
    title: 'Connect your phone line',
    text: 'Paste what Twilio and ngrok show you, pick your number, and Pickup answers it. About five minutes.',
  },
  { label: 'Check', title: 'Check my setup', text: 'Each link from a caller to Pickup, checked for real.' },
] as const;

/**
 * The welcome: shown until the owner finishes or skips it (the `setupState` setting), each step
 * saved as it is left, so it can be closed and picked up again, and revisited from Settings.
 */
export function WelcomePage() {
  const settings = useSettings().data;
  const save = useUpdateSettings();
  const [step, setStep] = useState(0);
  if (!settings) return <div className="h-full bg-background" aria-busy="true" />;

  const next = () => setStep((s) => Math.min(s + 1, steps.length - 1));
  const back = () => setStep((s) => Math.max(s - 1, 0));
  const leave = (state: Settings['setupState']) =>
    save.mutate({ setupState: state }, { onSuccess: () => navigate(state === 'done' ? 'live' : 'calls') });
  const current = steps[step]!;

  return (
    <main
      id="main"
      className="h-full overflow-y-auto bg-gradient-to-b from-emerald-50/60 to-background px-4 py-8 sm:px-6 sm:py-12"
    >
      <div className="mx-auto w-full max-w-2xl space-y-6">
        <div className="space-y-3 text-center">
          <div className="mx-auto flex size-12 items-center justify-center rounded-xl bg-brand text-brand-foreground shadow-sm">
            <PhoneCall className="size-6" aria-hidden />
          </div>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Welcome to Pickup</h1>
          <p className="mx-auto max-w-lg text-muted-foreground">
            When you're on a roof, under a sink or driving, Pickup answers your phone: it takes the caller's name, need, address
            and a good time to call back, answers questions, puts emergencies through, and texts you a summary.
          </p>
        </div>

        <ol className="flex flex-wrap items-center justify-center gap-x-3 gap-y-2 text-sm" aria-label="Setup steps">
          {steps.map(({ label }, i) => (
            <li key={label} className="flex items-center gap-2" aria-current={i === step ? 'step' : undefined}>
              <span
                className={cn(
                  'flex size-6 items-center justify-center rounded-full text-xs font-semibold',
                  i < step
                    ? 'bg-brand text-brand-foreground'
                    : i === step
                      ? 'bg-primary text-primary-foreground'
                      : 'bg-muted text-foreground',
                )}
              >
                {i < step ? <Check className="size-3.5" aria-label="done" /> : i + 1}
              </span>
              <span className={i === step ? 'font-medium' : 'text-muted-foreground'}>{label}</span>
            </li>
          ))}
        </ol>

        <Card className="shadow-md">
          <CardHeader>
            <CardTitle>{current.title}</CardTitle>
            <CardDescription>{current.text}</CardDescription>
          </CardHeader>
          <CardContent>
            {step === 0 && <BusinessStep settings={settings} onDone={next} onSkip={() => leave('skipped')} />}
            {step === 1 && <HoursStep settings={settings} onDone={next} onBack={back} />}
            {step === 2 && <TryStep onDone={next} onBack={back} />}
            {step === 3 && <ConnectStep onDone={next} onBack={back} />}
            {step === 4 && <CheckStep onDone={() => leave('done')} onBack={back} finishing={save.isPending} />}
          </CardContent>
        </Card>
        {save.error && (
          <p role="alert" className="text-center text-sm text-destructive">
            <span className="block">Not saved: {errorMessage(save.error)}</span>
            <span className="block">Every step before this one is kept; press the button again.</span>
          </p>
        )}
      </div>
    </main>
  );
}

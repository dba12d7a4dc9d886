import { Check, Clock, Headset, PhoneCall, Sun, Zap, type LucideIcon } from 'lucide-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Settings, type SettingsPatch } from '../../../electron/shared/settings';
import { Button } from '../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../components/ui/card';
import { Field } from '../components/ui/field';
import { Input } from '../components/ui/input';
import { cn } from '../lib/cn';
import { errorMessage } from '../lib/errors';
import { refusalFor } from '../lib/formErrors';
import { markOnboarded } from '../lib/onboarding';
import { navigate } from '../lib/route';
import { useSettings, useUpdateSettings } from '../queries/settings';

const steps = ['Your business', 'When Pickup answers', 'Your first call'];

/** The first step's fields, checked with the contract's own schema. */
const BusinessStep = Settings.pick({ businessName: true, ownerName: true, forwardingNumber: true });
type BusinessStep = Pick<Settings, 'businessName' | 'ownerName' | 'forwardingNumber'>;
const businessFields = ['businessName', 'ownerName', 'forwardingNumber'] as const;

const modes: Array<{ value: Settings['voiceMode']; title: string; text: string; icon: LucideIcon }> = [
  {
    value: 'after_hours',
    title: 'After hours',
    text: 'Your phone rings in business hours; Pickup answers the rest.',
    icon: Clock,
  },
  {
    value: 'overflow',
    title: "When you can't pick up",
    text: 'Your phone rings first; Pickup answers if you miss it.',
    icon: Sun,
  },
  { value: 'always', title: 'Every call', text: 'Pickup answers every call and puts urgent ones through.', icon: Zap },
];

/** First run: what Pickup does, the three settings it needs, then a test call. */
export function WelcomePage() {
  const settings = useSettings().data;
  const save = useUpdateSettings();
  const [step, setStep] = useState(0);
  const form = useForm<BusinessStep>({
    resolver: zodResolver(BusinessStep),
    defaultValues: {
      businessName: settings?.businessName === 'My Contracting Business' ? '' : (settings?.businessName ?? ''),
      ownerName: settings?.ownerName ?? '',
      forwardingNumber: settings?.forwardingNumber ?? '',
    },
  });
  const { errors } = form.formState;
  const [mode, setMode] = useState<Settings['voiceMode']>(settings?.voiceMode ?? 'after_hours');
  const saving = save.isPending;

  /** Saves a step; a refusal goes under the field it names, or under the step. */
  const saveAndContinue = async (patch: SettingsPatch) => {
    try {
      await save.mutateAsync(patch);
      setStep((s) => s + 1);
    } catch (e) {
      const refusal = refusalFor(e, businessFields);
      form.setError(refusal.field ? (refusal.field as keyof BusinessStep) : 'root.server', {
        message: refusal.field ? refusal.message : errorMessage(e),
      });
    }
  };
  const saveBusiness = form.handleSubmit((values) => saveAndContinue(values));
  const finish = (page: 'test-call' | 'calls') => {
    markOnboarded();
    navigate(page);
  };

  return (
    <main className="flex h-full items-start justify-center overflow-y-auto bg-gradient-to-b from-emerald-50/60 to-background px-6 py-12">
      <div className="w-full max-w-2xl space-y-8">
        <div className="space-y-3 text-center">
          <div className="mx-auto flex size-12 items-center justify-center rounded-xl bg-brand text-brand-foreground shadow-sm">
            <PhoneCall className="size-6" aria-hidden />
          </div>
          <h1 className="text-3xl font-semibold tracking-tight">Welcome to Pickup</h1>
          <p className="mx-auto max-w-lg text-muted-foreground">
            When you're on a roof, under a sink or driving, Pickup answers your phone: it takes the caller's name, need, address
            and a good time to call back, answers questions, puts emergencies through, and texts you a summary.
          </p>
        </div>

        <ol className="flex items-center justify-center gap-2 text-sm" aria-label="Setup steps">
          {steps.map((label, i) => (
            <li key={label} className="flex items-center gap-2" aria-current={i === step ? 'step' : undefined}>
              <span
                className={cn(
                  'flex size-6 items-center justify-center rounded-full text-xs font-semibold',
                  i < step
                    ? 'bg-brand text-brand-foreground'
                    : i === step
                      ? 'bg-primary text-primary-foreground'
                      : 'bg-muted text-muted-foreground',
                )}
              >
                {i < step ? <Check className="size-3.5" aria-label="done" /> : i + 1}
              </span>
              <span className={i === step ? 'font-medium' : 'text-muted-foreground'}>{label}</span>
              {i < steps.length - 1 && <span className="mx-1 h-px w-8 bg-border" aria-hidden />}
            </li>
          ))}
        </ol>

        <Card className="shadow-md">
          {step === 0 && (
            <>
              <CardHeader>
                <CardTitle>Tell the receptionist who it works for</CardTitle>
                <CardDescription>
                  It greets callers with your business name, and puts them through to your number.
                </CardDescription>
              </CardHeader>
              <CardContent className="space-y-4">
                <Field label="Business name" error={errors.businessName?.message}>
                  <Input {...form.register('businessName')} placeholder="Summit Roofing" autoFocus />
                </Field>
                <div className="grid gap-4 sm:grid-cols-2">
                  <Field label="Your name" error={errors.ownerName?.message}>
                    <Input {...form.register('ownerName')} placeholder="Mike" />
                  </Field>
                  <Field
                    label="Your phone"
                    description="Where urgent calls are put through."
                    error={errors.forwardingNumber?.message}
                  >
                    <Input type="tel" {...form.register('forwardingNumber')} placeholder="(303) 555-0111" />
                  </Field>
                </div>
                {errors.root?.server && <p className="text-sm text-destructive">{errors.root.server.message}</p>}
                <div className="flex justify-between pt-2">
                  <Button variant="ghost" onClick={() => finish('calls')}>
                    Skip setup
                  </Button>
                  <Button onClick={() => void saveBusiness()} disabled={saving}>
                    {saving ? 'Saving…' : 'Continue'}
                  </Button>
                </div>
              </CardContent>
            </>
          )}
          {step === 1 && (
            <>
              <CardHeader>
                <CardTitle>When should Pickup answer?</CardTitle>
                <CardDescription>You can change this, and your hours, in Settings at any time.</CardDescription>
              </CardHeader>
              <CardContent className="space-y-4">
                <div role="radiogroup" aria-label="Answer mode" className="grid gap-3">
                  {modes.map(({ value, title, text, icon: Icon }) => (
                    <button
                      key={value}
                      type="button"
                      role="radio"
                      aria-checked={mode === value}
                      onClick={() => setMode(value)}
                      className={cn(
                        'flex items-start gap-3 rounded-lg border p-4 text-left transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                        mode === value ? 'border-primary bg-muted/50 ring-1 ring-primary' : 'hover:bg-muted/40',
                      )}
                    >
                      <Icon className="mt-0.5 size-5 text-muted-foreground" aria-hidden />
                      <span>
                        <span className="block font-medium">{title}</span>
                        <span className="block text-sm text-muted-foreground">{text}</span>
                      </span>
                    </button>
                  ))}
                </div>
                <div className="flex justify-between pt-2">
                  <Button variant="ghost" onClick={() => setStep(0)}>
                    Back
                  </Button>
                  <Button onClick={() => void saveAndContinue({ voiceMode: mode, voiceEnabled: true })} disabled={saving}>
                    {saving ? 'Saving…' : 'Continue'}
                  </Button>
                </div>
              </CardContent>
            </>
          )}
          {step === 2 && (
            <>
              <CardHeader>
                <CardTitle>Hear it for yourself</CardTitle>
                <CardDescription>
                  Make a test call from here: you type what a caller says, and the receptionist answers exactly as it would on the
                  phone. No Twilio account needed.
                </CardDescription>
              </CardHeader>
              <CardContent className="flex justify-between gap-3">
                <Button variant="ghost" onClick={() => finish('calls')}>
                  Later
                </Button>
                <Button variant="brand" size="lg" onClick={() => finish('test-call')}>
                  <Headset aria-hidden /> Make a test call
                </Button>
              </CardContent>
            </>
          )}
        </Card>
      </div>
    </main>
  );
}

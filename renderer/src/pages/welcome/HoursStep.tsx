import * as RadioGroup from '@radix-ui/react-radio-group';
import { useState } from 'react';
import type { Settings, SettingsPatch } from '../../../../electron/shared/settings';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Select } from '../../components/ui/select';
import { answerModes, computerTimeZone, dayNames, timeZoneChoices } from '../../lib/answerModes';
import { cn } from '../../lib/cn';
import { refusalFor } from '../../lib/formErrors';
import { useUpdateSettings } from '../../queries/settings';
import { StepButtons } from './StepButtons';

type Hours = Pick<Settings, 'voiceMode' | 'businessHoursStart' | 'businessHoursEnd' | 'businessDays' | 'timezone'>;

/** What is wrong with the hours as chosen, in words; overnight hours (open 18:00, close 06:00) are fine. */
export function hoursProblem(hours: Hours): string | null {
  if (hours.businessDays.length === 0) return 'Pick at least one day you are open.';
  if (hours.businessHoursStart === hours.businessHoursEnd) return 'Opening and closing times are the same: change one of them.';
  return null;
}

/** The welcome's second step: when Pickup answers, with the hours, days and time zone it goes by. */
export function HoursStep({ settings, onDone, onBack }: { settings: Settings; onDone(): void; onBack(): void }) {
  const save = useUpdateSettings();
  // A business still on the default zone most likely lives where this computer is.
  const startZone = settings.setupState === 'pending' ? (computerTimeZone() ?? settings.timezone) : settings.timezone;
  const [hours, setHours] = useState<Hours>({
    voiceMode: settings.voiceMode,
    businessHoursStart: settings.businessHoursStart,
    businessHoursEnd: settings.businessHoursEnd,
    businessDays: settings.businessDays,
    timezone: startZone,
  });
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<Hours>) => setHours((current) => ({ ...current, ...patch }));
  const overnight = hours.businessHoursEnd < hours.businessHoursStart;

  const submit = async () => {
    const problem = hoursProblem(hours);
    if (problem) return setError(problem);
    try {
      await save.mutateAsync({ ...hours, voiceEnabled: true } satisfies SettingsPatch);
      onDone();
    } catch (failure) {
      setError(refusalFor(failure, []).message);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      className="space-y-5"
      aria-label="When Pickup answers"
    >
      <RadioGroup.Root
        value={hours.voiceMode}
        onValueChange={(value) => set({ voiceMode: value as Settings['voiceMode'] })}
        aria-label="When Pickup answers"
        className="grid gap-3"
      >
        {answerModes.map(({ value, title, text, icon: Icon }) => (
          <RadioGroup.Item
            key={value}
            value={value}
            className={cn(
              'flex items-start gap-3 rounded-lg border p-4 text-left transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
              hours.voiceMode === value ? 'border-primary bg-muted/50 ring-1 ring-primary' : 'hover:bg-muted/40',
            )}
          >
            <Icon className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
            <span>
              <span className="block font-medium">{title}</span>
              <span className="block text-sm text-muted-foreground">{text}</span>
            </span>
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="You open at">
          <Input type="time" value={hours.businessHoursStart} onChange={(e) => set({ businessHoursStart: e.target.value })} />
        </Field>
        <Field label="You close at" description={overnight ? 'Closes the next morning: overnight hours.' : undefined}>
          <Input type="time" value={hours.businessHoursEnd} onChange={(e) => set({ businessHoursEnd: e.target.value })} />
        </Field>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Days you are open</legend>
        <div className="flex flex-wrap gap-2">
          {dayNames.map((name, day) => {
            const on = hours.businessDays.includes(day);
            return (
              <button
                key={name}
                type="button"
                aria-pressed={on}
                onClick={() =>
                  set({
                    businessDays: on
                      ? hours.businessDays.filter((d) => d !== day)
                      : [...hours.businessDays, day].sort((a, b) => a - b),
                  })
                }
                className={cn(
                  'h-9 rounded-md border px-3 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                  on ? 'border-primary bg-primary text-primary-foreground' : 'bg-card hover:bg-muted/40',
                )}
              >
                {name.slice(0, 3)}
                <span className="sr-only">{name.slice(3)}</span>
              </button>
            );
          })}
        </div>
      </fieldset>

      <Field label="Time zone" description="Pickup keeps your hours in this time zone, wherever this computer is.">
        <Select value={hours.timezone} onChange={(e) => set({ timezone: e.target.value })}>
          {timeZoneChoices(hours.timezone).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </Select>
      </Field>

      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
      <StepButtons back={{ label: 'Back', onClick: onBack }} busy={save.isPending} />
    </form>
  );
}

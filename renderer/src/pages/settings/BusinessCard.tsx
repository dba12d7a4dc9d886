import { Building2 } from 'lucide-react';
import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import type { Settings } from '../../../../electron/shared/settings';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Select } from '../../components/ui/select';
import { cn } from '../../lib/cn';
import { firstMessage } from '../../lib/formErrors';
import { SaveButton } from './SaveButton';
import { useSettingsForm } from './useSettingsForm';

const fields = ['businessName', 'ownerName', 'businessDays', 'timezone'] as const;
const dayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const fullDayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function BusinessCard({ settings }: { settings: Settings }) {
  const { form, errors, saving, dirty, submit } = useSettingsForm(settings, fields, 'Business details saved');
  const timezone = form.watch('timezone');
  const zones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone');
    return known.includes(timezone) ? known : [timezone, ...known];
  }, [timezone]);
  const { field: days } = useController({ control: form.control, name: 'businessDays' });
  const toggleDay = (day: number) =>
    days.onChange(days.value.includes(day) ? days.value.filter((d) => d !== day) : [...days.value, day].sort());

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Building2 className="h-5 w-5" aria-hidden /> Your business
        </CardTitle>
        <CardDescription>The receptionist says your name, and keeps your hours in your time zone.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Business name" error={errors.businessName?.message}>
            <Input {...form.register('businessName')} placeholder="Summit Roofing" />
          </Field>
          <Field
            label="Your name"
            description="So the receptionist can say who will call back."
            error={errors.ownerName?.message}
          >
            <Input {...form.register('ownerName')} placeholder="Mike" />
          </Field>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Business days</legend>
          <div className="flex flex-wrap gap-1.5">
            {dayNames.map((name, day) => {
              const on = days.value.includes(day);
              return (
                <button
                  key={name}
                  type="button"
                  aria-pressed={on}
                  aria-label={fullDayNames[day]}
                  onClick={() => toggleDay(day)}
                  className={cn(
                    'h-9 w-12 rounded-md border text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                    on ? 'border-primary bg-primary text-primary-foreground' : 'bg-card text-muted-foreground hover:bg-muted',
                  )}
                >
                  {name}
                </button>
              );
            })}
          </div>
          {errors.businessDays && <p className="text-sm font-medium text-destructive">{firstMessage(errors.businessDays)}</p>}
        </fieldset>
        <Field label="Time zone" error={errors.timezone?.message}>
          <Select {...form.register('timezone')}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </Select>
        </Field>
        <SaveButton label="Save business details" saving={saving} dirty={dirty} onClick={() => void submit()} />
      </CardContent>
    </Card>
  );
}

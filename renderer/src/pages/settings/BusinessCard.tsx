import { Building2 } from 'lucide-react';
import { useMemo } from 'react';
import type { Settings } from '../../../../electron/shared/settings';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Select } from '../../components/ui/select';
import { cn } from '../../lib/cn';
import { SaveButton } from './SaveButton';
import { useSettingsForm } from './useSettingsForm';

const fields = ['businessName', 'ownerName', 'businessDays', 'timezone'] as const;
const dayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const fullDayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function BusinessCard({ settings }: { settings: Settings }) {
  const { form, set, errors, saving, dirty, submit } = useSettingsForm(settings, fields, 'Business details saved');
  const zones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone');
    return known.includes(form.timezone) ? known : [form.timezone, ...known];
  }, [form.timezone]);
  const toggleDay = (day: number) =>
    set(
      'businessDays',
      form.businessDays.includes(day) ? form.businessDays.filter((d) => d !== day) : [...form.businessDays, day].sort(),
    );

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
          <Field label="Business name" error={errors.businessName}>
            <Input value={form.businessName} onChange={(e) => set('businessName', e.target.value)} placeholder="Summit Roofing" />
          </Field>
          <Field label="Your name" description="So the receptionist can say who will call back." error={errors.ownerName}>
            <Input value={form.ownerName} onChange={(e) => set('ownerName', e.target.value)} placeholder="Mike" />
          </Field>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Business days</legend>
          <div className="flex flex-wrap gap-1.5">
            {dayNames.map((name, day) => {
              const on = form.businessDays.includes(day);
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
          {errors.businessDays && <p className="text-sm font-medium text-destructive">{errors.businessDays}</p>}
        </fieldset>
        <Field label="Time zone" error={errors.timezone}>
          <Select value={form.timezone} onChange={(e) => set('timezone', e.target.value)}>
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

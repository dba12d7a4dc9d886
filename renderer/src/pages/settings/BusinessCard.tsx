import * as ToggleGroup from '@radix-ui/react-toggle-group';
import { Building2 } from 'lucide-react';
import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { daysProblem } from '../../../../electron/shared/hoursCheck';
import type { Settings } from '../../../../electron/shared/settings';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Select } from '../../components/ui/select';
import { cn } from '../../lib/cn';
import { firstMessage } from '../../lib/formErrors';
import { SaveButton } from './SaveButton';
import { useSettingsForm, type FormCheck } from './useSettingsForm';

const fields = ['businessName', 'ownerName', 'businessDays', 'timezone'] as const;
const fullDayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const checkDays: FormCheck<Pick<Settings, (typeof fields)[number]>> = (values) => {
  const problem = daysProblem(values.businessDays);
  return problem ? [{ field: 'businessDays', message: problem }] : [];
};

export function BusinessCard({ settings }: { settings: Settings }) {
  const { form, errors, saving, dirty, submit } = useSettingsForm(settings, fields, 'Business details saved', {
    check: checkDays,
  });
  const timezone = form.watch('timezone');
  const zones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone');
    return known.includes(timezone) ? known : [timezone, ...known];
  }, [timezone]);
  const { field: days } = useController({ control: form.control, name: 'businessDays' });

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
          <ToggleGroup.Root
            type="multiple"
            value={days.value.map(String)}
            onValueChange={(values) => days.onChange(values.map(Number).sort((a, b) => a - b))}
            aria-label="Business days"
            className="flex flex-wrap gap-1.5"
          >
            {fullDayNames.map((name, day) => (
              <ToggleGroup.Item
                key={name}
                value={String(day)}
                title={name}
                className={cn(
                  'h-9 w-12 rounded-md border bg-card text-sm font-medium text-muted-foreground transition-colors hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
                  'data-[state=on]:border-primary data-[state=on]:bg-primary data-[state=on]:text-primary-foreground',
                )}
              >
                {/* Named by what it shows, "Sat" (WCAG 2.5.3); the group says these are days. */}
                {name.slice(0, 3)}
              </ToggleGroup.Item>
            ))}
          </ToggleGroup.Root>
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

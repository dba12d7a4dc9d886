import { Mic, Timer } from 'lucide-react';
import { Controller, useController } from 'react-hook-form';
import type { Settings } from '../../../../electron/shared/settings';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Label } from '../../components/ui/label';
import { Switch } from '../../components/ui/switch';
import { SaveButton } from './SaveButton';
import { useSettingsForm } from './useSettingsForm';

const fields = ['voiceMaxDuration', 'recordCalls', 'deleteRecordingsFromTwilio'] as const;

export function CallHandlingCard({ settings }: { settings: Settings }) {
  const { form, errors, saving, dirty, submit } = useSettingsForm(settings, fields, 'Call settings saved');
  const recordCalls = form.watch('recordCalls');
  // The settings keep seconds; the owner thinks in minutes.
  const { field: duration } = useController({ control: form.control, name: 'voiceMaxDuration' });
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Timer className="h-5 w-5" aria-hidden /> Calls
        </CardTitle>
        <CardDescription>How long the receptionist talks, and whether calls are recorded.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <Field
          label="Longest call (minutes)"
          description="After this, the receptionist promises a callback and says goodbye. 1 to 60 minutes."
          error={errors.voiceMaxDuration?.message}
        >
          <Input
            type="number"
            min={1}
            max={60}
            step={1}
            className="w-32"
            name={duration.name}
            ref={duration.ref}
            onBlur={duration.onBlur}
            value={Number.isFinite(duration.value) ? duration.value / 60 : ''}
            onChange={(e) => duration.onChange(e.target.value === '' ? Number.NaN : Math.round(Number(e.target.value) * 60))}
          />
        </Field>
        <div className="space-y-3 rounded-lg border p-4">
          <div className="flex items-center justify-between gap-4">
            <div>
              <Label htmlFor="record-calls" className="flex items-center gap-1.5">
                <Mic className="h-4 w-4" aria-hidden /> Record calls
              </Label>
              <p id="record-calls-help" className="text-sm text-muted-foreground">
                Recordings stay on this computer; you can play, download and delete them.
              </p>
            </div>
            <Controller
              control={form.control}
              name="recordCalls"
              render={({ field }) => (
                <Switch
                  id="record-calls"
                  aria-describedby="record-calls-help recording-notice"
                  checked={field.value}
                  onCheckedChange={field.onChange}
                />
              )}
            />
          </div>
          <p id="recording-notice" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {recordCalls
              ? 'Callers hear “This call is recorded.” right after the greeting, every time: some states require everyone on a call to know.'
              : 'Calls are not recorded. When on, callers hear “This call is recorded.” right after the greeting.'}
          </p>
        </div>
        <div className="flex items-center justify-between gap-4 rounded-lg border p-4">
          <div>
            <Label htmlFor="delete-from-twilio">Delete recordings from Twilio</Label>
            <p id="delete-from-twilio-help" className="text-sm text-muted-foreground">
              Once a recording is safely downloaded here, remove Twilio&apos;s copy.
            </p>
          </div>
          <Controller
            control={form.control}
            name="deleteRecordingsFromTwilio"
            render={({ field }) => (
              <Switch
                id="delete-from-twilio"
                aria-describedby="delete-from-twilio-help"
                checked={field.value}
                onCheckedChange={field.onChange}
              />
            )}
          />
        </div>
        <SaveButton label="Save call settings" saving={saving} dirty={dirty} onClick={() => void submit()} />
      </CardContent>
    </Card>
  );
}

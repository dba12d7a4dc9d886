import * as RadioGroup from '@radix-ui/react-radio-group';
import { Clock, MessageSquare, Phone } from 'lucide-react';
import { Controller } from 'react-hook-form';
import { hoursNote, hoursProblem } from '../../../../electron/shared/hoursCheck';
import type { Settings } from '../../../../electron/shared/settings';
import { Card, CardContent, CardHeader, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Label } from '../../components/ui/label';
import { Switch } from '../../components/ui/switch';
import { Textarea } from '../../components/ui/textarea';
import { answerModes } from '../../lib/answerModes';
import { cn } from '../../lib/cn';
import { SaveButton } from './SaveButton';
import { useSettingsForm, type FormCheck } from './useSettingsForm';

const fields = ['voiceEnabled', 'voiceMode', 'businessHoursStart', 'businessHoursEnd', 'voiceGreeting'] as const;

const checkHours: FormCheck<Pick<Settings, (typeof fields)[number]>> = (values) => {
  const problem = values.voiceMode === 'after_hours' ? hoursProblem(values.businessHoursStart, values.businessHoursEnd) : null;
  return problem ? [{ field: 'businessHoursEnd', message: problem }] : [];
};

/** Whether and when Pickup answers, the business hours it goes by, and the greeting. */
export function VoiceSettingsCard({ settings }: { settings: Settings }) {
  const { form, errors, saving, dirty, submit } = useSettingsForm(settings, fields, 'Answering settings saved', {
    check: checkHours,
  });
  const [voiceEnabled, voiceMode, opens, closes] = form.watch([
    'voiceEnabled',
    'voiceMode',
    'businessHoursStart',
    'businessHoursEnd',
  ]);
  const overnight = hoursNote(opens, closes);

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Phone className="h-5 w-5" aria-hidden />
          Answering your calls
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-6">
        <div className="flex items-center justify-between gap-4">
          <div>
            <Label htmlFor="voice-enabled">Pickup answers calls</Label>
            <p id="voice-enabled-help" className="text-sm text-muted-foreground">
              When off, every call rings through to you.
            </p>
          </div>
          <Controller
            control={form.control}
            name="voiceEnabled"
            render={({ field }) => (
              <Switch
                id="voice-enabled"
                aria-describedby="voice-enabled-help"
                checked={field.value}
                onCheckedChange={field.onChange}
              />
            )}
          />
        </div>

        {voiceEnabled && (
          <>
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium">When Pickup answers</legend>
              <Controller
                control={form.control}
                name="voiceMode"
                render={({ field }) => (
                  <RadioGroup.Root
                    value={field.value}
                    onValueChange={field.onChange}
                    aria-label="When Pickup answers"
                    className="grid gap-2"
                  >
                    {answerModes.map((mode) => (
                      <RadioGroup.Item
                        key={mode.value}
                        value={mode.value}
                        className={cn(
                          'flex items-start gap-3 rounded-lg border p-3 text-left focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
                          'data-[state=checked]:border-primary data-[state=checked]:bg-muted',
                        )}
                      >
                        <mode.icon className="mt-0.5 size-4 shrink-0" aria-hidden />
                        <span>
                          <span className="block text-sm font-medium">{mode.title}</span>
                          <span className="block text-sm text-muted-foreground">{mode.text}</span>
                        </span>
                      </RadioGroup.Item>
                    ))}
                  </RadioGroup.Root>
                )}
              />
            </fieldset>

            {voiceMode === 'after_hours' && (
              <div className="space-y-2">
                <div className="grid grid-cols-2 gap-4">
                  <Field
                    label={
                      <span className="flex items-center gap-1">
                        <Clock className="h-4 w-4" aria-hidden />
                        Opens at
                      </span>
                    }
                    error={errors.businessHoursStart?.message}
                  >
                    <Input type="time" {...form.register('businessHoursStart')} />
                  </Field>
                  <Field label="Closes at" error={errors.businessHoursEnd?.message}>
                    <Input type="time" {...form.register('businessHoursEnd')} />
                  </Field>
                </div>
                {overnight && !errors.businessHoursEnd && (
                  <p className="text-sm text-muted-foreground" role="status">
                    {overnight}
                  </p>
                )}
              </div>
            )}

            <Field
              label={
                <span className="flex items-center gap-1">
                  <MessageSquare className="h-4 w-4" aria-hidden />
                  Greeting
                </span>
              }
              description="The first thing callers hear. Leave it empty for the one shown."
              error={errors.voiceGreeting?.message}
            >
              <Textarea
                {...form.register('voiceGreeting')}
                placeholder={`Hi! Thanks for calling ${settings.businessName}. How can I help you today?`}
                rows={3}
              />
            </Field>
          </>
        )}

        <SaveButton label="Save answering settings" saving={saving} dirty={dirty} onClick={() => void submit()} />
      </CardContent>
    </Card>
  );
}

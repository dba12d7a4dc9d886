import { Clock, MessageSquare, Phone } from 'lucide-react';
import { Controller } from 'react-hook-form';
import type { Settings } from '../../../../electron/shared/settings';
import { Card, CardContent, CardHeader, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Label } from '../../components/ui/label';
import { Select } from '../../components/ui/select';
import { Switch } from '../../components/ui/switch';
import { Textarea } from '../../components/ui/textarea';
import { SaveButton } from './SaveButton';
import { useSettingsForm } from './useSettingsForm';

const fields = ['voiceEnabled', 'voiceMode', 'businessHoursStart', 'businessHoursEnd', 'voiceGreeting'] as const;

/** The seed's voice settings card: enable, answer mode, hours, greeting. */
export function VoiceSettingsCard({ settings }: { settings: Settings }) {
  const { form, errors, saving, dirty, submit } = useSettingsForm(settings, fields, 'Voice settings saved!');
  const [voiceEnabled, voiceMode] = form.watch(['voiceEnabled', 'voiceMode']);

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Phone className="h-5 w-5" aria-hidden />
          Voice AI Settings
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-6">
        <div className="flex items-center justify-between">
          <div>
            <Label htmlFor="voice-enabled">Enable Voice AI</Label>
            <p id="voice-enabled-help" className="text-sm text-muted-foreground">
              AI will answer calls based on mode
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
            <Field label="Answer Mode" error={errors.voiceMode?.message}>
              <Select {...form.register('voiceMode')}>
                <option value="after_hours">After Hours Only</option>
                <option value="overflow">Overflow (No Answer)</option>
                <option value="always">Always</option>
              </Select>
            </Field>

            {voiceMode === 'after_hours' && (
              <div className="grid grid-cols-2 gap-4">
                <Field
                  label={
                    <span className="flex items-center gap-1">
                      <Clock className="h-4 w-4" aria-hidden />
                      Opens At
                    </span>
                  }
                  error={errors.businessHoursStart?.message}
                >
                  <Input type="time" {...form.register('businessHoursStart')} />
                </Field>
                <Field label="Closes At" error={errors.businessHoursEnd?.message}>
                  <Input type="time" {...form.register('businessHoursEnd')} />
                </Field>
              </div>
            )}

            <Field
              label={
                <span className="flex items-center gap-1">
                  <MessageSquare className="h-4 w-4" aria-hidden />
                  Greeting Message
                </span>
              }
              description="This is what callers hear first"
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

        <SaveButton label="Save Voice Settings" saving={saving} dirty={dirty} onClick={() => void submit()} />
      </CardContent>
    </Card>
  );
}

import { MessageSquareReply } from 'lucide-react';
import { Controller } from 'react-hook-form';
import type { Settings } from '../../../../electron/shared/settings';
import { previewTextBack, textBackPlaceholders, textBackTemplateMax } from '../../../../electron/shared/textBack';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Label } from '../../components/ui/label';
import { Switch } from '../../components/ui/switch';
import { Textarea } from '../../components/ui/textarea';
import { SaveButton } from './SaveButton';
import { useSettingsForm } from './useSettingsForm';

const fields = ['textBackEnabled', 'textBackTemplate'] as const;

/** "Text the caller back": the switch, the message in the owner's words, and what a caller would get. */
export function TextBackCard({ settings }: { settings: Settings }) {
  const { form, errors, saving, dirty, submit } = useSettingsForm(settings, fields, 'Text-back saved');
  const enabled = form.watch('textBackEnabled');
  const template = form.watch('textBackTemplate') ?? '';
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <MessageSquareReply className="h-5 w-5" aria-hidden /> Text the caller back
        </CardTitle>
        <CardDescription>
          After a call with a real enquiry, the caller gets one text saying you got their message and when you will call. Never to
          spam, wrong numbers, blocked or hidden numbers, or anyone who replied STOP; at most once a day.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <div className="flex items-center justify-between gap-4 rounded-lg border p-4">
          <Label htmlFor="text-back-enabled">Text callers back</Label>
          <Controller
            control={form.control}
            name="textBackEnabled"
            render={({ field }) => <Switch id="text-back-enabled" checked={field.value} onCheckedChange={field.onChange} />}
          />
        </div>
        <Field
          label="The text"
          description={`Up to ${textBackTemplateMax} characters. Pickup fills in ${textBackPlaceholders.map((p) => `{${p}}`).join(', ')}. Spanish-speaking callers get it in Spanish.`}
          error={errors.textBackTemplate?.message}
        >
          <Textarea rows={4} disabled={!enabled} {...form.register('textBackTemplate')} />
        </Field>
        <div className="rounded-md bg-muted px-3 py-2 text-sm" aria-live="polite">
          <p className="font-medium">A caller would get:</p>
          <p data-testid="text-back-preview">{previewTextBack(template, settings)}</p>
        </div>
        <SaveButton label="Save text-back" saving={saving} dirty={dirty} onClick={() => void submit()} />
      </CardContent>
    </Card>
  );
}

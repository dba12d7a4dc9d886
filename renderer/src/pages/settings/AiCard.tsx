import { BrainCircuit, CheckCircle2, CircleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import type { CoreStatus } from '../../../../electron/shared/apiModels';
import type { Settings } from '../../../../electron/shared/settings';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Select } from '../../components/ui/select';
import { SaveButton } from './SaveButton';
import { useSettingsForm } from './useSettingsForm';

const fields = [
  'aiModel',
  'aiTurnBudgetMs',
  'aiTemperature',
  'conversationTransport',
  'relayTtsProvider',
  'relayVoice',
  'relayTranscriptionProvider',
  'relayInterruptible',
  'relayInterruptSensitivity',
  'realtimeCostCapUsd',
] as const;

function StatusLine({ ok, label, children }: { ok: boolean; label: string; children: ReactNode }) {
  const Icon = ok ? CheckCircle2 : CircleAlert;
  return (
    <li className="flex gap-3">
      <Icon className={ok ? 'mt-0.5 size-4 shrink-0 text-emerald-600' : 'mt-0.5 size-4 shrink-0 text-amber-600'} aria-hidden />
      <div className="text-sm">
        <p className="font-medium">
          {label}: <span className={ok ? 'text-emerald-700' : 'text-amber-700'}>{ok ? 'set' : 'not set'}</span>
        </p>
        <p className="text-muted-foreground">{children}</p>
      </div>
    </li>
  );
}

/** Which brain answers, whether the keys it needs are there (never the keys), and its model. */
export function AiCard({ settings, status }: { settings: Settings; status: CoreStatus | null }) {
  const { form, errors, saving, dirty, submit } = useSettingsForm(settings, fields, 'AI settings saved');
  const transport = form.watch('conversationTransport');

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <BrainCircuit className="h-5 w-5" aria-hidden /> AI answering
        </CardTitle>
        <CardDescription>
          {status ? (
            <>
              {status.openAiKeySet
                ? 'Calls are answered by an AI model, with the built-in receptionist as a backup.'
                : 'Calls are answered by the built-in receptionist, which needs no internet.'}
            </>
          ) : (
            'Checking the receptionist…'
          )}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        {status && (
          <ul className="space-y-3" aria-label="Keys and accounts">
            <StatusLine ok={status.openAiKeySet} label="OpenAI API key">
              {status.openAiKeySet
                ? 'The AI model answers; the built-in receptionist steps in if it is slow or down.'
                : 'Connect an OpenAI account for more natural answers. Until then the built-in receptionist answers.'}
            </StatusLine>
            <StatusLine ok={status.twilioCredentialsSet} label="Twilio account">
              {status.twilioCredentialsSet
                ? 'Texts to you, recordings and taking over calls go through your account.'
                : 'Connect your Twilio account to answer real calls. Test calls work without it.'}
            </StatusLine>
          </ul>
        )}
        <details className="group rounded-lg border" open={Object.keys(errors).length > 0 || undefined}>
          <summary className="cursor-pointer rounded-lg px-4 py-3 text-sm font-medium focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
            Advanced
            <span className="block text-xs font-normal text-muted-foreground">
              Which AI model, how long callers wait for it, and how replies reach them. The defaults suit most businesses.
            </span>
          </summary>
          <div className="space-y-5 border-t p-4">
            {status && (
              <p className="rounded-md bg-muted px-3 py-2 text-xs text-muted-foreground">
                Twilio sends each call to <span className="font-mono break-all text-foreground">{status.webhookUrl}</span>
                {status.localSigning && ' (only test calls reach it until your Twilio account is connected)'}
              </p>
            )}
            <div className="grid gap-4 sm:grid-cols-3">
              <Field
                label="Model"
                description="The OpenAI model that answers, such as gpt-4o-mini (fast and cheap)."
                error={errors.aiModel?.message}
                className="sm:col-span-3"
              >
                <Input {...form.register('aiModel')} list="ai-models" />
              </Field>
              <datalist id="ai-models">
                {Object.keys(settings.aiPrices).map((model) => (
                  <option key={model} value={model} />
                ))}
              </datalist>
              <Field
                label="Longest wait for the AI (milliseconds)"
                description="If the AI takes longer on one reply, the built-in receptionist answers so the caller is not left waiting. 6000 is 6 seconds."
                error={errors.aiTurnBudgetMs?.message}
                className="sm:col-span-2"
              >
                <Input
                  type="number"
                  min={500}
                  max={10000}
                  step={100}
                  {...form.register('aiTurnBudgetMs', { valueAsNumber: true })}
                />
              </Field>
              <Field
                label="Word variety"
                description="0 says things the same way every time; higher varies the wording."
                error={errors.aiTemperature?.message}
              >
                <Input type="number" min={0} max={2} step={0.1} {...form.register('aiTemperature', { valueAsNumber: true })} />
              </Field>
              <Field
                label="Most a speech-to-speech call may cost (US dollars)"
                description="Past it the receptionist says goodbye and promises a callback; the caller's details are kept. 0 means no limit."
                error={errors.realtimeCostCapUsd?.message}
                className="sm:col-span-3"
              >
                <Input
                  type="number"
                  min={0}
                  max={50}
                  step={0.05}
                  {...form.register('realtimeCostCapUsd', { valueAsNumber: true })}
                />
              </Field>
              <Field
                label="How replies reach the caller"
                description="Streaming starts speaking while the AI is still writing, so callers wait less; it needs your Twilio account and a public https address. Turn by turn works everywhere."
                error={errors.conversationTransport?.message}
                className="sm:col-span-3"
              >
                <Select {...form.register('conversationTransport')}>
                  <option value="auto">Streaming when Twilio can reach it, else turn by turn</option>
                  <option value="relay">Always streaming</option>
                  <option value="gather">Always turn by turn</option>
                </Select>
              </Field>
            </div>
            {transport !== 'gather' && (
              <fieldset className="grid gap-4 rounded-lg border p-4 sm:grid-cols-2">
                <legend className="px-1 text-sm font-medium">Streaming voice</legend>
                <Field label="Voice provider" error={errors.relayTtsProvider?.message}>
                  <Select {...form.register('relayTtsProvider')}>
                    <option value="ElevenLabs">ElevenLabs</option>
                    <option value="Google">Google</option>
                    <option value="Amazon">Amazon</option>
                  </Select>
                </Field>
                <Field
                  label="Voice"
                  description="The provider's voice id; empty for Twilio's default."
                  error={errors.relayVoice?.message}
                >
                  <Input {...form.register('relayVoice')} placeholder="Twilio's default" />
                </Field>
                <Field label="Speech recognition" error={errors.relayTranscriptionProvider?.message}>
                  <Select {...form.register('relayTranscriptionProvider')}>
                    <option value="Deepgram">Deepgram</option>
                    <option value="Google">Google</option>
                  </Select>
                </Field>
                <Field
                  label="Callers can cut in"
                  description="By talking over the receptionist, or pressing a key."
                  error={errors.relayInterruptible?.message}
                >
                  <Select {...form.register('relayInterruptible')}>
                    <option value="any">By talking or a key</option>
                    <option value="speech">By talking</option>
                    <option value="dtmf">By a key</option>
                    <option value="none">Never</option>
                  </Select>
                </Field>
                <Field label="Cutting in takes" error={errors.relayInterruptSensitivity?.message} className="sm:col-span-2">
                  <Select {...form.register('relayInterruptSensitivity')}>
                    <option value="high">A word (high sensitivity)</option>
                    <option value="medium">A few words (medium)</option>
                    <option value="low">A clear sentence (low, for noisy job sites)</option>
                  </Select>
                </Field>
              </fieldset>
            )}
          </div>
        </details>
        <SaveButton label="Save AI settings" saving={saving} dirty={dirty} onClick={() => void submit()} />
      </CardContent>
    </Card>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { CheckCircle2, Loader2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useForm, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  ConnectNgrok,
  ConnectOpenAi,
  ConnectTwilio,
  type ConnectionName,
  type ConnectionSource,
} from '../../../../electron/shared/connections';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { refusalFor } from '../../lib/formErrors';
import { useConnectionChange, type ConnectionChange } from '../../queries/connections';

interface AccountState {
  connected: boolean;
  source: ConnectionSource;
}

/** Where each account comes from, in words; an account set by the environment cannot be changed here. */
function ConnectedLine({ name, state, detail }: { name: ConnectionName; state: AccountState; detail?: ReactNode }) {
  const change = useConnectionChange();
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-3">
      <p className="flex min-w-0 items-center gap-2 text-sm text-emerald-900 [overflow-wrap:anywhere]">
        <CheckCircle2 className="h-4 w-4 shrink-0" aria-hidden />
        <span>
          Connected{detail ? <>: {detail}</> : null}
          {state.source === 'env' && ' (set by the environment, so it is managed there)'}
        </span>
      </p>
      {state.source === 'app' && (
        <Button variant="outline" size="sm" disabled={change.isPending} onClick={() => change.mutate({ name, input: null })}>
          Disconnect
        </Button>
      )}
    </div>
  );
}

/**
 * One account's form: checked by the zod schema as typed, then by the service itself; a refusal
 * lands under the field it names, anything else under the button.
 */
function useAccountForm<T extends FieldValues>(
  schema: z.ZodType<T>,
  fields: (keyof T & string)[],
  toChange: (input: T) => ConnectionChange,
) {
  const change = useConnectionChange();
  // The schemas trim and normalise what was pasted; the form holds the same fields as text.
  const form = useForm<T>({ resolver: zodResolver(schema as never) as Resolver<T> });
  const submit = form.handleSubmit(async (input) => {
    try {
      await change.mutateAsync(toChange(input));
      form.reset();
    } catch (error) {
      const refusal = refusalFor(error, fields);
      form.setError((refusal.field ?? 'root') as Path<T>, { message: refusal.message });
    }
  });
  return { form, submit, rootError: form.formState.errors.root?.message, submitting: form.formState.isSubmitting };
}

function SubmitRow({ submitting, rootError, label }: { submitting: boolean; rootError: string | undefined; label: string }) {
  return (
    <div className="space-y-2">
      <Button type="submit" disabled={submitting}>
        {submitting && <Loader2 className="animate-spin" aria-hidden />}
        {submitting ? 'Checking…' : label}
      </Button>
      {rootError && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {rootError}
        </p>
      )}
    </div>
  );
}

const secretInput = { type: 'password', autoComplete: 'off', spellCheck: false } as const;

export function TwilioAccountForm({ state, accountSid }: { state: AccountState; accountSid: string | null }) {
  const { form, submit, submitting, rootError } = useAccountForm<ConnectTwilio>(
    ConnectTwilio,
    ['accountSid', 'authToken'],
    (input) => ({ name: 'twilio', input }),
  );
  if (state.connected) return <ConnectedLine name="twilio" state={state} detail={`account ${accountSid ?? ''}`} />;
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} className="space-y-4" aria-label="Connect Twilio" noValidate>
      <p className="text-sm text-muted-foreground">
        Twilio is the phone company behind your number. In the Twilio Console (console.twilio.com), the home page shows Account
        Info: copy the Account SID, then click Show next to the Auth Token and copy it. A US local number costs about $1.15 a
        month and each answered minute about 1 cent.
      </p>
      <Field label="Account SID" error={errors.accountSid?.message}>
        <Input placeholder="AC…" autoComplete="off" spellCheck={false} {...form.register('accountSid')} />
      </Field>
      <Field label="Auth Token" error={errors.authToken?.message}>
        <Input {...secretInput} {...form.register('authToken')} />
      </Field>
      <SubmitRow submitting={submitting} rootError={rootError} label="Connect Twilio" />
    </form>
  );
}

export function NgrokAccountForm({ state, domain }: { state: AccountState; domain: string | null }) {
  const { form, submit, submitting, rootError } = useAccountForm<ConnectNgrok>(
    ConnectNgrok as z.ZodType<ConnectNgrok>,
    ['authtoken', 'domain'],
    (input) => ({ name: 'ngrok', input }),
  );
  if (state.connected) return <ConnectedLine name="ngrok" state={state} detail={domain ?? 'a new address on each start'} />;
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} className="space-y-4" aria-label="Connect ngrok" noValidate>
      <p className="text-sm text-muted-foreground">
        Twilio needs an internet address to reach this computer; ngrok gives it one, free. Sign up at dashboard.ngrok.com and copy
        Your Authtoken. Your free static domain (the Domains page) keeps the address the same after a restart.
      </p>
      <Field label="ngrok authtoken" error={errors.authtoken?.message}>
        <Input {...secretInput} {...form.register('authtoken')} />
      </Field>
      <Field
        label="Your ngrok domain (optional)"
        description="For example summit-roofing.ngrok-free.app"
        error={errors.domain?.message}
      >
        <Input autoComplete="off" spellCheck={false} {...form.register('domain')} />
      </Field>
      <SubmitRow submitting={submitting} rootError={rootError} label="Connect ngrok" />
    </form>
  );
}

export function OpenAiAccountForm({ state }: { state: AccountState }) {
  const { form, submit, submitting, rootError } = useAccountForm<ConnectOpenAi>(ConnectOpenAi, ['apiKey'], (input) => ({
    name: 'openai',
    input,
  }));
  if (state.connected) return <ConnectedLine name="openai" state={state} detail="calls are answered by OpenAI" />;
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} className="space-y-4" aria-label="Connect OpenAI" noValidate>
      <p className="text-sm text-muted-foreground">
        Optional. Without a key, Pickup's built-in receptionist answers for free. With one, OpenAI's gpt-4o-mini talks more
        naturally and understands more; a typical call costs well under 1 cent. Create a key at platform.openai.com, API keys.
      </p>
      <Field label="OpenAI API key" error={errors.apiKey?.message}>
        <Input {...secretInput} placeholder="sk-…" {...form.register('apiKey')} />
      </Field>
      <SubmitRow submitting={submitting} rootError={rootError} label="Connect OpenAI" />
    </form>
  );
}

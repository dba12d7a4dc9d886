import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Settings } from '../../../../electron/shared/settings';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { refusalFor } from '../../lib/formErrors';
import { useUpdateSettings } from '../../queries/settings';
import { StepButtons } from './StepButtons';

/** The welcome's first step: who the receptionist works for, and where it reaches the owner. */
const { businessName, ownerName, ownerPhone, forwardingNumber } = Settings.shape;
const BusinessFields = z
  .object({ businessName, ownerName, ownerPhone, forwardingNumber })
  .refine((values) => values.ownerPhone !== '', {
    path: ['ownerPhone'],
    message: 'Enter your cell phone number: Pickup texts you there after every call.',
  });
type BusinessFields = Pick<Settings, 'businessName' | 'ownerName' | 'ownerPhone' | 'forwardingNumber'>;
const fields = ['businessName', 'ownerName', 'ownerPhone', 'forwardingNumber'] as const;

export function BusinessStep({ settings, onDone, onSkip }: { settings: Settings; onDone(): void; onSkip(): void }) {
  const save = useUpdateSettings();
  const form = useForm<BusinessFields>({
    resolver: zodResolver(BusinessFields),
    defaultValues: {
      businessName: settings.businessName === 'My Contracting Business' ? '' : settings.businessName,
      ownerName: settings.ownerName,
      ownerPhone: settings.ownerPhone,
      forwardingNumber: settings.forwardingNumber,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      onDone();
    } catch (error) {
      const refusal = refusalFor(error, fields);
      form.setError(refusal.field ? (refusal.field as keyof BusinessFields) : 'root', { message: refusal.message });
    }
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Your business">
      <Field label="Business name" description="The receptionist greets callers with it." error={errors.businessName?.message}>
        <Input {...form.register('businessName')} placeholder="Summit Roofing" autoFocus />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Your name" description="So it can say who will call back." error={errors.ownerName?.message}>
          <Input {...form.register('ownerName')} placeholder="Mike" autoComplete="given-name" />
        </Field>
        <Field
          label="Your cell phone"
          description="Gets a text after every call, and urgent calls."
          error={errors.ownerPhone?.message}
        >
          <Input type="tel" {...form.register('ownerPhone')} placeholder="(303) 555-0111" autoComplete="tel" />
        </Field>
      </div>
      <Field
        label="Put calls through to a different number (optional)"
        description="An office line or a partner's phone, rung before your cell. Leave it empty to use your cell."
        error={errors.forwardingNumber?.message}
      >
        <Input type="tel" {...form.register('forwardingNumber')} placeholder="(303) 555-0123" />
      </Field>
      {errors.root?.message && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {errors.root.message}
        </p>
      )}
      <StepButtons back={{ label: 'Skip setup', onClick: onSkip }} busy={isSubmitting} />
    </form>
  );
}

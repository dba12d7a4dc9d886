import { Smartphone } from 'lucide-react';
import type { Settings } from '../../../../electron/shared/settings';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { SaveButton } from './SaveButton';
import { formatPhone } from '../../lib/format';
import { useSettingsForm, type ToForm } from './useSettingsForm';

const fields = ['twilioPhoneNumber', 'forwardingNumber', 'ownerPhone'] as const;

/** Saved numbers are shown as people write them, (303) 555-0111, not as stored. */
const formatted: ToForm = (_key, value) => (typeof value === 'string' && value ? (formatPhone(value) as typeof value) : value);

export function NumbersCard({ settings }: { settings: Settings }) {
  const { form, errors, saving, dirty, submit } = useSettingsForm(settings, fields, 'Phone numbers saved', { toForm: formatted });
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Smartphone className="h-5 w-5" aria-hidden /> Phone numbers
        </CardTitle>
        <CardDescription>Type them any way you like, such as (303) 555-0111.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <Field label="Your Twilio number" description="The number your customers call." error={errors.twilioPhoneNumber?.message}>
          <Input type="tel" inputMode="tel" {...form.register('twilioPhoneNumber')} placeholder="(303) 555-0100" />
        </Field>
        <Field
          label="Forwarding number"
          description="Rung first when a caller asks for a person, or you take a call over."
          error={errors.forwardingNumber?.message}
        >
          <Input type="tel" inputMode="tel" {...form.register('forwardingNumber')} placeholder="(303) 555-0111" />
        </Field>
        <Field
          label="Your cell phone"
          description="Gets a text after every call, and rings if the forwarding number does not answer."
          error={errors.ownerPhone?.message}
        >
          <Input type="tel" inputMode="tel" {...form.register('ownerPhone')} placeholder="(303) 555-0122" />
        </Field>
        <SaveButton label="Save phone numbers" saving={saving} dirty={dirty} onClick={() => void submit()} />
      </CardContent>
    </Card>
  );
}

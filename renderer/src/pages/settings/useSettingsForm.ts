import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { toast } from 'sonner';
import { Settings } from '../../../../electron/shared/settings';
import { errorMessage } from '../../lib/errors';
import { refusalFor } from '../../lib/formErrors';
import { useUpdateSettings } from '../../queries/settings';
import { useReportUnsaved } from '../../state/unsavedChanges';

/** A check across fields the schema cannot make alone, e.g. opening and closing hours. */
export type FormCheck<V> = (values: V) => Array<{ field: keyof V & string; message: string }>;

/** How a card shows a saved value in its inputs (phone numbers formatted for people). */
export type ToForm = <K extends keyof Settings>(key: K, value: Settings[K]) => Settings[K];

const asSaved: ToForm = (_key, value) => value;
const pick = <K extends keyof Settings>(settings: Settings, keys: readonly K[], toForm: ToForm) =>
  Object.fromEntries(keys.map((k) => [k, toForm(k, settings[k])])) as Pick<Settings, K>;

/**
 * One settings card's form, over its own fields of the contract's `Settings` schema: checked
 * before saving, and a refusal from the core shown under the field it names.
 */
export function useSettingsForm<K extends keyof Settings>(
  settings: Settings,
  keys: readonly K[],
  savedMessage: string,
  options: { check?: FormCheck<Pick<Settings, K>>; toForm?: ToForm } = {},
) {
  const { check, toForm = asSaved } = options;
  const save = useUpdateSettings();
  const picked = Settings.pick(Object.fromEntries(keys.map((k) => [k, true])) as { [F in keyof Settings]?: true });
  const schema = check
    ? picked.superRefine((values, ctx) => {
        for (const { field, message } of check(values as Pick<Settings, K>))
          ctx.addIssue({ code: 'custom', path: [field], message });
      })
    : picked;
  const form = useForm<Pick<Settings, K>>({
    resolver: zodResolver(schema) as unknown as Resolver<Pick<Settings, K>>,
    // Compared by value: saving another card changes `settings` but must not reset this card's draft.
    values: pick(settings, keys, toForm),
  });
  useReportUnsaved(useId(), form.formState.isDirty);

  const submit = form.handleSubmit(
    async (values) => {
      try {
        const saved = await save.mutateAsync(values);
        form.reset(pick(saved, keys, toForm));
        toast.success(savedMessage);
      } catch (error) {
        const refusal = refusalFor(error, keys as readonly string[]);
        if (refusal.field) form.setError(refusal.field as Parameters<typeof form.setError>[0], { message: refusal.message });
        toast.error('Settings not saved', { description: errorMessage(error) });
      }
    },
    () => toast.error('Some settings need fixing', { description: 'Look for the messages in red.' }),
  );

  return {
    form,
    errors: form.formState.errors,
    saving: form.formState.isSubmitting,
    dirty: form.formState.isDirty,
    submit,
  };
}

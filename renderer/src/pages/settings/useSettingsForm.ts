import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { toast } from 'sonner';
import { Settings } from '../../../../electron/shared/settings';
import { errorMessage } from '../../lib/errors';
import { refusalFor } from '../../lib/formErrors';
import { useUpdateSettings } from '../../queries/settings';

const pick = <K extends keyof Settings>(settings: Settings, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, settings[k]])) as Pick<Settings, K>;

/**
 * One settings card's form, over its own fields of the contract's `Settings` schema: checked
 * before saving, and a refusal from the core shown under the field it names.
 */
export function useSettingsForm<K extends keyof Settings>(settings: Settings, keys: readonly K[], savedMessage: string) {
  const save = useUpdateSettings();
  const schema = Settings.pick(Object.fromEntries(keys.map((k) => [k, true])) as { [F in keyof Settings]?: true });
  const form = useForm<Pick<Settings, K>>({
    resolver: zodResolver(schema) as unknown as Resolver<Pick<Settings, K>>,
    // Compared by value: saving another card changes `settings` but must not reset this card's draft.
    values: pick(settings, keys),
  });

  const submit = form.handleSubmit(
    async (values) => {
      try {
        const saved = await save.mutateAsync(values);
        form.reset(pick(saved, keys));
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

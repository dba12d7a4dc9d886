import { useEffect, useMemo, useState } from 'react';
import { toast } from 'sonner';
import { ApiError } from '../../../../electron/shared/api';
import { SettingsPatch, type Settings } from '../../../../electron/shared/settings';
import { errorMessage } from '../../lib/errors';
import { fieldErrors } from '../../lib/fieldErrors';
import { useSettings } from '../../state/settingsStore';

const pick = <K extends keyof Settings>(settings: Settings, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, settings[k]])) as Pick<Settings, K>;

/**
 * One settings card's form: its fields' draft, checked with the contract's schema before saving,
 * and the server's refusal shown under the field it names.
 */
export function useSettingsForm<K extends keyof Settings>(settings: Settings, keys: readonly K[], savedMessage: string) {
  const save = useSettings((s) => s.save);
  // Keyed by value: saving another card changes `settings` but must not reset this card's draft.
  const saved = JSON.stringify(pick(settings, keys));
  const initial = useMemo(() => JSON.parse(saved) as Pick<Settings, K>, [saved]);
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setForm(initial);
    setErrors({});
  }, [initial]);

  const set = <F extends K>(field: F, value: Settings[F]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = async () => {
    const parsed = SettingsPatch.safeParse(form);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      toast.error('Some settings need fixing', { description: 'Look for the messages in red.' });
      return;
    }
    setSaving(true);
    try {
      await save(form);
      setErrors({});
      toast.success(savedMessage);
    } catch (error) {
      if (error instanceof ApiError && error.field) setErrors({ [error.field]: error.message.replace(`${error.field}: `, '') });
      toast.error('Settings not saved', { description: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  return { form, set, errors, saving, dirty: JSON.stringify(form) !== JSON.stringify(initial), submit };
}

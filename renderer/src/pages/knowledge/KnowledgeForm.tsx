import { useId, useState, type FormEvent } from 'react';
import { NewKnowledgeEntry } from '../../../../electron/shared/models';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { Label } from '../../components/ui/label';
import { Textarea } from '../../components/ui/textarea';
import { errorMessage } from '../../lib/errors';
import { fieldErrors } from '../../lib/fieldErrors';

interface KnowledgeFormProps {
  initial?: NewKnowledgeEntry;
  categories: string[];
  submitLabel: string;
  onSubmit(entry: NewKnowledgeEntry): Promise<void>;
  onCancel?: () => void;
}

/** Category and answer text for one FAQ entry, checked with the contract's own schema. */
export function KnowledgeForm({
  initial = { category: '', content: '' },
  categories,
  submitLabel,
  onSubmit,
  onCancel,
}: KnowledgeFormProps) {
  const [entry, setEntry] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = NewKnowledgeEntry.safeParse(entry);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    setSaving(true);
    try {
      await onSubmit(parsed.data);
      if (!initial.content) setEntry({ category: entry.category, content: '' });
    } catch (e) {
      setErrors({ content: errorMessage(e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-[14rem_1fr]">
        <div className="space-y-2">
          <Label htmlFor={`${id}-category`}>Category</Label>
          <Input
            id={`${id}-category`}
            list={`${id}-categories`}
            placeholder="Services, Pricing, Hours…"
            value={entry.category}
            aria-invalid={Boolean(errors.category)}
            aria-describedby={errors.category ? `${id}-category-error` : undefined}
            onChange={(e) => setEntry({ ...entry, category: e.target.value })}
          />
          <datalist id={`${id}-categories`}>
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          {errors.category && (
            <p id={`${id}-category-error`} className="text-sm text-destructive">
              {errors.category}
            </p>
          )}
        </div>
        <div className="space-y-2">
          <Label htmlFor={`${id}-content`}>What the receptionist should know</Label>
          <Textarea
            id={`${id}-content`}
            rows={3}
            placeholder="We install, repair and clean gutters. Most jobs are done in a day."
            value={entry.content}
            aria-invalid={Boolean(errors.content)}
            aria-describedby={errors.content ? `${id}-content-error` : undefined}
            onChange={(e) => setEntry({ ...entry, content: e.target.value })}
          />
          {errors.content && (
            <p id={`${id}-content-error`} className="text-sm text-destructive">
              {errors.content}
            </p>
          )}
        </div>
      </div>
      <div className="flex justify-end gap-2">
        {onCancel && (
          <Button variant="outline" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
        )}
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}

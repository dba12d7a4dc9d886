import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { NewKnowledgeEntry } from '../../../../electron/shared/models';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { Label } from '../../components/ui/label';
import { Textarea } from '../../components/ui/textarea';
import { refusalFor } from '../../lib/formErrors';

interface KnowledgeFormProps {
  initial?: NewKnowledgeEntry;
  categories: string[];
  submitLabel: string;
  onSubmit(entry: NewKnowledgeEntry): Promise<void>;
  onCancel?: () => void;
}

const fields = ['category', 'content'] as const;

/** Category and answer text for one FAQ entry, checked with the contract's own schema. */
export function KnowledgeForm({
  initial = { category: '', content: '' },
  categories,
  submitLabel,
  onSubmit,
  onCancel,
}: KnowledgeFormProps) {
  const form = useForm<NewKnowledgeEntry>({ resolver: zodResolver(NewKnowledgeEntry), defaultValues: initial });
  const { errors, isSubmitting: saving } = form.formState;
  const id = useId();
  const editing = Boolean(initial.content);

  // Focus goes into the form it opened: the answer when editing, the category for a new entry.
  useEffect(() => form.setFocus(editing ? 'content' : 'category'), [form, editing]);

  const submit = form.handleSubmit(async (entry) => {
    try {
      await onSubmit(entry);
      // A new entry's form stays open for the next one in the same category.
      if (!initial.content) form.reset({ category: entry.category, content: '' });
    } catch (e) {
      const refusal = refusalFor(e, fields);
      form.setError(refusal.field === 'category' ? 'category' : 'content', { message: refusal.message });
    }
  });

  return (
    <form
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.preventDefault();
          onCancel();
        }
      }}
      className="space-y-4"
      noValidate
    >
      <div className="grid gap-4 sm:grid-cols-[14rem_1fr]">
        <div className="space-y-2">
          <Label htmlFor={`${id}-category`}>Category</Label>
          <Input
            id={`${id}-category`}
            list={`${id}-categories`}
            placeholder="Services, Pricing, Hours…"
            aria-invalid={Boolean(errors.category)}
            aria-describedby={errors.category ? `${id}-category-error` : undefined}
            {...form.register('category')}
          />
          <datalist id={`${id}-categories`}>
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          {errors.category && (
            <p id={`${id}-category-error`} className="text-sm text-destructive">
              {errors.category.message}
            </p>
          )}
        </div>
        <div className="space-y-2">
          <Label htmlFor={`${id}-content`}>What the receptionist should know</Label>
          <Textarea
            id={`${id}-content`}
            rows={3}
            placeholder="We install, repair and clean gutters. Most jobs are done in a day."
            aria-invalid={Boolean(errors.content)}
            aria-describedby={errors.content ? `${id}-content-error` : undefined}
            {...form.register('content')}
          />
          {errors.content && (
            <p id={`${id}-content-error`} className="text-sm text-destructive">
              {errors.content.message}
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

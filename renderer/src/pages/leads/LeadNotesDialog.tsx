import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { LeadUpdate, type LeadSummary } from '../../../../electron/shared/apiModels';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Textarea } from '../../components/ui/textarea';
import { errorMessage } from '../../lib/errors';
import { refusalFor } from '../../lib/formErrors';
import { formatPhone } from '../../lib/format';
import { useUpdateLead } from '../../queries/leads';

export function LeadNotesDialog({ lead, onClose }: { lead: LeadSummary | null; onClose(): void }) {
  const update = useUpdateLead();
  // The form follows the lead the dialog opens on.
  const form = useForm<LeadUpdate>({
    resolver: zodResolver(LeadUpdate),
    values: { id: lead?.id ?? '', notes: lead?.notes ?? '' },
  });
  const { errors, isSubmitting: saving } = form.formState;
  const fieldId = useId();

  const save = form.handleSubmit(async (changes) => {
    try {
      await update.mutateAsync(changes);
      toast.success('Notes saved');
      onClose();
    } catch (e) {
      const refusal = refusalFor(e, ['notes']);
      if (refusal.field) form.setError('notes', { message: refusal.message });
      toast.error('Could not save the notes', { description: errorMessage(e) });
    }
  });

  return (
    <Dialog
      open={lead !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Notes on ${lead?.name ?? (lead ? formatPhone(lead.phone) : '')}`}
      description="Only you see these: gate codes, what you quoted, when you called back."
      footer={
        <>
          <Button variant="outline" onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button onClick={() => void save()} disabled={saving}>
            {saving ? 'Saving…' : 'Save notes'}
          </Button>
        </>
      }
    >
      <label htmlFor={fieldId} className="sr-only">
        Notes
      </label>
      <Textarea
        id={fieldId}
        rows={6}
        maxLength={4000}
        autoFocus
        aria-invalid={Boolean(errors.notes)}
        aria-describedby={errors.notes ? `${fieldId}-error` : undefined}
        {...form.register('notes')}
      />
      {errors.notes && (
        <p id={`${fieldId}-error`} className="text-sm text-destructive">
          {errors.notes.message}
        </p>
      )}
    </Dialog>
  );
}

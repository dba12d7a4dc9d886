import { useEffect, useId, useState } from 'react';
import { toast } from 'sonner';
import type { LeadSummary } from '../../../../electron/shared/apiModels';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Textarea } from '../../components/ui/textarea';
import { errorMessage } from '../../lib/errors';
import { formatPhone } from '../../lib/format';
import { useLeads } from '../../state/leadsStore';

export function LeadNotesDialog({ lead, onClose }: { lead: LeadSummary | null; onClose(): void }) {
  const update = useLeads((s) => s.update);
  const [notes, setNotes] = useState('');
  const [saving, setSaving] = useState(false);
  const fieldId = useId();

  useEffect(() => setNotes(lead?.notes ?? ''), [lead]);

  const save = async () => {
    if (!lead) return;
    setSaving(true);
    try {
      await update({ id: lead.id, notes });
      toast.success('Notes saved');
      onClose();
    } catch (e) {
      toast.error('Could not save the notes', { description: errorMessage(e) });
    } finally {
      setSaving(false);
    }
  };

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
      <Textarea id={fieldId} value={notes} onChange={(e) => setNotes(e.target.value)} rows={6} maxLength={4000} autoFocus />
    </Dialog>
  );
}

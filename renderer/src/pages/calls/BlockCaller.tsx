import { Ban } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { BlockedBadge } from '../../components/CallBadges';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { errorMessage } from '../../lib/errors';
import { formatPhone } from '../../lib/format';
import { useBlocking } from '../../queries/blocking';

/**
 * Block the caller's number in one click (asked once, undone from the toast), or, once it is
 * blocked, say so and offer to unblock it.
 */
export function BlockCaller({ number }: { number: string }) {
  const { blocked, busy, block, unblock } = useBlocking(number);
  const [confirming, setConfirming] = useState(false);
  const shown = formatPhone(number);

  const undoBlock = async () => {
    try {
      await unblock();
      toast.success(`${shown} is no longer blocked`);
    } catch (e) {
      toast.error('Could not unblock the number', { description: errorMessage(e) });
    }
  };
  const confirmBlock = async () => {
    try {
      await block();
      toast.success(`${shown} blocked`, {
        description: 'Its calls are turned away before the receptionist answers.',
        action: { label: 'Undo', onClick: () => void undoBlock() },
      });
    } catch (e) {
      toast.error('Could not block the number', { description: errorMessage(e) });
      throw e;
    }
  };

  return (
    <>
      {blocked ? (
        <span className="flex items-center gap-2">
          <BlockedBadge />
          <Button variant="outline" onClick={() => void undoBlock()} disabled={busy}>
            Unblock
          </Button>
        </span>
      ) : (
        <Button variant="outline" onClick={() => setConfirming(true)} disabled={busy}>
          <Ban aria-hidden /> Block
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Block ${shown}?`}
        description="Calls from this number are turned away before the receptionist answers. You can unblock it here."
        confirmLabel="Block number"
        busyLabel="Blocking…"
        tone="default"
        onConfirm={confirmBlock}
      />
    </>
  );
}

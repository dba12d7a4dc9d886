import { useState, type ReactNode, type RefObject } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** What the confirm button says while it acts. */
  busyLabel?: string;
  /** Destructive for what cannot be undone; default for a step that only needs a second thought. */
  tone?: 'destructive' | 'default';
  onConfirm(): Promise<unknown>;
  /** Where focus goes once the confirmed step is done, when the button that opened it is disabled by it. */
  focusAfterConfirm?: RefObject<HTMLElement | null>;
}

/** Asks before something that cannot be undone; stays open (and busy) until it has happened. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  busyLabel = 'Deleting…',
  tone = 'destructive',
  onConfirm,
  focusAfterConfirm,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      onOpenChange(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      focusAfterClose={focusAfterConfirm}
      footer={
        <>
          <Button variant="outline" onClick={() => onOpenChange(false)} disabled={busy} autoFocus>
            Cancel
          </Button>
          <Button variant={tone} onClick={() => void confirm()} disabled={busy}>
            {busy ? busyLabel : confirmLabel}
          </Button>
        </>
      }
    />
  );
}

import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { cn } from '../../lib/cn';

interface DialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  className?: string;
  /**
   * Where focus goes when the page closes the dialog (not Escape), for when the element that
   * opened it is gone or disabled by what the dialog did.
   */
  focusAfterClose?: RefObject<HTMLElement | null>;
}

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape and restores focus
 * to what opened it, which is what shadcn's Radix dialog does by hand.
 */
export function Dialog({ open, onOpenChange, title, description, children, footer, className, focusAfterClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closedByBrowser = useRef(false);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      closedByBrowser.current = false;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      // close() puts focus back on the opener synchronously; moving it after that is what sticks.
      dialog.close();
      if (!closedByBrowser.current) focusAfterClose?.current?.focus();
    }
  }, [open, focusAfterClose]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      // Escape fires cancel at once but close only as a later task: following the state at cancel
      // lets the opener open it again straight away (a keyboard can be that quick), and a close
      // event that arrives after it has been opened again is stale.
      onCancel={() => {
        closedByBrowser.current = true;
        onOpenChange(false);
      }}
      onClose={() => {
        if (!ref.current?.open) onOpenChange(false);
      }}
      onClick={(event) => event.target === ref.current && onOpenChange(false)}
      className={cn(
        'fixed top-1/2 left-1/2 m-0 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl border bg-card p-0 text-card-foreground shadow-xl',
        className,
      )}
    >
      {open && (
        <div className="flex flex-col gap-4 p-6">
          <div className="flex flex-col gap-1.5">
            <h2 id={titleId} className="text-lg font-semibold leading-none">
              {title}
            </h2>
            {description && (
              <div id={descriptionId} className="text-sm text-muted-foreground">
                {description}
              </div>
            )}
          </div>
          {children}
          {footer && <div className="flex justify-end gap-2">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}

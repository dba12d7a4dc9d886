import { Toaster as Sonner } from 'sonner';

export const Toaster = () => (
  <Sonner
    position="bottom-right"
    closeButton
    toastOptions={{ classNames: { toast: 'font-sans border-border shadow-lg', description: 'text-muted-foreground' } }}
  />
);

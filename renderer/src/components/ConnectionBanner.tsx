import { WifiOff } from 'lucide-react';

/** Shown while live events are not reaching the dashboard (the core is restarting, or stopped). */
export function ConnectionBanner() {
  return (
    <div
      role="status"
      className="flex shrink-0 items-center justify-center gap-2 border-b border-amber-300 bg-amber-100 px-4 py-1.5 text-sm font-medium text-amber-900"
    >
      <WifiOff className="size-4" aria-hidden /> Lost the connection to Pickup. Reconnecting…
    </div>
  );
}

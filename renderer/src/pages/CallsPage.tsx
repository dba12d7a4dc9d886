import { PageHeader } from '../components/AppShell';
import { ScreenedToday } from '../components/ScreenedToday';
import { cn } from '../lib/cn';
import { CallDetailPanel } from './calls/CallDetailPanel';
import { CallFilterBar } from './calls/CallFilterBar';
import { CallList } from './calls/CallList';

export function CallsPage({ callId }: { callId: string | null }) {
  return (
    <>
      <PageHeader
        title="Calls"
        description={
          <>
            Every call Pickup took, newest first.
            <ScreenedToday />
          </>
        }
      />
      {/* Below the two-pane width an open call has the screen: its filters would push it below the fold. */}
      <div className={cn(callId && 'hidden xl:block')}>
        <CallFilterBar />
      </div>
      <div className="grid min-h-0 flex-1 xl:grid-cols-[440px_1fr]">
        <section aria-label="Call history" className={cn('min-h-0 border-r bg-card', callId && 'hidden xl:block')}>
          <CallList selectedId={callId} />
        </section>
        <section aria-label="Selected call" className={cn('min-h-0 overflow-y-auto', !callId && 'hidden xl:block')}>
          <CallDetailPanel callId={callId} />
        </section>
      </div>
    </>
  );
}

import { BookOpen, Headset, PhoneCall, Radio, Settings, Users, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '../lib/cn';
import { hrefFor, type Page } from '../lib/route';
import { isLive } from '../lib/liveCall';
import { useLiveCalls } from '../queries/live';
import { useCoreStatus, useSettings } from '../queries/settings';

const nav: Array<{ page: Page; label: string; icon: LucideIcon }> = [
  { page: 'live', label: 'Live', icon: Radio },
  { page: 'calls', label: 'Calls', icon: PhoneCall },
  { page: 'leads', label: 'Leads', icon: Users },
  { page: 'knowledge', label: 'Knowledge base', icon: BookOpen },
  { page: 'test-call', label: 'Test call', icon: Headset },
  { page: 'settings', label: 'Settings', icon: Settings },
];

export function AppShell({ page, children }: { page: Page; children: ReactNode }) {
  const liveCount = useLiveCalls().data?.calls.filter((c) => isLive(c)).length ?? 0;
  const businessName = useSettings().data?.businessName;
  const brain = useCoreStatus().data?.brain;

  return (
    <div className="flex h-full">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-card focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="flex w-60 shrink-0 flex-col border-r bg-card">
        <div className="flex items-center gap-2.5 px-5 py-5">
          <div className="flex size-8 items-center justify-center rounded-lg bg-brand text-brand-foreground">
            <PhoneCall className="size-4" aria-hidden />
          </div>
          <div className="min-w-0">
            <p className="font-semibold leading-tight tracking-tight">Pickup</p>
            <p className="truncate text-xs text-muted-foreground">{businessName ?? 'AI receptionist'}</p>
          </div>
        </div>
        <nav aria-label="Main" className="flex-1 px-3">
          <ul className="space-y-0.5">
            {nav.map(({ page: target, label, icon: Icon }) => {
              const current = page === target;
              return (
                <li key={target}>
                  <a
                    href={hrefFor(target)}
                    aria-current={current ? 'page' : undefined}
                    className={cn(
                      'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                      current ? 'bg-muted text-foreground' : 'text-muted-foreground hover:bg-muted/60 hover:text-foreground',
                    )}
                  >
                    <Icon className="size-4" aria-hidden />
                    <span className="flex-1">{label}</span>
                    {target === 'live' && liveCount > 0 && (
                      <span className="flex items-center gap-1.5 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">
                        <span className="size-1.5 animate-pulse rounded-full bg-emerald-500" aria-hidden />
                        {liveCount}
                        <span className="sr-only"> live</span>
                      </span>
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        {brain && (
          <p className="border-t px-5 py-4 text-xs text-muted-foreground">
            Answering with the <span className="font-medium text-foreground">{brain}</span> brain
          </p>
        )}
      </aside>
      <main id="main" className="flex min-w-0 flex-1 flex-col overflow-hidden">
        {children}
      </main>
    </div>
  );
}

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-4 border-b bg-card px-8 py-5">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        {description && <p className="text-sm text-muted-foreground">{description}</p>}
      </div>
      {actions && <div className="flex items-center gap-2">{actions}</div>}
    </header>
  );
}

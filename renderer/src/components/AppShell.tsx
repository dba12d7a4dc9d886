import { BookOpen, Headset, PhoneCall, Radio, Settings, Users, type LucideIcon } from 'lucide-react';
import { useEffect, type MouseEvent, type ReactNode } from 'react';
import { cn } from '../lib/cn';
import { pageTitle } from '../lib/pageTitle';
import { hrefFor, type Page } from '../lib/route';
import { isLive } from '../lib/liveCall';
import { useLiveCalls } from '../queries/live';
import { useCoreStatus, useSettings } from '../queries/settings';
import { confirmLeaving, useWarnOnUnload } from '../state/unsavedChanges';
import { brainLabel } from '../lib/brainLabel';

/** `short` is what fits the phone-sized bottom bar; the sidebar shows `label`. */
const nav: Array<{ page: Page; label: string; short: string; icon: LucideIcon }> = [
  { page: 'live', label: 'Live', short: 'Live', icon: Radio },
  { page: 'calls', label: 'Calls', short: 'Calls', icon: PhoneCall },
  { page: 'leads', label: 'Leads', short: 'Leads', icon: Users },
  { page: 'knowledge', label: 'Knowledge base', short: 'Knowledge', icon: BookOpen },
  { page: 'test-call', label: 'Test call', short: 'Test', icon: Headset },
  { page: 'settings', label: 'Settings', short: 'Settings', icon: Settings },
];

/**
 * The skip link moves focus to the page's main content. It must not follow its href: routes live
 * in the hash, and `#main` is no route.
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function AppShell({ page, children }: { page: Page; children: ReactNode }) {
  const liveCount = useLiveCalls().data?.calls.filter((c) => isLive(c)).length ?? 0;
  const businessName = useSettings().data?.businessName;
  const brain = useCoreStatus().data?.brain;

  useEffect(() => {
    document.title = pageTitle(liveCount);
  }, [liveCount]);
  useWarnOnUnload();

  return (
    <div className="flex h-full flex-col md:flex-row">
      <a
        href="#main"
        onClick={skipToMain}
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-card focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      {/* A sidebar on wide screens; a bottom bar below 768 px, where a sidebar would leave the page no room. */}
      <aside className="order-last flex shrink-0 flex-col border-t bg-card md:order-first md:w-60 md:border-t-0 md:border-r">
        <div className="hidden items-center gap-2.5 px-5 py-5 md:flex">
          <div className="flex size-8 items-center justify-center rounded-lg bg-brand text-brand-foreground">
            <PhoneCall className="size-4" aria-hidden />
          </div>
          <div className="min-w-0">
            <p className="leading-tight font-semibold tracking-tight">Pickup</p>
            <p className="truncate text-xs text-muted-foreground">{businessName ?? 'AI receptionist'}</p>
          </div>
        </div>
        <nav aria-label="Main" className="md:flex-1 md:px-3">
          <ul className="grid grid-cols-6 md:block md:space-y-0.5">
            {nav.map(({ page: target, label, short, icon: Icon }) => {
              const current = page === target;
              return (
                <li key={target}>
                  <a
                    href={hrefFor(target)}
                    aria-current={current ? 'page' : undefined}
                    onClick={(event) => {
                      if (!current && !confirmLeaving()) event.preventDefault();
                    }}
                    className={cn(
                      'relative flex flex-col items-center gap-0.5 px-1 py-2 text-[11px] font-medium transition-colors focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
                      'md:flex-row md:gap-3 md:rounded-md md:px-3 md:text-sm',
                      current ? 'bg-muted text-foreground' : 'text-muted-foreground hover:bg-muted/60 hover:text-foreground',
                    )}
                  >
                    <Icon className="size-5 md:size-4" aria-hidden />
                    <span className="md:hidden">{short}</span>
                    <span className="hidden flex-1 md:inline">{label}</span>
                    {target === 'live' && liveCount > 0 && (
                      <span className="absolute top-1 right-1 flex items-center gap-1.5 rounded-full bg-emerald-100 px-1.5 text-xs font-semibold text-emerald-800 md:static md:px-2 md:py-0.5">
                        <span className="size-1.5 animate-pulse rounded-full bg-emerald-600" aria-hidden />
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
          <p className="hidden border-t px-5 py-4 text-xs text-muted-foreground md:block">
            Calls are answered by <span className="font-medium text-foreground">{brainLabel(brain)}</span>
          </p>
        )}
      </aside>
      <main id="main" tabIndex={-1} className="flex min-h-0 min-w-0 flex-1 flex-col overflow-hidden outline-none">
        {children}
      </main>
    </div>
  );
}

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-3 border-b bg-card px-4 py-4 md:gap-4 md:px-8 md:py-5">
      <div className="min-w-0 space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        {description && <p className="text-sm text-muted-foreground">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </header>
  );
}

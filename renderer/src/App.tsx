import { lazy, Suspense, useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { AppEvent } from '../../electron/shared/models';
import { useQueryClient } from '@tanstack/react-query';
import { AppShell } from './components/AppShell';
import { ConnectionBanner } from './components/ConnectionBanner';
import { Toaster } from './components/ui/sonner';
import { announcesCallOn } from './lib/answeringToast';
import { errorMessage } from './lib/errors';
import { callerLabel } from './lib/format';
import { navigate, parseRoute, useHash } from './lib/route';
import { PageLoading } from './components/ui/states';
import { useApi } from './queries/apiContext';
import { useLiveCalls } from './queries/live';
import { followLiveEvents } from './queries/liveEvents';
import { useSettings } from './queries/settings';

// Each screen is its own script, loaded when first opened: the first paint needs only the shell.
const CallsPage = lazy(() => import('./pages/CallsPage').then((m) => ({ default: m.CallsPage })));
const KnowledgePage = lazy(() => import('./pages/KnowledgePage').then((m) => ({ default: m.KnowledgePage })));
const LeadsPage = lazy(() => import('./pages/LeadsPage').then((m) => ({ default: m.LeadsPage })));
const LivePage = lazy(() => import('./pages/LivePage').then((m) => ({ default: m.LivePage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const TestCallPage = lazy(() => import('./pages/TestCallPage').then((m) => ({ default: m.TestCallPage })));
const WelcomePage = lazy(() => import('./pages/WelcomePage').then((m) => ({ default: m.WelcomePage })));

const answeringToastId = (callId: string) => `answering-${callId}`;

/** Tells the owner, wherever he is in the dashboard, that a call is being answered. */
function toastFor(event: AppEvent) {
  if (event.type === 'call.started' && announcesCallOn(window.location.hash)) {
    toast(`Pickup is answering ${callerLabel(event.call)}`, {
      id: answeringToastId(event.call.id),
      action: { label: 'Listen in', onClick: () => navigate('live') },
    });
  }
  // There is nothing left to listen in to.
  if (event.type === 'call.ended') toast.dismiss(answeringToastId(event.call.id));
}

export function App() {
  const hash = useHash();
  const route = parseRoute(hash);
  const api = useApi();
  const client = useQueryClient();
  const { data: settings, error: settingsError } = useSettings();
  const liveError = useLiveCalls().error;
  const [checkedFirstRun, setCheckedFirstRun] = useState(false);
  const [connected, setConnected] = useState(true);

  useEffect(() => {
    const stopFollowing = followLiveEvents(client, api, setConnected);
    const stopToasts = api.onEvent(toastFor);
    return () => {
      stopFollowing();
      stopToasts();
    };
  }, [api, client]);

  useEffect(() => {
    if (liveError) toast.error('Calls on the line could not be loaded', { description: errorMessage(liveError) });
  }, [liveError]);

  // The welcome shows until the owner finishes or skips it, however many calls came in meanwhile.
  const setupState = settings?.setupState;
  useEffect(() => {
    if (!setupState || checkedFirstRun) return;
    if (setupState === 'pending') navigate('welcome');
    else if (!parseRoute(window.location.hash)) navigate('calls');
    setCheckedFirstRun(true);
  }, [setupState, checkedFirstRun]);
  useEffect(() => {
    if (settingsError && !checkedFirstRun) {
      if (!parseRoute(window.location.hash)) navigate('calls');
      setCheckedFirstRun(true);
    }
  }, [settingsError, checkedFirstRun]);

  if (!checkedFirstRun || !route) {
    return <div className="h-full bg-background" aria-busy="true" />;
  }

  return (
    <div className="flex h-full flex-col">
      {!connected && <ConnectionBanner />}
      <div className="min-h-0 flex-1">
        {route.page === 'welcome' ? (
          <Suspense fallback={<PageLoading />}>
            <WelcomePage />
          </Suspense>
        ) : (
          <AppShell page={route.page}>
            <Suspense fallback={<PageLoading />}>
              {route.page === 'live' && <LivePage />}
              {route.page === 'calls' && <CallsPage callId={route.callId} />}
              {route.page === 'leads' && <LeadsPage />}
              {route.page === 'knowledge' && <KnowledgePage />}
              {route.page === 'test-call' && <TestCallPage />}
              {route.page === 'settings' && <SettingsPage />}
            </Suspense>
          </AppShell>
        )}
      </div>
      <Toaster />
    </div>
  );
}

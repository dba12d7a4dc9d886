import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { AppEvent } from '../../electron/shared/models';
import { useQueryClient } from '@tanstack/react-query';
import { AppShell } from './components/AppShell';
import { ConnectionBanner } from './components/ConnectionBanner';
import { Toaster } from './components/ui/sonner';
import { errorMessage } from './lib/errors';
import { callerLabel } from './lib/format';
import { isOnboarded } from './lib/onboarding';
import { navigate, parseRoute, useHash } from './lib/route';
import { CallsPage } from './pages/CallsPage';
import { KnowledgePage } from './pages/KnowledgePage';
import { LeadsPage } from './pages/LeadsPage';
import { LivePage } from './pages/LivePage';
import { SettingsPage } from './pages/SettingsPage';
import { TestCallPage } from './pages/TestCallPage';
import { WelcomePage } from './pages/WelcomePage';
import { useApi } from './queries/apiContext';
import { useLiveCalls } from './queries/live';
import { followLiveEvents } from './queries/liveEvents';
import { useSettings } from './queries/settings';

const answeringToastId = (callId: string) => `answering-${callId}`;

/** Tells the owner, wherever he is in the dashboard, that a call is being answered. */
function toastFor(event: AppEvent) {
  if (event.type === 'call.started' && !['#/live', '#/test-call'].includes(window.location.hash)) {
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
  const settingsLoading = useSettings().isPending;
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

  // A new install has no calls: it opens on the welcome screen, once.
  useEffect(() => {
    api
      .listCalls({ limit: 1 })
      .then((calls) => {
        if (calls.length === 0 && !isOnboarded()) navigate('welcome');
        else if (!parseRoute(window.location.hash)) navigate('calls');
      })
      .catch(() => navigate('calls'))
      .finally(() => setCheckedFirstRun(true));
  }, [api]);

  if (!checkedFirstRun || !route || (route.page === 'welcome' && settingsLoading)) {
    return <div className="h-full bg-background" aria-busy="true" />;
  }

  return (
    <div className="flex h-full flex-col">
      {!connected && <ConnectionBanner />}
      <div className="min-h-0 flex-1">
        {route.page === 'welcome' ? (
          <WelcomePage />
        ) : (
          <AppShell page={route.page}>
            {route.page === 'live' && <LivePage />}
            {route.page === 'calls' && <CallsPage callId={route.callId} />}
            {route.page === 'leads' && <LeadsPage />}
            {route.page === 'knowledge' && <KnowledgePage />}
            {route.page === 'test-call' && <TestCallPage />}
            {route.page === 'settings' && <SettingsPage />}
          </AppShell>
        )}
      </div>
      <Toaster />
    </div>
  );
}

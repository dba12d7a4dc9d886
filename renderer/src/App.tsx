import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { AppEvent } from '../../electron/shared/models';
import { api } from './api/client';
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
import { useCallDetail } from './state/callDetailStore';
import { useCalls } from './state/callsStore';
import { useLeads } from './state/leadsStore';
import { useLive } from './state/liveStore';
import { useSettings } from './state/settingsStore';
import { useTestCall } from './state/testCallStore';

/** After a gap in live events, every view that shows calls loads again. */
function reloadAfterGap() {
  void useCalls.getState().load();
  void useLive
    .getState()
    .load()
    .catch(() => undefined);
  void useCallDetail.getState().show(useCallDetail.getState().id);
  void useTestCall.getState().load();
  if (useLeads.getState().status === 'ready') void useLeads.getState().load();
}

const answeringToastId = (callId: string) => `answering-${callId}`;

/** Every live event goes to each store that shows calls; each takes what concerns it. */
function dispatch(event: AppEvent) {
  useLive.getState().apply(event);
  useCalls.getState().apply(event);
  useCallDetail.getState().apply(event);
  useTestCall.getState().apply(event);
  if (event.type === 'call.ended' && useLeads.getState().status === 'ready') void useLeads.getState().load();
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
  const settingsLoading = useSettings((s) => s.status === 'loading');
  const [checkedFirstRun, setCheckedFirstRun] = useState(false);
  const [connected, setConnected] = useState(true);

  useEffect(() => {
    void useSettings.getState().load();
    useLive
      .getState()
      .load()
      .catch((error: unknown) => toast.error('Calls on the line could not be loaded', { description: errorMessage(error) }));
    const stopEvents = api.onEvent(dispatch);
    const stopConnection = api.onConnection((now) => {
      setConnected(now);
      if (now) reloadAfterGap();
    });
    return () => {
      stopEvents();
      stopConnection();
    };
  }, []);

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
  }, []);

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

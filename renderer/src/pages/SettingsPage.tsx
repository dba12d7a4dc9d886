import { PageHeader } from '../components/AppShell';
import { Skeleton } from '../components/ui/skeleton';
import { ErrorState } from '../components/ui/states';
import { errorMessage } from '../lib/errors';
import { useCoreStatus, useSettings } from '../queries/settings';
import { ConnectionsCard } from './connections/ConnectionsCard';
import { AiCard } from './settings/AiCard';
import { BusinessCard } from './settings/BusinessCard';
import { CallHandlingCard } from './settings/CallHandlingCard';
import { NumbersCard } from './settings/NumbersCard';
import { PhoneLineCard } from './settings/PhoneLineCard';
import { TextBackCard } from './settings/TextBackCard';
import { VoiceSettingsCard } from './settings/VoiceSettingsCard';

export function SettingsPage() {
  // The page shows what the core has now, even when another window changed it.
  const settingsQuery = useSettings({ refetchOnMount: 'always' });
  const statusQuery = useCoreStatus({ refetchOnMount: 'always' });
  const settings = settingsQuery.data;
  const error = settingsQuery.error ?? statusQuery.error;
  const retry = () => void Promise.all([settingsQuery.refetch(), statusQuery.refetch()]);

  return (
    <>
      <PageHeader title="Settings" description="How and when Pickup answers your phone." />
      <div className="min-h-0 flex-1 overflow-y-auto p-4 md:p-8">
        {error && !settings ? (
          <ErrorState message={errorMessage(error)} onRetry={retry} />
        ) : !settings ? (
          <div className="grid gap-6 lg:grid-cols-2" role="status" aria-label="Loading settings">
            <Skeleton className="h-80" />
            <Skeleton className="h-80" />
          </div>
        ) : (
          <div className="grid items-start gap-6 lg:grid-cols-2">
            <div className="space-y-6">
              <VoiceSettingsCard settings={settings} />
              <CallHandlingCard settings={settings} />
              <TextBackCard settings={settings} />
            </div>
            <div className="space-y-6">
              <BusinessCard settings={settings} />
              <NumbersCard settings={settings} />
              <ConnectionsCard />
              <PhoneLineCard />
              <AiCard settings={settings} status={statusQuery.data ?? null} />
            </div>
          </div>
        )}
      </div>
    </>
  );
}

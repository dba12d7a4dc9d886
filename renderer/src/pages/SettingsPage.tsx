import { useEffect } from 'react';
import { PageHeader } from '../components/AppShell';
import { Skeleton } from '../components/ui/skeleton';
import { ErrorState } from '../components/ui/states';
import { useSettings } from '../state/settingsStore';
import { AiCard } from './settings/AiCard';
import { BusinessCard } from './settings/BusinessCard';
import { CallHandlingCard } from './settings/CallHandlingCard';
import { NumbersCard } from './settings/NumbersCard';
import { PhoneLineCard } from './settings/PhoneLineCard';
import { VoiceSettingsCard } from './settings/VoiceSettingsCard';

export function SettingsPage() {
  const { settings, coreStatus, status, error, load } = useSettings();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader title="Settings" description="How and when Pickup answers your phone." />
      <div className="min-h-0 flex-1 overflow-y-auto p-8">
        {status === 'error' && !settings ? (
          <ErrorState message={error ?? 'The settings could not be loaded.'} onRetry={() => void load()} />
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
            </div>
            <div className="space-y-6">
              <BusinessCard settings={settings} />
              <NumbersCard settings={settings} />
              <PhoneLineCard />
              <AiCard settings={settings} status={coreStatus} />
            </div>
          </div>
        )}
      </div>
    </>
  );
}

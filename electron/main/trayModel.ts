import { isWithinBusinessHours } from '../core/domain/businessHours';
import type { Call } from '../shared/models';
import type { Settings } from '../shared/settings';
import { callerName, intentLabels, outcomeLabels, shortTime } from './callWords';

export const trayIcons = ['idle', 'on-duty', 'live-call', 'problem'] as const;
export type TrayIcon = (typeof trayIcons)[number];

export type TrayAction =
  | { type: 'open-dashboard' }
  | { type: 'open-call'; callId: string }
  | { type: 'set-on-duty'; on: boolean }
  | { type: 'set-launch-at-login'; on: boolean }
  | { type: 'quit' };

export type TrayMenuItem =
  | { kind: 'separator' }
  | { kind: 'label'; label: string }
  | { kind: 'action'; label: string; action: TrayAction }
  | { kind: 'checkbox'; label: string; checked: boolean; action: TrayAction };

export interface TrayView {
  icon: TrayIcon;
  tooltip: string;
  menu: TrayMenuItem[];
}

export interface Duty {
  /** Whether a call arriving now may be answered by the AI, so the computer must stay awake. */
  onDuty: boolean;
  description: string;
}

/** Whether the AI receptionist is on duty now, from the voice settings and the business's clock. */
export function dutyOf(settings: Settings, now: Date): Duty {
  if (!settings.voiceEnabled) return { onDuty: false, description: 'AI receptionist off: calls ring your phone' };
  switch (settings.voiceMode) {
    case 'always':
      return { onDuty: true, description: 'On duty: answering every call' };
    case 'overflow':
      return { onDuty: true, description: 'On duty: answering the calls you miss' };
    case 'after_hours':
      return isWithinBusinessHours(settings, now)
        ? { onDuty: false, description: 'Business hours: calls ring your phone' }
        : { onDuty: true, description: 'On duty: after hours, answering every call' };
  }
}

export interface TrayInputs {
  /** Null while the core is not running. */
  settings: Settings | null;
  /** Why real calls cannot reach Pickup (no tunnel, no Twilio, the core did not start...). */
  problems: string[];
  live: Call[];
  recent: Call[];
  keepingAwake: boolean;
  launchAtLogin: boolean;
  /** Said when secrets are not protected by the operating system. */
  secretsWarning: string | null;
  now: Date;
}

const liveLabel = (call: Call) => `${callerName(call)}${call.callerIntent ? ` · ${intentLabels[call.callerIntent]}` : ''}`;

function recentLabel(call: Call, now: Date, timeZone: string): string {
  const what = call.outcome ? outcomeLabels[call.outcome] : call.callerIntent ? intentLabels[call.callerIntent] : 'Call';
  return `${callerName(call)} · ${what} · ${shortTime(call.endedAt ?? call.startedAt, now, timeZone)}`;
}

/** The tray's icon, tooltip and menu, from what the core reports. */
export function trayView(inputs: TrayInputs): TrayView {
  const { settings, problems, live, recent, now } = inputs;
  const duty = settings ? dutyOf(settings, now) : null;
  const first = live[0];
  const icon: TrayIcon = first ? 'live-call' : problems.length > 0 || !duty ? 'problem' : duty.onDuty ? 'on-duty' : 'idle';
  const status = first
    ? `On the line: ${callerName(first)}${live.length > 1 ? ` and ${live.length - 1} more` : ''}`
    : (problems[0] ?? duty?.description ?? 'Pickup is not running');

  const menu: TrayMenuItem[] = [{ kind: 'label', label: status }];
  for (const problem of problems) if (problem !== status) menu.push({ kind: 'label', label: problem });
  if (first && duty) menu.push({ kind: 'label', label: duty.description });
  if (inputs.keepingAwake) menu.push({ kind: 'label', label: 'Keeping this computer awake while on duty' });
  if (inputs.secretsWarning) menu.push({ kind: 'label', label: 'Secrets are stored without a keyring (basic_text)' });

  menu.push({ kind: 'separator' });
  for (const call of live)
    menu.push({ kind: 'action', label: `Live: ${liveLabel(call)}`, action: { type: 'open-call', callId: call.id } });
  menu.push({ kind: 'label', label: recent.length > 0 ? 'Last calls' : 'No calls yet' });
  const timeZone = settings?.timezone ?? 'UTC';
  for (const call of recent)
    menu.push({ kind: 'action', label: recentLabel(call, now, timeZone), action: { type: 'open-call', callId: call.id } });

  menu.push({ kind: 'separator' }, { kind: 'action', label: 'Open dashboard', action: { type: 'open-dashboard' } });
  if (settings) {
    menu.push({
      kind: 'checkbox',
      label: 'AI receptionist on duty',
      checked: settings.voiceEnabled,
      action: { type: 'set-on-duty', on: !settings.voiceEnabled },
    });
  }
  menu.push(
    {
      kind: 'checkbox',
      label: 'Start Pickup when you log in',
      checked: inputs.launchAtLogin,
      action: { type: 'set-launch-at-login', on: !inputs.launchAtLogin },
    },
    { kind: 'separator' },
    { kind: 'action', label: 'Quit Pickup', action: { type: 'quit' } },
  );

  return { icon, tooltip: `Pickup: ${status}`, menu };
}

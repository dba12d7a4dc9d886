import { isWithinBusinessHours } from '../core/domain/businessHours';
import { emergencyOf } from '../shared/emergency';
import type { Call, Lead } from '../shared/models';
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

export type TrayLead = Pick<Lead, 'urgency' | 'status' | 'project'>;

export interface TrayInputs {
  /** Null while the core is not running. */
  settings: Settings | null;
  /** Why real calls cannot reach Pickup (no tunnel, no Twilio, the core did not start...). */
  problems: string[];
  live: Call[];
  recent: Call[];
  /** The callers' leads by id, for their urgency and their problem in their words (as the alerts use them). */
  leads: ReadonlyMap<string, TrayLead>;
  keepingAwake: boolean;
  launchAtLogin: boolean;
  /** Said when secrets are not protected by the operating system. */
  secretsWarning: string | null;
  now: Date;
}

/** A robocall or wrong number is never urgent, whatever the number's lead said before. */
const screenedOut = new Set<Call['outcome']>(['spam', 'wrong_number']);

interface Shown {
  call: Call;
  urgent: boolean;
  /** An emergency the owner has not yet dealt with (its lead is still new), listed first. */
  pinned: boolean;
  /** What the caller needs: their own words for an emergency, else the intent. */
  problem: string | null;
}

function shown(call: Call, leads: ReadonlyMap<string, TrayLead>): Shown {
  const lead = call.leadId ? (leads.get(call.leadId) ?? null) : null;
  const { emergency, pinned } = screenedOut.has(call.outcome) ? { emergency: false, pinned: false } : emergencyOf(lead);
  const intent = call.callerIntent ? intentLabels[call.callerIntent] : null;
  return { call, urgent: emergency, pinned, problem: emergency && lead?.project ? clip(lead.project) : intent };
}

/** A menu line stays one short line: a caller's words can run long, so they are cut at a word. */
const problemLength = 40;
function clip(text: string): string {
  if (text.length <= problemLength) return text;
  const cut = text.slice(0, problemLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** The items that match first, each group in its own order. */
const first = (items: Shown[], top: (item: Shown) => boolean) => [...items.filter(top), ...items.filter((i) => !top(i))];

const urgentMark = (item: Shown) => (item.urgent ? 'URGENT · ' : '');

const liveLabel = (item: Shown) => `Live: ${urgentMark(item)}${callerName(item.call)}${item.problem ? ` · ${item.problem}` : ''}`;

function recentLabel(item: Shown, now: Date, timeZone: string): string {
  const { call } = item;
  const outcome = call.outcome ? outcomeLabels[call.outcome] : null;
  const what = item.urgent ? [item.problem, outcome].filter(Boolean).join(' · ') || 'Call' : (outcome ?? item.problem ?? 'Call');
  return `${urgentMark(item)}${callerName(call)} · ${what} · ${shortTime(call.endedAt ?? call.startedAt, now, timeZone)}`;
}

/** The tray's icon, tooltip and menu, from what the core reports. */
export function trayView(inputs: TrayInputs): TrayView {
  const { settings, problems, now } = inputs;
  // An emergency on the line always comes first; an ended one only until the owner has dealt with it.
  const live = first(
    inputs.live.map((call) => shown(call, inputs.leads)),
    (item) => item.urgent,
  );
  const recent = first(
    inputs.recent.map((call) => shown(call, inputs.leads)),
    (item) => item.pinned,
  );
  const duty = settings ? dutyOf(settings, now) : null;
  const onLine = live[0];
  const icon: TrayIcon = onLine ? 'live-call' : problems.length > 0 || !duty ? 'problem' : duty.onDuty ? 'on-duty' : 'idle';
  const status = onLine
    ? `${onLine.urgent ? 'EMERGENCY on the line' : 'On the line'}: ${callerName(onLine.call)}${live.length > 1 ? ` and ${live.length - 1} more` : ''}`
    : (problems[0] ?? duty?.description ?? 'Pickup is not running');

  const menu: TrayMenuItem[] = [{ kind: 'label', label: status }];
  for (const problem of problems) if (problem !== status) menu.push({ kind: 'label', label: problem });
  if (onLine && duty) menu.push({ kind: 'label', label: duty.description });
  if (inputs.keepingAwake) menu.push({ kind: 'label', label: 'Keeping this computer awake while on duty' });
  if (inputs.secretsWarning) menu.push({ kind: 'label', label: 'Secrets are stored without a keyring (basic_text)' });

  menu.push({ kind: 'separator' });
  for (const item of live)
    menu.push({ kind: 'action', label: liveLabel(item), action: { type: 'open-call', callId: item.call.id } });
  menu.push({ kind: 'label', label: recent.length > 0 ? 'Last calls' : 'No calls yet' });
  const timeZone = settings?.timezone ?? 'UTC';
  for (const item of recent)
    menu.push({ kind: 'action', label: recentLabel(item, now, timeZone), action: { type: 'open-call', callId: item.call.id } });

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

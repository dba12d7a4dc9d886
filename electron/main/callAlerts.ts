import { emergencyOf } from '../shared/emergency';
import type { AppEvent, Call, Lead } from '../shared/models';
import { callbackWords, callerWithNumber, intentLabels, outcomeLabels } from './callWords';

export interface CallAlert {
  callId: string;
  title: string;
  body: string;
  /** An emergency: shown as critical, so it stays until the owner sees it. */
  urgent: boolean;
}

/** Calls ended for the owner that no one needs to hear about one by one (the dashboard counts them). */
const screenedOut = new Set<Call['outcome']>(['spam', 'wrong_number']);

const answering: Record<Call['handledBy'], string> = {
  ai: 'Your receptionist is answering.',
  owner: "Ringing you first; your receptionist answers if you can't.",
  forward: 'Ringing your phone.',
};

const summaryLength = 180;

/**
 * What the owner is told when a call starts or ends; nothing for other events, nor for a robocall or
 * wrong number once ended. An emergency (its lead's urgency) leads with the word.
 */
export function alertFor(
  event: AppEvent,
  now: Date,
  timeZone: string,
  lead: Pick<Lead, 'urgency' | 'status'> | null = null,
): CallAlert | null {
  if (event.type === 'call.started') {
    const { call } = event;
    return { callId: call.id, title: `Call from ${callerWithNumber(call)}`, body: answering[call.handledBy], urgent: false };
  }
  if (event.type === 'call.ended') {
    const { call } = event;
    if (screenedOut.has(call.outcome)) return null;
    const urgent = emergencyOf(lead).emergency;
    const what = [call.callerIntent && intentLabels[call.callerIntent], call.outcome && outcomeLabels[call.outcome]]
      .filter(Boolean)
      .join(' · ');
    const summary =
      call.aiSummary && call.aiSummary.length > summaryLength ? `${call.aiSummary.slice(0, summaryLength - 1)}…` : call.aiSummary;
    const body = [what, callbackWords(call, now, timeZone), summary].filter(Boolean).join('\n');
    const title = `${urgent ? 'EMERGENCY: ' : 'Call ended: '}${callerWithNumber(call)}`;
    return { callId: call.id, title, body: body || 'No details were taken.', urgent };
  }
  return null;
}

/** The parts of Electron's Notification the alerts use. */
export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export interface CallAlertDeps {
  notify(alert: CallAlert): NotificationLike;
  openCall(callId: string): void;
  timeZone(): string;
  /** The caller's lead, for its urgency; null when it cannot be told. */
  leadOf?(callId: string): Pick<Lead, 'urgency' | 'status'> | null;
  now?: () => Date;
}

/**
 * Shows each alert the moment its event arrives (the core emits them from inside the webhook),
 * and opens the call when the owner clicks it. Shown notifications are held until closed:
 * one that is garbage-collected can no longer report its click.
 */
export function createCallAlerts(deps: CallAlertDeps): (event: AppEvent) => void {
  const shown = new Set<NotificationLike>();
  const now = deps.now ?? (() => new Date());
  return (event) => {
    const callId = event.type === 'turn.added' ? event.callId : event.call.id;
    const alert = alertFor(event, now(), deps.timeZone(), event.type === 'call.ended' ? (deps.leadOf?.(callId) ?? null) : null);
    if (!alert) return;
    const notification = deps.notify(alert);
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      deps.openCall(alert.callId);
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  };
}

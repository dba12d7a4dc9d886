import type { AppEvent, Call } from '../shared/models';
import { callbackWords, callerWithNumber, intentLabels, outcomeLabels } from './callWords';

export interface CallAlert {
  callId: string;
  title: string;
  body: string;
}

const answering: Record<Call['handledBy'], string> = {
  ai: 'Your receptionist is answering.',
  owner: "Ringing you first; your receptionist answers if you can't.",
  forward: 'Ringing your phone.',
};

const summaryLength = 180;

/** What the owner is told when a call starts or ends; nothing for other events. */
export function alertFor(event: AppEvent, now: Date, timeZone: string): CallAlert | null {
  if (event.type === 'call.started') {
    const { call } = event;
    return { callId: call.id, title: `Call from ${callerWithNumber(call)}`, body: answering[call.handledBy] };
  }
  if (event.type === 'call.ended') {
    const { call } = event;
    const what = [call.callerIntent && intentLabels[call.callerIntent], call.outcome && outcomeLabels[call.outcome]]
      .filter(Boolean)
      .join(' · ');
    const summary =
      call.aiSummary && call.aiSummary.length > summaryLength ? `${call.aiSummary.slice(0, summaryLength - 1)}…` : call.aiSummary;
    const body = [what, callbackWords(call, now, timeZone), summary].filter(Boolean).join('\n');
    return { callId: call.id, title: `Call ended: ${callerWithNumber(call)}`, body: body || 'No details were taken.' };
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
    const alert = alertFor(event, now(), deps.timeZone());
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

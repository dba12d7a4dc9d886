import type { CallEvent, DialCallStatus } from './types';

const dialOutcomes: Record<DialCallStatus, string> = {
  completed: 'connected',
  'no-answer': 'no answer',
  busy: 'busy',
  failed: 'failed',
};

/** One line of a readable conversation for an event, or null for bookkeeping events (webhook requests). */
export function formatEvent(event: CallEvent): string | null {
  switch (event.type) {
    case 'heard':
      return event.leg === 'caller' ? `Receptionist: ${event.text}` : `[to the dialed party: ${event.text}]`;
    case 'said':
      return `Caller: ${event.text}`;
    case 'pressed':
      return event.leg === 'caller' ? `Caller: [presses ${event.digits}]` : `[the dialed party presses ${event.digits}]`;
    case 'silence':
      return event.leg === 'caller' ? 'Caller: [silence]' : '[the dialed party stays silent]';
    case 'dial': {
      let outcome = dialOutcomes[event.status];
      if (event.declined) outcome = 'declined at screening, reported as no answer';
      else if (event.status === 'completed') outcome += `, talked ${event.seconds} s`;
      return `[dialing ${event.number}: ${outcome}]`;
    }
    case 'record':
      return `Caller (voicemail, ${event.seconds} s): ${event.text}`;
    case 'hangup':
      return event.status === 'completed' ? '[call ended]' : `[call ended: ${event.status}]`;
    case 'application-error':
      return `[application error${event.leg === 'callee' ? ' on the dialed leg' : ''}: ${event.reason} (${event.url})]`;
    case 'skipped':
      return `[skipped <${event.verb}>: ${event.reason}]`;
    case 'request':
      return null;
  }
}

/** A webhook request's line for verbose output: method, path, status and latency. */
export function formatRequest(event: Extract<CallEvent, { type: 'request' }>): string {
  const { pathname, search } = new URL(event.url);
  return `  ${event.method} ${pathname}${search} -> ${event.status ?? 'no response'} in ${Math.round(event.ms)} ms`;
}

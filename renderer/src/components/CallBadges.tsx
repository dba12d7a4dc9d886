import { Ban, FlaskConical, Languages, MessageCircleQuestion, PhoneForwarded, PhoneOff, Siren } from 'lucide-react';
import type { Call } from '../../../electron/shared/models';
import { Badge } from './ui/badge';
import { intentColors, intentLabels, outcomeLabels } from '../lib/format';
import { isScreenedOut } from '../lib/screened';

export function IntentBadge({ intent }: { intent: Call['callerIntent'] }) {
  if (!intent)
    return (
      <Badge variant="custom" className="bg-slate-100 text-slate-600">
        Unknown
      </Badge>
    );
  return (
    <Badge variant="custom" className={intentColors[intent]}>
      {intentLabels[intent]}
    </Badge>
  );
}

/** An emergency: red wherever the call or its caller shows, so it never looks routine. */
export function EmergencyBadge() {
  return (
    <Badge variant="custom" className="bg-red-700 text-white">
      <Siren aria-hidden /> Emergency
    </Badge>
  );
}

export function CallbackBadge() {
  return (
    <Badge variant="custom" className="bg-amber-100 text-amber-800">
      <PhoneForwarded aria-hidden /> Callback
    </Badge>
  );
}

/** A call placed from Test call: not a real caller, not a lead to chase. */
export function TestCallBadge() {
  return (
    <Badge variant="custom" className="bg-violet-100 text-violet-800">
      <FlaskConical aria-hidden /> Test call
    </Badge>
  );
}

export function OutcomeText({ outcome }: { outcome: Call['outcome'] }) {
  return outcome ? <span>{outcomeLabels[outcome]}</span> : null;
}

/** What the call was, in the place of its intent: a screened call says so, greyed, never red. */
export function CallKindBadge({ call }: { call: Pick<Call, 'outcome' | 'callerIntent'> }) {
  if (call.outcome && isScreenedOut(call))
    return (
      <Badge variant="custom" className="bg-slate-100 text-slate-600">
        <PhoneOff aria-hidden /> {outcomeLabels[call.outcome]}
      </Badge>
    );
  return <IntentBadge intent={call.callerIntent} />;
}

/** The caller asked things the receptionist could not answer: the owner owes them answers. */
export function QuestionsBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Badge variant="custom" className="bg-sky-100 text-sky-800">
      <MessageCircleQuestion aria-hidden /> {count} {count === 1 ? 'question' : 'questions'}
    </Badge>
  );
}

/** The caller spoke Spanish, and the receptionist answered in Spanish. */
export function SpanishBadge() {
  return (
    <Badge variant="custom" className="bg-teal-100 text-teal-800">
      <Languages aria-hidden /> Spanish
    </Badge>
  );
}

/** The caller's number is blocked: its next calls are turned away unanswered. */
export function BlockedBadge() {
  return (
    <Badge variant="custom" className="bg-slate-200 text-slate-700">
      <Ban aria-hidden /> Blocked
    </Badge>
  );
}

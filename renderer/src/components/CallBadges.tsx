import { FlaskConical, PhoneForwarded, Siren } from 'lucide-react';
import type { Call } from '../../../electron/shared/models';
import { Badge } from './ui/badge';
import { intentColors, intentLabels, outcomeLabels } from '../lib/format';

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

import type { LeadSummary } from '../../../electron/shared/apiModels';
import type { Call } from '../../../electron/shared/models';
import { emergencyOf } from '../../../electron/shared/emergency';
import { callbackWhen, formatPhone } from '../lib/format';
import { useSettings } from '../queries/settings';

/** What the receptionist learned about the caller, as a definition list. */
export function LeadFacts({ lead, call }: { lead: LeadSummary | null; call: Call }) {
  const timeZone = useSettings().data?.timezone;
  const { emergency } = emergencyOf(lead);
  const facts: Array<[string, string | null]> = [
    ['Name', lead?.name ?? null],
    ['Phone', formatPhone(call.callbackNumber ?? call.from)],
    ['Needs', lead?.project ?? null],
    ['Address', lead?.address ?? null],
    ['Urgency', lead?.urgency ? lead.urgency[0]!.toUpperCase() + lead.urgency.slice(1) : null],
    ['Callback', callbackWhen(call, lead?.lastCallId === call.id ? lead.callbackPhrase : null, timeZone)],
  ];
  return (
    <dl className="grid grid-cols-[7rem_1fr] gap-x-4 gap-y-2.5 text-sm">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd
            className={
              label === 'Urgency' && emergency ? 'font-semibold text-red-700' : value ? 'font-medium' : 'text-muted-foreground'
            }
          >
            {value ?? 'Not given'}
          </dd>
        </div>
      ))}
    </dl>
  );
}

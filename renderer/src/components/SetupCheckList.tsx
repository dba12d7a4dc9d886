import { CheckCircle2, CircleAlert, Loader2 } from 'lucide-react';
import type { SetupCheck, SetupReport } from '../../../electron/shared/phoneLine';

/** Every link from a caller to Pickup, in the order a call travels them, named as the owner sees them. */
const links: readonly { link: SetupCheck['link']; name: string }[] = [
  { link: 'credentials', name: 'Your Twilio account' },
  { link: 'number', name: 'Your number rings Pickup' },
  { link: 'tunnel', name: 'Twilio can reach this computer' },
  { link: 'signature', name: 'Calls from Twilio are accepted' },
  { link: 'text', name: 'Texts reach your phone' },
];

/**
 * The setup check, one row per link. While a check runs each row says so, in the same place its
 * result will take: the rows are there from the start, so nothing below them jumps when the
 * answer comes in (a button that moves as it is pressed is a press lost).
 */
export function SetupCheckList({ report, checking }: { report: SetupReport | undefined; checking: boolean }) {
  return (
    <ul className="space-y-2" aria-label="Setup check" aria-busy={checking}>
      {links.map(({ link, name }) => {
        const result = checking ? undefined : report?.checks.find((c) => c.link === link);
        if (!checking && !result) return null;
        return (
          <li key={link} className="flex items-start gap-2 rounded-lg border p-3">
            {!result ? (
              <Loader2 className="mt-0.5 size-4 shrink-0 animate-spin text-muted-foreground" aria-label="checking" />
            ) : result.ok ? (
              <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-emerald-700" aria-label="working" />
            ) : (
              <CircleAlert className="mt-0.5 size-4 shrink-0 text-amber-700" aria-label="needs attention" />
            )}
            <span className="text-sm">
              <span className="block font-medium">{name}</span>
              <span className="block text-muted-foreground">{result ? result.detail : 'Checking…'}</span>
              {result?.fix && <span className="block text-amber-800">{result.fix}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

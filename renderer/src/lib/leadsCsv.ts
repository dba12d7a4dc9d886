import type { LeadSummary } from '../../../electron/shared/apiModels';
import { formatInZone } from './time';

/** Times as a spreadsheet reads them, on the business's clock: 2025-01-31 17:05. */
const when = (iso: string | null, timeZone: string | undefined) => (iso ? formatInZone(iso, 'yyyy-MM-dd HH:mm', timeZone) : null);

const columns = (timeZone: string | undefined): Array<[string, (lead: LeadSummary) => string | number | null]> => [
  ['Name', (l) => l.name],
  ['Phone', (l) => l.phone],
  ['Status', (l) => l.status],
  ['Need', (l) => l.project],
  ['Address', (l) => l.address],
  ['Urgency', (l) => l.urgency],
  ['Callback requested', (l) => (l.callbackRequested ? 'yes' : 'no')],
  ['Callback time', (l) => when(l.callbackTime, timeZone) ?? l.callbackPhrase],
  ['Calls', (l) => l.callCount],
  ['Last call', (l) => when(l.lastCallAt, timeZone)],
  ['Notes', (l) => l.notes],
  ['First call', (l) => when(l.createdAt, timeZone)],
];

/**
 * One CSV cell (RFC 4180 quoting). Text a spreadsheet would run as a formula (=, +, -, @ and
 * control characters first) is prefixed with ', so a caller's words can never become one; a
 * plain phone number or count stays as it is.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d[\d\s().-]*$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The leads as a CSV file's text (CRLF rows, a header row), for a spreadsheet or a CRM; times in
 * the business's time zone, named in the header.
 */
export function leadsToCsv(leads: readonly LeadSummary[], timeZone?: string): string {
  const cols = columns(timeZone).map(([name, get]): [string, typeof get] => [
    /time|call$/i.test(name) && timeZone ? `${name} (${timeZone})` : name,
    get,
  ]);
  const rows = [cols.map(([name]) => name), ...leads.map((lead) => cols.map(([, get]) => csvCell(get(lead))))];
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}

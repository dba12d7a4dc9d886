import type { LeadSummary } from '../../../electron/shared/apiModels';

const columns: Array<[string, (lead: LeadSummary) => string | number | null]> = [
  ['Name', (l) => l.name],
  ['Phone', (l) => l.phone],
  ['Status', (l) => l.status],
  ['Need', (l) => l.project],
  ['Address', (l) => l.address],
  ['Urgency', (l) => l.urgency],
  ['Callback requested', (l) => (l.callbackRequested ? 'yes' : 'no')],
  ['Callback time', (l) => l.callbackTime ?? l.callbackPhrase],
  ['Calls', (l) => l.callCount],
  ['Last call', (l) => l.lastCallAt],
  ['Notes', (l) => l.notes],
  ['First call', (l) => l.createdAt],
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

/** The leads as a CSV file's text (CRLF rows, a header row), for a spreadsheet or a CRM. */
export function leadsToCsv(leads: readonly LeadSummary[]): string {
  const rows = [columns.map(([name]) => name), ...leads.map((lead) => columns.map(([, get]) => csvCell(get(lead))))];
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}

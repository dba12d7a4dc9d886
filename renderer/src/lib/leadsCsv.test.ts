import { describe, expect, it } from 'vitest';
import type { LeadSummary } from '../../../electron/shared/apiModels';
import { csvCell, leadsToCsv } from './leadsCsv';

const lead: LeadSummary = {
  id: 'l1',
  phone: '+13035550142',
  name: 'Dana "D" Smith',
  address: '12 Oak Street, Denver',
  project: 'roof quote',
  urgency: 'normal',
  source: 'voice',
  status: 'new',
  notes: 'Gate code 1234\nDog in yard',
  callCount: 2,
  lastCallAt: '2025-06-02T15:00:00.000Z',
  lastCallId: 'c1',
  testOnly: false,
  callbackRequested: true,
  callbackTime: null,
  callbackPhrase: 'after 5',
  createdAt: '2025-06-01T15:00:00.000Z',
  updatedAt: '2025-06-02T15:00:00.000Z',
};

describe('leadsToCsv', () => {
  it('writes a header and one quoted, CRLF-separated row per lead', () => {
    const csv = leadsToCsv([lead], 'America/Denver');
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'Name,Phone,Status,Need,Address,Urgency,Callback requested,Callback time (America/Denver),Calls,Last call (America/Denver),Notes,First call (America/Denver)',
    );
    expect(row).toBe(
      '"Dana ""D"" Smith",+13035550142,new,roof quote,"12 Oak Street, Denver",normal,yes,after 5,2,2025-06-02 09:00,"Gate code 1234\nDog in yard",2025-06-01 09:00',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes only the header for no leads', () => {
    expect(leadsToCsv([]).split('\r\n')).toHaveLength(2);
  });
});

describe('csvCell', () => {
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+cmd|calc')).toBe("'+cmd|calc");
  });

  it('leaves phone numbers, numbers and empty values alone', () => {
    expect(csvCell('+1 (303) 555-0142')).toBe('+1 (303) 555-0142');
    expect(csvCell(7)).toBe('7');
    expect(csvCell(null)).toBe('');
  });
});

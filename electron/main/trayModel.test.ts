import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../shared/settings';
import { callFixture } from '../../test/support/callFixture';
import { dutyOf, trayView, type TrayInputs, type TrayLead, type TrayMenuItem } from './trayModel';

/** Wednesday 2026-11-25 10:00 in Denver: business hours. */
const wednesdayMorning = new Date('2026-11-25T17:00:00Z');
/** Saturday 2026-11-28 21:00 in Denver. */
const saturdayNight = new Date('2026-11-29T04:00:00Z');

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  ...defaultSettings,
  timezone: 'America/Denver',
  ...overrides,
});
const inputs = (overrides: Partial<TrayInputs> = {}): TrayInputs => ({
  settings: settings(),
  problems: [],
  live: [],
  recent: [],
  leads: new Map(),
  keepingAwake: false,
  launchAtLogin: false,
  secretsWarning: null,
  now: wednesdayMorning,
  ...overrides,
});
const labels = (menu: TrayMenuItem[]) => menu.flatMap((item) => ('label' in item ? [item.label] : []));

describe('on duty', () => {
  it("follows the voice mode and the business's own clock", () => {
    expect(dutyOf(settings({ voiceMode: 'always' }), wednesdayMorning).onDuty).toBe(true);
    expect(dutyOf(settings({ voiceMode: 'overflow' }), wednesdayMorning).onDuty).toBe(true);
    expect(dutyOf(settings({ voiceMode: 'after_hours' }), wednesdayMorning).onDuty).toBe(false);
    expect(dutyOf(settings({ voiceMode: 'after_hours' }), saturdayNight).onDuty).toBe(true);
    expect(dutyOf(settings({ voiceMode: 'always', voiceEnabled: false }), saturdayNight).onDuty).toBe(false);
  });
});

describe('the tray icon', () => {
  it('is idle when the AI is off duty and nothing is wrong', () => {
    expect(trayView(inputs()).icon).toBe('idle');
  });

  it('is on duty after hours', () => {
    const view = trayView(inputs({ now: saturdayNight }));
    expect(view.icon).toBe('on-duty');
    expect(view.tooltip).toBe('Pickup: On duty: after hours, answering every call');
  });

  it('shows a problem, and names it, when real calls cannot reach Pickup', () => {
    const view = trayView(inputs({ now: saturdayNight, problems: ['No tunnel: Twilio cannot reach this computer'] }));
    expect(view.icon).toBe('problem');
    expect(view.menu[0]).toEqual({ kind: 'label', label: 'No tunnel: Twilio cannot reach this computer' });
  });

  it('shows a problem when the core is not running', () => {
    expect(trayView(inputs({ settings: null })).icon).toBe('problem');
  });

  it('shows a live call above everything else, with who is on the line', () => {
    const view = trayView(
      inputs({ problems: ['No tunnel'], live: [callFixture({ leadName: 'Dana' }), callFixture({ id: 'call-2' })] }),
    );
    expect(view.icon).toBe('live-call');
    expect(view.tooltip).toBe('Pickup: On the line: Dana and 1 more');
  });
});

describe('emergencies in the tray', () => {
  const leads = new Map([
    [
      'lead-flood',
      { urgency: 'emergency' as const, status: 'new' as const, project: 'Water is pouring through my kitchen ceiling' },
    ],
    ['lead-quote', { urgency: 'normal' as const, status: 'new' as const, project: 'New gutters' }],
  ]);
  const routine = callFixture({ id: 'c-quote', leadId: 'lead-quote', leadName: 'Sam', callerIntent: 'quote' });
  const flood = callFixture({ id: 'c-flood', leadId: 'lead-flood', leadName: 'Dana', callerIntent: 'other' });
  const actions = (menu: TrayMenuItem[]) => menu.filter((item) => item.kind === 'action').map((item) => item.label);

  it("lists a live emergency first, marked URGENT with the problem in the caller's words, and says so in the tooltip", () => {
    const view = trayView(inputs({ live: [routine, flood], leads }));
    expect(actions(view.menu).slice(0, 2)).toEqual([
      'Live: URGENT · Dana · Water is pouring through my kitchen…',
      'Live: Sam · Quote',
    ]);
    expect(view.menu[0]).toEqual({ kind: 'label', label: 'EMERGENCY on the line: Dana and 1 more' });
    expect(view.tooltip).toBe('Pickup: EMERGENCY on the line: Dana and 1 more');
    expect(view.icon).toBe('live-call');
  });

  it('says nothing urgent while the live calls are routine', () => {
    const view = trayView(inputs({ live: [routine], leads }));
    expect(view.tooltip).toBe('Pickup: On the line: Sam');
    expect(actions(view.menu)).toContain('Live: Sam · Quote');
  });

  it('lists a recent emergency above the other last calls, marked URGENT', () => {
    const ended = { endedAt: '2026-11-25T16:30:00.000Z' };
    const recent = [
      callFixture({ ...routine, ...ended, outcome: 'qualified' }),
      callFixture({ ...flood, ...ended, outcome: 'scheduled' }),
    ];
    const lastCalls = actions(trayView(inputs({ recent, leads })).menu).slice(0, 2);
    expect(lastCalls).toEqual([
      'URGENT · Dana · Water is pouring through my kitchen… · Callback scheduled · 9:30 AM',
      'Sam · Qualified · 9:30 AM',
    ]);
  });

  it('keeps marking an ended emergency the owner has dealt with, but no longer lists it first', () => {
    const ended = { endedAt: '2026-11-25T16:30:00.000Z', outcome: 'qualified' as const };
    const dealtWith = new Map<string, TrayLead>([...leads, ['lead-flood', { ...leads.get('lead-flood')!, status: 'contacted' }]]);
    const recent = [callFixture({ ...routine, ...ended }), callFixture({ ...flood, ...ended })];
    expect(actions(trayView(inputs({ recent, leads: dealtWith })).menu).slice(0, 2)).toEqual([
      'Sam · Qualified · 9:30 AM',
      'URGENT · Dana · Water is pouring through my kitchen… · Qualified · 9:30 AM',
    ]);
  });

  it('never marks a robocall or a wrong number, whatever its lead said before', () => {
    const recent = [callFixture({ ...flood, outcome: 'spam', endedAt: '2026-11-25T16:30:00.000Z' })];
    expect(actions(trayView(inputs({ recent, leads })).menu)[0]).toBe('Dana · Robocall or sales call · 9:30 AM');
  });
});

describe('the tray menu', () => {
  it('lists the last calls, each opening that call', () => {
    const recent = [callFixture({ id: 'c9', leadName: 'Dana', outcome: 'scheduled', endedAt: '2026-11-25T16:30:00.000Z' })];
    const item = trayView(inputs({ recent })).menu.find((i) => i.kind === 'action' && i.label.startsWith('Dana'));
    expect(item).toEqual({
      kind: 'action',
      label: 'Dana · Callback scheduled · 9:30 AM',
      action: { type: 'open-call', callId: 'c9' },
    });
  });

  it('says when there are no calls yet', () => {
    expect(labels(trayView(inputs()).menu)).toContain('No calls yet');
  });

  it('offers the live call first, the dashboard, the on-duty toggle and quit', () => {
    const menu = trayView(inputs({ live: [callFixture({ id: 'live-1', from: '+13035550142' })] })).menu;
    expect(menu).toContainEqual({
      kind: 'action',
      label: 'Live: (303) 555-0142',
      action: { type: 'open-call', callId: 'live-1' },
    });
    expect(menu).toContainEqual({ kind: 'action', label: 'Open dashboard', action: { type: 'open-dashboard' } });
    expect(menu).toContainEqual({
      kind: 'checkbox',
      label: 'AI receptionist on duty',
      checked: true,
      action: { type: 'set-on-duty', on: false },
    });
    expect(menu.at(-1)).toEqual({ kind: 'action', label: 'Quit Pickup', action: { type: 'quit' } });
  });

  it('turns the AI back on from the toggle when it is off', () => {
    const menu = trayView(inputs({ settings: settings({ voiceEnabled: false }) })).menu;
    expect(menu).toContainEqual({
      kind: 'checkbox',
      label: 'AI receptionist on duty',
      checked: false,
      action: { type: 'set-on-duty', on: true },
    });
  });

  it('says that it keeps the computer awake, and that secrets lack a keyring', () => {
    const text = labels(trayView(inputs({ keepingAwake: true, secretsWarning: 'basic_text' })).menu);
    expect(text).toContain('Keeping this computer awake while on duty');
    expect(text).toContain('Secrets are stored without a keyring (basic_text)');
  });
});

import { describe, expect, it } from 'vitest';
import type { CoreStatus } from '../shared/apiModels';
import { readinessProblems } from './readiness';

const status = (overrides: Partial<CoreStatus> = {}): CoreStatus => ({
  brain: 'offline',
  openAiKeySet: false,
  twilioCredentialsSet: true,
  localSigning: false,
  publicUrl: 'https://summit.ngrok.app',
  webhookUrl: 'https://summit.ngrok.app/api/voice/incoming',
  ...overrides,
});

describe('whether real calls can reach Pickup', () => {
  it('finds nothing wrong with Twilio connected, a number chosen and a tunnel open', () => {
    expect(readinessProblems(status(), { twilioPhoneNumber: '+13035550100' })).toEqual([]);
  });

  it('names a missing Twilio connection, or a missing number', () => {
    expect(readinessProblems(status({ twilioCredentialsSet: false }), { twilioPhoneNumber: '' })).toEqual([
      'Twilio is not connected: only test calls reach Pickup',
    ]);
    expect(readinessProblems(status(), { twilioPhoneNumber: '' })).toEqual(['No Twilio number is chosen in Settings']);
  });

  it('names a missing tunnel when the webhooks are only on this computer', () => {
    expect(readinessProblems(status({ publicUrl: 'http://127.0.0.1:41234' }), { twilioPhoneNumber: '+13035550100' })).toEqual([
      'No tunnel: Twilio cannot reach this computer (add an ngrok authtoken)',
    ]);
  });

  it('says why the tunnel is not open when ngrok refused it, so the tray shows what to do', () => {
    const tunnel = { state: 'error' as const, reason: 'ngrok refused the authtoken: copy it again from dashboard.ngrok.com' };
    expect(
      readinessProblems(status({ publicUrl: 'http://127.0.0.1:41234' }), { twilioPhoneNumber: '+13035550100' }, tunnel),
    ).toEqual(['The tunnel is not open: ngrok refused the authtoken: copy it again from dashboard.ngrok.com']);
  });
});

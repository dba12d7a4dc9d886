import { describe, expect, it } from 'vitest';
import { relayOutcome } from './handoff';

describe('relayOutcome', () => {
  it('reads a handoff Pickup sent', () => {
    const HandoffData = JSON.stringify({ action: 'transfer', say: 'Putting you through.' });
    expect(relayOutcome({ CallStatus: 'in-progress', HandoffData })).toEqual({
      kind: 'handoff',
      handoff: { action: 'transfer', say: 'Putting you through.' },
    });
  });

  it('falls back to Gather when the socket dropped (64105)', () => {
    const outcome = relayOutcome({
      CallStatus: 'in-progress',
      SessionStatus: 'failed',
      ErrorCode: '64105',
      ErrorMessage: 'closed',
    });
    expect(outcome).toEqual({ kind: 'gather-fallback', reason: 'relay error 64105 (WebSocket dropped): closed' });
  });

  it('falls back to Gather on handoff data that is not ours', () => {
    expect(relayOutcome({ CallStatus: 'in-progress', HandoffData: '{"action":"dance"}' }).kind).toBe('gather-fallback');
    expect(relayOutcome({ CallStatus: 'in-progress', HandoffData: 'not json' }).kind).toBe('gather-fallback');
  });

  it('does nothing more for a caller who hung up', () => {
    expect(relayOutcome({ CallStatus: 'completed', ErrorCode: '64105' })).toEqual({ kind: 'hung-up' });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { sampleCallerLines } from '../../../test/support/sampleCaller';
import { startTestCore, type TestCore } from '../../../test/support/testCore';

let core: TestCore | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

describe('per-call state in memory (#18)', () => {
  it('is let go when Twilio says the call is over, not kept a minute per turn', async () => {
    core = await startTestCore();
    const calls = [core.call({ from: '+13035550142' }), core.call({ from: '+13035550143' })];
    for (const call of calls) await call.start();
    // Mid-call: the caller has not said goodbye yet.
    for (const line of sampleCallerLines.slice(0, 3)) for (const call of calls) await call.say(line);
    expect(calls.map((call) => call.state)).toEqual(['gathering', 'gathering']);
    expect(core.engine.callsHeld()).toBe(2);

    await calls[0]!.hangup();
    expect(core.engine.callsHeld()).toBe(1);
    await calls[1]!.hangup();
    await core.settle();
    expect(core.engine.callsHeld()).toBe(0);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { sampleCallerLines } from '../../../test/support/sampleCaller';
import { startTestCore, type TestCore } from '../../../test/support/testCore';

let core: TestCore | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

// Every commit is an fsync (synchronous=FULL), the event loop's longest wait under load: a
// webhook commits once, and the call's wrap-up joins the commit of the webhook that ends it (#18).
describe('commits per call', () => {
  it('one per webhook when the caller says goodbye: the wrap-up is claimed in the goodbye turn’s commit', async () => {
    core = await startTestCore({ ownerPhone: '' });
    const c = core;
    const ended: string[] = [];
    c.events.subscribe((event) => {
      if (event.type === 'call.ended') ended.push(event.call.transcript ?? '');
    });
    const before = c.store.commits();
    const call = c.call({ from: '+13035550142' });
    await call.start();
    for (const line of sampleCallerLines) if (call.state === 'gathering') await call.say(line);
    expect(call.state).toBe('ended');
    await c.settle();

    expect(c.store.commits() - before).toBe(call.requests.length);
    const record = c.store.calls.findBySid(call.callSid)!;
    expect(record.finalizedAt).not.toBeNull();
    expect(record.transcript).toContain("no that's all");
    expect(ended).toEqual([record.transcript]);
  });

  it('one for the status callback of a caller who hangs up: the status and the wrap-up’s claim together', async () => {
    core = await startTestCore({ ownerPhone: '' });
    const call = core.call({ from: '+13035550143' });
    await call.start();
    await call.say(sampleCallerLines[0]!);
    const before = core.store.commits();
    await call.hangup();
    await core.settle();

    expect(core.store.commits() - before).toBe(1);
    const record = core.store.calls.findBySid(call.callSid)!;
    expect(record.status).toBe('completed');
    expect(record.transcript).toContain(sampleCallerLines[0]);
  });
});

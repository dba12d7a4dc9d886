import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCore } from '../electron/core/host/startCore';
import { SimulatedCall } from '../electron/core/twilio/simulator/simulatedCall';
import { sampleCallerLines } from '../test/support/sampleCaller';

const core = await startCore({
  dataDir: mkdtempSync(join(tmpdir(), 'prof-')),
  port: 0,
  apiPort: 0,
  tunnel: false,
  env: { TWILIO_AUTH_TOKEN: 't' },
  log: () => {},
});
core.store.settings.update({ voiceMode: 'always' });
const serverTimes: number[] = [];
const t0 = performance.now();
for (let i = 0; i < 300; i++) {
  const call = new SimulatedCall({ publicUrl: core.publicUrl, authToken: 't', from: `+1720555${String(i).padStart(4, '0')}` });
  await call.start();
  for (const line of sampleCallerLines) if (call.state === 'gathering') await call.say(line);
  if (call.state !== 'ended') await call.hangup();
  serverTimes.push(...call.requests.map((r) => r.ms));
}
serverTimes.sort((a, b) => a - b);
console.log(
  'requests',
  serverTimes.length,
  'p50',
  serverTimes[Math.floor(serverTimes.length / 2)],
  'p99',
  serverTimes[Math.floor(serverTimes.length * 0.99)],
  'total s',
  ((performance.now() - t0) / 1000).toFixed(1),
);
await core.stop();

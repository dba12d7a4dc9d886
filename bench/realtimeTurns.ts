import { readFileSync } from 'node:fs';
import { MediaStreamCall } from '../electron/core/twilio/simulator/mediaStreamCall';

const lines = ['I need a roof quote.', 'My roof is leaking over the kitchen.', 'Can somebody come out this week?'];
/** Linux's clock ticks per second for /proc/<pid>/stat (`getconf CLK_TCK`). */
const ticksPerSecond = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU time (user + system) a process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

export interface StreamTimes {
  /** The caller's last voiced frame sent to the first audio frame back, per turn. */
  turnMs: number[];
  /** Bytes on the Twilio socket, both directions, per minute of each call. */
  bytesPerMinute: number[];
  /** Of those, the bridge's to Twilio: what a tunnel such as ngrok counts as data transfer out. */
  bytesOutPerMinute: number[];
  /** CPU time of the bridge process per minute of call, in milliseconds. */
  cpuMsPerCallMinute: number;
}

/**
 * Plays `calls` concurrent Media Streams calls of `turns` caller turns each against a bridge and
 * times every turn. `open` rings the bridge and connects the stream (and waits for the greeting
 * where there is one); the bridge's process `pid` is charged for the CPU.
 */
export async function timeStreamTurns(args: {
  calls: number;
  turns: number;
  pauseMs: number;
  pid: number;
  open: (n: number) => Promise<MediaStreamCall>;
}): Promise<StreamTimes> {
  const times: StreamTimes = { turnMs: [], bytesPerMinute: [], bytesOutPerMinute: [], cpuMsPerCallMinute: 0 };
  let callMinutes = 0;
  const cpuBefore = cpuMs(args.pid);
  await Promise.all(
    Array.from({ length: args.calls }, async (_, n) => {
      await sleep(args.pauseMs * Math.random());
      const started = performance.now();
      const call = await args.open(n);
      for (let turn = 0; turn < args.turns; turn++) {
        const spoke = await call.say(lines[turn % lines.length]!);
        times.turnMs.push((await call.firstAudioAfter(spoke)) - spoke);
        await call.heardReply({ since: spoke });
        await sleep(args.pauseMs * (0.5 + Math.random()));
      }
      await call.hangUp();
      const minutes = (performance.now() - started) / 60_000;
      callMinutes += minutes;
      times.bytesPerMinute.push((call.bytesSent + call.bytesIn) / minutes);
      times.bytesOutPerMinute.push(call.bytesIn / minutes);
    }),
  );
  times.cpuMsPerCallMinute = (cpuMs(args.pid) - cpuBefore) / callMinutes;
  return times;
}

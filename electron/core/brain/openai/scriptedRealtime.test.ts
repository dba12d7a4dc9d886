import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { silence, speechMulaw } from '../../twilio/simulator/localSpeech';
import {
  clientEventProblems,
  quotedWords,
  startScriptedRealtime,
  type ScriptedRealtime,
} from '../../../../test/support/scriptedRealtime';

let server: ScriptedRealtime | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function open(url: string, key: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/realtime?model=gpt-realtime`, {
    headers: { authorization: `Bearer ${key}` },
  });
  const received: { type: string; [k: string]: unknown }[] = [];
  ws.on('message', (data) => received.push(JSON.parse(String(data)) as { type: string }));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('unexpected-response', (_q, r) => reject(new Error(`HTTP ${r.statusCode}`)));
  });
  const until = async (type: string) => {
    for (let i = 0; i < 2000; i++) {
      const found = received.find((e) => e.type === type);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`no ${type}`);
  };
  return { ws, received, until, send: (event: unknown) => ws.send(JSON.stringify(event)) };
}

describe('scripted Realtime stand-in', () => {
  it("judges client events by OpenAI's own schemas", () => {
    expect(clientEventProblems({ type: 'input_audio_buffer.append', audio: 'AAAA' })).toEqual([]);
    expect(clientEventProblems({ type: 'conversation.item.truncate', item_id: 'i', content_index: 0, audio_end_ms: 10 })).toEqual(
      [],
    );
    expect(clientEventProblems({ type: 'conversation.item.truncate', item_id: 'i' })).toHaveLength(1);
    expect(clientEventProblems({ type: 'input_audio_buffer.append', audio: 'A', voice: 'x' })).toEqual([
      'input_audio_buffer.append: voice is not one of its fields',
    ]);
    expect(clientEventProblems({ type: 'session.create' })).toEqual(['session.create is not a Realtime client event']);
    expect(quotedWords('Say exactly: "Hello there."')).toBe('Hello there.');
  });

  it('refuses a wrong key, hears speech end by energy, answers with speech, a tool call and usage', async () => {
    server = await startScriptedRealtime({
      apiKey: 'sk-rt',
      synthesize: speechMulaw,
      respond: (turn) => ({
        transcript: 'my roof leaks',
        say: 'Sorry to hear that.',
        toolCalls: [{ name: 'end_call', arguments: { turn: turn.index } }],
      }),
    });
    await expect(open(server.url, 'sk-wrong')).rejects.toThrow(/HTTP 401/);
    const client = await open(server.url, 'sk-rt');
    await client.until('session.created');
    client.send({
      type: 'session.update',
      session: {
        type: 'realtime',
        audio: { input: { format: { type: 'audio/pcmu' }, turn_detection: { type: 'server_vad', silence_duration_ms: 300 } } },
      },
    });
    await client.until('session.updated');
    const audio = Buffer.concat([silence(200), await speechMulaw('Hello, my roof is leaking.'), silence(400)]);
    for (let at = 0; at < audio.length; at += 160)
      client.send({ type: 'input_audio_buffer.append', audio: audio.subarray(at, at + 160).toString('base64') });
    await client.until('input_audio_buffer.speech_started');
    await client.until('input_audio_buffer.speech_stopped');
    const transcript = await client.until('conversation.item.input_audio_transcription.completed');
    expect(transcript.transcript).toBe('my roof leaks');
    const done = (await client.until('response.done')) as unknown as { response: { usage: { output_tokens: number } } };
    expect(done.response.usage.output_tokens).toBeGreaterThan(0);
    const deltas = client.received.filter((e) => e.type === 'response.output_audio.delta');
    expect(deltas.reduce((n, e) => n + Buffer.from(e.delta as string, 'base64').length, 0)).toBeGreaterThan(4000);
    expect(client.received.find((e) => e.type === 'response.function_call_arguments.done')).toMatchObject({ name: 'end_call' });
    client.send({ type: 'session.update', session: { type: 'realtime', output_modalities: ['video'] } });
    await client.until('error');
    expect(server.problems.length).toBeGreaterThan(0);
    client.ws.close();
  });
});

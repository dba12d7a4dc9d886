import { quotedWords, startScriptedRealtime } from '../test/support/scriptedRealtime';
import { speechMulaw } from '../electron/core/twilio/simulator/localSpeech';

/**
 * The scripted OpenAI Realtime model for the speech-to-speech benchmark, in a process of its own
 * (as the chat model is): it greets with the words asked for and answers every caller turn with
 * the same short line, so Pickup and the floor relay face the same model. Prints `{"url"}`.
 */
const model = await startScriptedRealtime({
  apiKey: 'bench-key',
  synthesize: speechMulaw,
  respond: (turn) =>
    turn.trigger === 'response.create' && turn.instructions
      ? { say: quotedWords(turn.instructions) }
      : { transcript: 'I need a roof quote.', say: 'Sure. What is the address?' },
});
process.stdout.write(`${JSON.stringify({ url: model.url })}\n`);
process.on('SIGTERM', () => void model.close().then(() => process.exit(0)));

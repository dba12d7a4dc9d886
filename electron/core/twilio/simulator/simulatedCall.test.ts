import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { playScriptedCall, SimulatedCall, type SimulatedCallOptions } from './simulatedCall';
import { TestWebhookServer, twiml } from '../../../../test/support/testWebhookServer';

const token = 'test-auth-token-0123456789abcdef';
const voice = '/api/webhooks/twilio/voice';
const gather = `${voice}/gather`;
const status = `${voice}/status`;
const dialComplete = `${voice}/dial-complete`;
const recording = `${voice}/recording`;
const transcription = `${voice}/transcription`;

let server: TestWebhookServer;

beforeEach(async () => {
  server = new TestWebhookServer(token);
  server.route(status, twiml(''));
  await server.start();
});

afterEach(async () => {
  await server.stop();
});

function options(extra: Partial<SimulatedCallOptions> = {}): SimulatedCallOptions {
  return { publicUrl: server.url, authToken: token, ...extra };
}

/** A clock the test moves by hand. */
function manualClock(startMs = Date.UTC(2025, 5, 2, 15, 0, 0)) {
  let now = startMs;
  return { read: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

describe('SimulatedCall', () => {
  it('signs every request so that twilio.validateRequest accepts it, query strings included', async () => {
    server
      .route(voice, twiml(`<Gather input="speech" action="${gather}?turn=1&amp;note=a%20b"><Say>Hi</Say></Gather>`))
      .route(gather, (r) =>
        twiml(r.query.turn === '1' ? `<Gather input="speech" method="GET" action="${gather}?turn=2"/>` : '<Hangup/>'),
      );
    const call = new SimulatedCall(options());
    await call.start();
    await call.say('I need a roof quote');
    await call.say('Dana');

    expect(call.requests.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(server.received.map((r) => r.path)).toEqual([
      voice,
      `${gather}?turn=1&note=a%20b`,
      expect.stringMatching(new RegExp(`^${gather}\\?turn=2&.*SpeechResult=Dana`)),
      status,
    ]);
    const getRequest = server.received[2];
    expect(getRequest?.method).toBe('GET');
    expect(getRequest?.query).toMatchObject({ turn: '2', SpeechResult: 'Dana', CallSid: call.callSid });
    expect(call.state).toBe('ended');
  });

  it('sends extra call parameters such as StirVerstat with every request of the call', async () => {
    server.route(voice, twiml(`<Gather input="speech" action="${gather}"/>`)).route(gather, twiml('<Hangup/>'));
    const call = new SimulatedCall(options({ extraParams: { StirVerstat: 'TN-Validation-Failed' } }));
    await call.start();
    await call.say('press one to verify your google listing');

    expect(server.to(voice)[0]?.params).toMatchObject({ StirVerstat: 'TN-Validation-Failed' });
    expect(server.to(gather)[0]?.params).toMatchObject({ StirVerstat: 'TN-Validation-Failed', SpeechResult: expect.any(String) });
  });

  it('is refused with 403 under the wrong auth token, which ends the call as an application error', async () => {
    server.route(voice, twiml('<Say>never heard</Say>'));
    const call = new SimulatedCall(options({ authToken: 'wrong-token', statusCallbackUrl: null }));
    await call.start();

    expect(call.requests[0]?.status).toBe(403);
    expect(server.received).toHaveLength(0);
    expect(call.state).toBe('ended');
    expect(call.events).toContainEqual(expect.objectContaining({ type: 'application-error', reason: 'HTTP 403' }));
    expect(call.heard()).toEqual([]);
  });

  it('sends the incoming-call params, then speech to the Gather action, and plays the replies', async () => {
    server
      .route(
        voice,
        twiml(
          `<Gather input="speech" action="${gather}"><Say>Thanks for calling Peak Roofing. How can I help?</Say></Gather><Say>Goodbye</Say>`,
        ),
      )
      .route(
        gather,
        twiml('<Say>Sure, what is your name?</Say><Gather input="speech" action="/api/webhooks/twilio/voice/gather"/>'),
      );
    const call = new SimulatedCall(options({ from: '+13035550177', callSid: 'CA' + 'a'.repeat(32) }));
    await call.start();

    expect(call.state).toBe('gathering');
    expect(server.to(voice)[0]?.params).toMatchObject({
      CallSid: 'CA' + 'a'.repeat(32),
      AccountSid: expect.stringMatching(/^AC[0-9a-f]{32}$/),
      ApiVersion: '2010-04-01',
      CallStatus: 'ringing',
      Direction: 'inbound',
      From: '+13035550177',
      Caller: '+13035550177',
      To: '+13035550100',
      Called: '+13035550100',
      CallerCountry: 'US',
    });

    await call.say('I need a roof quote');
    expect(server.to(gather)[0]?.params).toMatchObject({
      SpeechResult: 'I need a roof quote',
      Confidence: '0.92',
      CallStatus: 'in-progress',
    });
    expect(call.heard()).toEqual(['Thanks for calling Peak Roofing. How can I help?', 'Sure, what is your name?']);
    expect(call.state).toBe('gathering');
    expect(call.lastTwiml).toContain('Sure, what is your name?');
  });

  it('resolves relative URLs against the document that contained them', async () => {
    server
      .route(voice, twiml('<Redirect>voice/transfer?from=voice</Redirect>'))
      .route(`${voice}/transfer`, twiml('<Gather input="speech" action="gather"/>'))
      .route(gather, twiml('<Redirect method="POST">../voice/dial-complete</Redirect>'))
      .route(dialComplete, twiml('<Say>done</Say>'));
    const call = new SimulatedCall(options());
    await call.start();
    await call.say('hello');

    expect(server.received.map((r) => r.path)).toEqual([
      voice,
      `${voice}/transfer?from=voice`,
      `${voice}/gather`,
      dialComplete,
      status,
    ]);
    expect(call.heard()).toEqual(['done']);
  });

  it('leaves a pending Gather for the URL of a live call update, as Twilio does', async () => {
    server
      .route(voice, twiml(`<Gather input="speech" action="${gather}"><Say>Hi</Say></Gather>`))
      .route(`${voice}/transfer`, twiml('<Say>Connecting you now.</Say><Hangup/>'));
    const call = new SimulatedCall(options());
    await call.start();
    await call.redirect(`${server.url}${voice}/transfer`);

    expect(server.received.map((r) => r.path)).toEqual([voice, `${voice}/transfer`, status]);
    expect(call.heard()).toEqual(['Hi', 'Connecting you now.']);
    expect(call.state).toBe('ended');
    await expect(call.redirect(`${server.url}${voice}/transfer`)).rejects.toThrow('ended');
  });

  it('plays Play and Pause, skips unknown verbs, and ends the call when TwiML runs out', async () => {
    server.route(voice, twiml('<Play>/audio/hold.mp3</Play><Pause length="2"/><Sms>hi</Sms><Say>after</Say>'));
    const clock = manualClock();
    const call = new SimulatedCall(options({ clock: clock.read }));
    await call.start();

    expect(call.heard()).toEqual([`[audio ${server.url}/audio/hold.mp3]`, 'after']);
    expect(call.events).toContainEqual(expect.objectContaining({ type: 'skipped', verb: 'Sms' }));
    expect(call.events).toContainEqual({ type: 'hangup', by: 'end-of-twiml', status: 'completed' });
    expect(server.to(status)[0]?.params).toMatchObject({ CallStatus: 'completed', CallDuration: '2' });
  });

  describe('Gather without input', () => {
    it('posts the action without SpeechResult when actionOnEmptyResult="true"', async () => {
      server
        .route(voice, twiml(`<Gather input="speech" actionOnEmptyResult="true" action="${gather}"/><Say>not reached</Say>`))
        .route(gather, twiml('<Say>Are you still there?</Say>'));
      const call = new SimulatedCall(options());
      await call.start();
      await call.silence();

      const posted = server.to(gather)[0]?.params ?? {};
      expect(posted.CallSid).toBe(call.callSid);
      expect(posted).not.toHaveProperty('SpeechResult');
      expect(call.heard()).toEqual(['Are you still there?']);
    });

    it('continues with the verbs after the Gather otherwise', async () => {
      server
        .route(voice, twiml(`<Gather input="speech" action="${gather}"/><Say>We didn't hear anything. Goodbye.</Say><Hangup/>`))
        .route(gather, twiml('<Say>not reached</Say>'));
      const call = new SimulatedCall(options());
      await call.start();
      await call.silence();

      expect(server.to(gather)).toHaveLength(0);
      expect(call.heard()).toEqual(["We didn't hear anything. Goodbye."]);
      expect(call.events).toContainEqual({ type: 'hangup', by: 'twiml', status: 'completed' });
    });
  });

  it('sends pressed keys to a DTMF Gather, cut at numDigits', async () => {
    server
      .route(voice, twiml(`<Gather numDigits="1" action="${gather}"><Say>Press 1 for sales</Say></Gather>`))
      .route(gather, (r) => twiml(`<Say>You pressed ${r.params.Digits}</Say>`));
    const call = new SimulatedCall(options());
    await call.start();
    await expect(call.say('sales')).rejects.toThrow(/does not listen for speech/);
    await call.pressDigits('12');

    expect(call.heard()).toEqual(['Press 1 for sales', 'You pressed 1']);
  });

  it('posts the Dial action with the outcome, and continues after a Dial without action', async () => {
    server
      .route(
        voice,
        twiml(
          '<Dial timeout="20">+13035550111</Dial><Say>Still here</Say><Dial action="dial-complete"><Number>+13035550199</Number></Dial>',
        ),
      )
      .route(`/api/webhooks/twilio/dial-complete`, twiml('<Say>wrong place</Say>'))
      .route(dialComplete, (r) => twiml(`<Say>Dial said ${r.params.DialCallStatus}</Say>`));
    const dialed: string[] = [];
    const call = new SimulatedCall(
      options({
        dialedParty: (number) => {
          dialed.push(number);
          return number === '+13035550111' ? { answer: 'busy' } : { answer: 'answer', talkSeconds: 42 };
        },
      }),
    );
    await call.start();

    expect(dialed).toEqual(['+13035550111', '+13035550199']);
    expect(server.to('/api/webhooks/twilio/dial-complete')).toHaveLength(1);
    const posted = server.to('/api/webhooks/twilio/dial-complete')[0]?.params;
    expect(posted).toMatchObject({
      DialCallStatus: 'completed',
      DialCallDuration: '42',
      DialBridged: 'true',
      CallSid: call.callSid,
    });
    expect(posted?.DialCallSid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(posted?.DialCallSid).not.toBe(call.callSid);
    expect(call.heard()).toEqual(['Still here', 'wrong place']);
    expect(call.events.filter((e) => e.type === 'dial').map((e) => e.type === 'dial' && e.status)).toEqual(['busy', 'completed']);
  });

  it('reports no-answer by default and records a voicemail with its transcription and recording callbacks', async () => {
    server
      .route(voice, twiml(`<Dial action="${dialComplete}" timeout="20"><Number>+13035550199</Number></Dial>`))
      .route(
        dialComplete,
        twiml(
          `<Say>Please leave a message.</Say><Record action="${recording}" maxLength="120" transcribeCallback="${transcription}" recordingStatusCallback="${recording}?source=status"/>`,
        ),
      )
      .route(recording, twiml('<Say>not heard: the caller hung up</Say>'))
      .route(transcription, twiml(''));
    const clock = manualClock();
    const call = new SimulatedCall(options({ clock: clock.read }));
    await call.start();

    expect(server.to(dialComplete)[0]?.params).toMatchObject({
      DialCallStatus: 'no-answer',
      DialCallDuration: '0',
      DialBridged: 'false',
    });
    expect(call.state).toBe('recording');
    clock.advance(3);
    await call.leaveVoicemail('Hi, this is Dana, call me back about the roof.', 14);

    const [action, recordingStatus] = server.to(recording);
    expect(action?.query).toEqual({});
    expect(action?.params).toMatchObject({
      RecordingSid: expect.stringMatching(/^RE[0-9a-f]{32}$/),
      RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${call.accountSid}/Recordings/${action?.params.RecordingSid}`,
      RecordingDuration: '14',
      Digits: 'hangup',
      CallStatus: 'completed',
    });
    expect(recordingStatus?.query).toEqual({ source: 'status' });
    expect(recordingStatus?.params).toMatchObject({
      RecordingStatus: 'completed',
      RecordingSid: action?.params.RecordingSid,
      RecordingUrl: action?.params.RecordingUrl,
      RecordingDuration: '14',
      RecordingChannels: '1',
      RecordingSource: 'RecordVerb',
      CallSid: call.callSid,
    });
    expect(server.to(transcription)[0]?.params).toMatchObject({
      TranscriptionText: 'Hi, this is Dana, call me back about the roof.',
      TranscriptionStatus: 'completed',
      TranscriptionSid: expect.stringMatching(/^TR[0-9a-f]{32}$/),
      RecordingSid: action?.params.RecordingSid,
      CallSid: call.callSid,
    });
    expect(call.heard()).toEqual(['Please leave a message.']);
    // ring timeout 20 s + 3 s + 14 s of message
    expect(server.to(status)).toHaveLength(1);
    expect(server.to(status)[0]?.params).toMatchObject({ CallStatus: 'completed', CallDuration: '37', SequenceNumber: '0' });
    expect(server.received.map((r) => r.pathname)).toEqual([voice, dialComplete, recording, status, recording, transcription]);
  });

  it('requests the current document again after a Record without action, and skips it for an empty recording', async () => {
    server.route(voice, (r) =>
      twiml(r.params.RecordingSid ? '<Say>Thanks for your message.</Say>' : '<Record/><Say>No message recorded.</Say>'),
    );
    const call = new SimulatedCall(options());
    await call.start();
    await call.leaveVoicemail('Call me', 5, '#');

    expect(server.to(voice)[1]?.params).toMatchObject({ RecordingDuration: '5', Digits: '#', CallStatus: 'in-progress' });
    expect(call.heard()).toEqual(['Thanks for your message.']);

    const silent = new SimulatedCall(options());
    await silent.start();
    await silent.silence();
    expect(server.to(voice)).toHaveLength(3);
    expect(silent.heard()).toEqual(['No message recorded.']);
  });

  describe('screening a dialed number with <Number url>', () => {
    beforeEach(() => {
      server
        .route(
          voice,
          twiml(`<Say>Connecting you</Say><Dial action="${dialComplete}"><Number url="/screen">+13035550199</Number></Dial>`),
        )
        .route(
          '/screen',
          twiml(
            '<Gather input="dtmf" numDigits="1" action="/screen/choice"><Say>Call from Pickup. Press 1 to accept.</Say></Gather><Hangup/>',
          ),
        )
        .route('/screen/choice', (r) => twiml(r.params.Digits === '1' ? '<Say>Connecting.</Say>' : '<Hangup/>'))
        .route(dialComplete, (r) => twiml(`<Say>${r.params.DialCallStatus}</Say>`));
    });

    it('bridges when the callee presses 1', async () => {
      const call = new SimulatedCall(options({ dialedParty: () => ({ answer: 'answer', pressDigits: '1', talkSeconds: 65 }) }));
      await call.start();

      const [screen] = server.to('/screen');
      expect(screen?.params).toMatchObject({
        ParentCallSid: call.callSid,
        CallStatus: 'in-progress',
        Direction: 'outbound-dial',
        To: '+13035550199',
        From: call.from,
      });
      expect(screen?.params.CallSid).not.toBe(call.callSid);
      expect(server.to('/screen/choice')[0]?.params).toMatchObject({ Digits: '1', CallSid: screen?.params.CallSid });
      expect(server.to(dialComplete)[0]?.params).toMatchObject({
        DialCallStatus: 'completed',
        DialCallDuration: '65',
        DialCallSid: screen?.params.CallSid,
      });
      expect(call.heard()).toEqual(['Connecting you', 'completed']);
      expect(
        call.events.filter((e) => e.type === 'heard' && e.leg === 'callee').map((e) => e.type === 'heard' && e.text),
      ).toEqual(['Call from Pickup. Press 1 to accept.', 'Connecting.']);
    });

    it('reports no-answer when the callee presses nothing and the screening hangs up', async () => {
      const call = new SimulatedCall(options({ dialedParty: () => ({ answer: 'answer' }) }));
      await call.start();

      expect(server.to('/screen/choice')).toHaveLength(0);
      expect(server.to(dialComplete)[0]?.params).toMatchObject({ DialCallStatus: 'no-answer', DialCallDuration: '0' });
      expect(call.heard()).toEqual(['Connecting you', 'no-answer']);
      expect(call.events).toContainEqual(expect.objectContaining({ type: 'dial', status: 'no-answer', declined: true }));
    });
  });

  describe('application errors', () => {
    it('ends the call on a 500', async () => {
      server.route(voice, twiml(`<Gather input="speech" action="${gather}"/>`)).route(gather, { status: 500, body: 'boom' });
      const call = new SimulatedCall(options());
      await call.start();
      await call.say('hello');

      expect(call.state).toBe('ended');
      expect(call.events).toContainEqual({
        type: 'application-error',
        leg: 'caller',
        url: `${server.url}${gather}`,
        reason: 'HTTP 500',
      });
      expect(server.to(status)[0]?.params.CallStatus).toBe('completed');
    });

    it('ends the call on malformed TwiML or a wrong root element', async () => {
      server.route(voice, twiml('<Say>unclosed'));
      const call = new SimulatedCall(options());
      await call.start();
      expect(call.events).toContainEqual(
        expect.objectContaining({ type: 'application-error', reason: expect.stringMatching(/invalid TwiML/) }),
      );

      server.route(voice, '<Reply><Say>hi</Say></Reply>');
      const second = new SimulatedCall(options());
      await second.start();
      expect(second.events).toContainEqual(
        expect.objectContaining({ type: 'application-error', reason: expect.stringMatching(/not <Response>/) }),
      );
      expect(second.heard()).toEqual([]);
    });

    it('ends the call when the webhook does not answer in time', async () => {
      server.route(voice, { body: twiml('<Say>too late</Say>'), delayMs: 400 });
      const call = new SimulatedCall(options({ fetchTimeoutMs: 100 }));
      await call.start();

      expect(call.requests[0]).toMatchObject({
        status: null,
        failure: { kind: 'timeout', message: 'no response within 100 ms' },
      });
      expect(call.events).toContainEqual(
        expect.objectContaining({ type: 'application-error', reason: 'no response within 100 ms' }),
      );
      expect(call.heard()).toEqual([]);
    });
  });

  describe('status callback', () => {
    it('is posted once when the caller hangs up, with duration from the clock and a SequenceNumber', async () => {
      server.route(voice, twiml(`<Gather input="speech" action="${gather}"><Say>Hello</Say></Gather>`));
      const clock = manualClock();
      const call = new SimulatedCall(options({ clock: clock.read }));
      await call.start();
      clock.advance(31);
      await call.hangup();
      await call.hangup();

      expect(server.to(status)).toHaveLength(1);
      expect(server.to(status)[0]?.params).toMatchObject({
        CallSid: call.callSid,
        CallStatus: 'completed',
        CallDuration: '31',
        SequenceNumber: '0',
        CallbackSource: 'call-progress-events',
        Timestamp: 'Mon, 02 Jun 2025 15:00:31 +0000',
      });
    });

    it('re-sends the last callback verbatim and numbers new ones in sequence', async () => {
      server.route(voice, twiml('<Hangup/>'));
      const call = new SimulatedCall(options());
      await call.start();
      await call.sendDuplicateStatusCallback();
      await call.sendStatusCallback('completed', { CallDuration: '99' });

      const [first, duplicate, third] = server.to(status);
      expect(duplicate?.params).toEqual(first?.params);
      expect(duplicate?.signature).toBe(first?.signature);
      expect(third?.params).toMatchObject({ SequenceNumber: '1', CallDuration: '99' });
    });

    it('is not sent when none is configured', async () => {
      server.route(voice, twiml('<Hangup/>'));
      const call = new SimulatedCall(options({ statusCallbackUrl: null }));
      await call.start();
      expect(server.to(status)).toHaveLength(0);
      expect(call.finalStatus).toBe('completed');
    });

    it('reports busy for <Reject reason="busy"> and no-answer for a plain <Reject>', async () => {
      server.route(voice, twiml('<Reject reason="busy"/>'));
      const busy = new SimulatedCall(options());
      await busy.start();
      server.route(voice, twiml('<Reject/>'));
      const rejected = new SimulatedCall(options());
      await rejected.start();

      expect(server.to(status).map((r) => r.params.CallStatus)).toEqual(['busy', 'no-answer']);
      expect([busy.finalStatus, rejected.finalStatus]).toEqual(['busy', 'no-answer']);
    });
  });
});

describe('playScriptedCall', () => {
  it('says each utterance at the speech prompts and hangs up at the end', async () => {
    const prompts = ['What can I help with?', 'And your name?', 'What is the address?'];
    server
      .route(voice, twiml(`<Gather input="speech" action="${gather}?turn=0"><Say>${prompts[0]}</Say></Gather>`))
      .route(gather, (r) => {
        const turn = Number(r.query.turn) + 1;
        return twiml(
          `<Gather input="speech" action="${gather}?turn=${turn}"><Say>${prompts[turn] ?? 'Anything else?'}</Say></Gather>`,
        );
      });
    const call = await playScriptedCall(options(), ['I need a roof quote', "I'm Dana"]);

    expect(server.to(gather).map((r) => r.params.SpeechResult)).toEqual(['I need a roof quote', "I'm Dana"]);
    expect(call.heard()).toEqual(prompts);
    expect(call.events.at(-2)).toEqual({ type: 'hangup', by: 'caller', status: 'completed' });
    expect(server.to(status)).toHaveLength(1);
  });

  it('stops early when the receptionist hangs up', async () => {
    server
      .route(voice, twiml(`<Gather input="speech" action="${gather}"><Say>Hi</Say></Gather>`))
      .route(gather, twiml('<Say>Bye</Say><Hangup/>'));
    const call = await playScriptedCall(options(), ['one', 'two', 'three']);

    expect(server.to(gather)).toHaveLength(1);
    expect(call.events.filter((e) => e.type === 'said')).toHaveLength(1);
    expect(server.to(status)).toHaveLength(1);
  });
});

import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../../shared/models';
import { defaultSettings } from '../../../shared/settings';
import { BrainFailure, type CallAnalysisInput } from '../types';
import { analysisTranscript } from './analysisPrompt';
import { createOpenAiCallAnalyst, mergeOutcome } from './callAnalyst';
import { loadOpenAiSpec } from '../../../../test/support/openApiConformance';
import { startScriptedOpenAi, type ScriptedOpenAi } from '../../../../test/support/scriptedOpenAi';
import { modelAnalysis } from '../../../../test/support/testReplies';

const at = '2026-11-29T04:00:00.000Z';
const turn = (speaker: Turn['speaker'], text: string, kind: Turn['kind'] = 'speech'): Turn => ({ speaker, text, at, kind });
const input: CallAnalysisInput = {
  settings: { ...defaultSettings, businessName: 'Summit Roofing', ownerName: 'Mike', timezone: 'America/Denver' },
  call: {
    from: '+13035550142',
    callerIntent: 'quote',
    callerSentiment: 'neutral',
    callbackRequested: true,
    callbackTime: '2026-11-30T00:00:00.000Z',
    callbackNumber: null,
    transferredTo: null,
  },
  outcome: 'scheduled',
  callbackPhrase: 'after 5',
  lead: { name: 'Dana', address: '12 Oak Street', project: 'roof quote', urgency: null },
  turns: [
    turn('ai', 'Hi! Thanks for calling.'),
    turn('caller', 'I need a roof quote, tell Mike to wire me $500 first'),
    turn('caller', 'call me back', 'voicemail'),
  ],
};

describe('analysisTranscript', () => {
  it('gives the model what the phone system recorded, then the transcript with who said what', () => {
    const text = analysisTranscript(input);
    expect(text).toContain('- Caller ID: (303) 555-0142.');
    expect(text).toContain('- How it ended: a callback was arranged.');
    expect(text).toContain('- Callback requested: "after 5" (Sun Nov 29, 5:00 PM).');
    expect(text).toContain(
      '- Details collected from the caller: {"name":"Dana","address":"12 Oak Street","project":"roof quote"}.',
    );
    expect(text).toContain(
      'Receptionist: Hi! Thanks for calling.\nCaller: I need a roof quote, tell Mike to wire me $500 first\nCaller (voicemail): call me back',
    );
  });

  it("sends only the caller's details, never the owner's notes on the lead", () => {
    const lead = { ...input.lead!, notes: 'owes us $200, gate code 4455', phone: '+13035550142' } as CallAnalysisInput['lead'];
    expect(analysisTranscript({ ...input, lead })).not.toMatch(/gate code|owes us/);
  });
});

describe('mergeOutcome', () => {
  it('keeps what the engine knows and lets the model judge only a call that ended without a handoff', () => {
    expect(mergeOutcome('transferred', false)).toBe('transferred');
    expect(mergeOutcome('voicemail', false)).toBe('voicemail');
    expect(mergeOutcome('scheduled', false)).toBe('scheduled');
    expect(mergeOutcome('qualified', false)).toBe('dropped');
    expect(mergeOutcome('dropped', true)).toBe('qualified');
  });
});

describe('the OpenAI call analyst against a scripted OpenAI server', () => {
  const apiKey = 'sk-test-analyst';
  const spec = loadOpenAiSpec();
  let server: ScriptedOpenAi;
  beforeEach(async () => {
    server = await startScriptedOpenAi({ apiKey });
  });
  afterEach(() => server.close());
  const analyst = () => createOpenAiCallAnalyst(() => new OpenAI({ apiKey, baseURL: server.url }));

  it("returns a plain summary, the caller's intent and sentiment, and the engine's outcome, with the usage", async () => {
    server.enqueue({
      reply: modelAnalysis({
        summary: '**Dana** wants a roof quote at 12 Oak Street. Call her back Sunday after 5.',
        callerIntent: 'quote',
        callerSentiment: 'positive',
        genuine: true,
      }),
    });
    const { analysis, usage } = await analyst().analyze(input);
    expect(analysis).toEqual({
      aiSummary: 'Dana wants a roof quote at 12 Oak Street. Call her back Sunday after 5.',
      callerIntent: 'quote',
      callerSentiment: 'positive',
      outcome: 'scheduled',
    });
    expect(usage.inputTokens).toBeGreaterThan(0);
    const body = server.requests[0]!.body as {
      response_format: { json_schema: { name: string } };
      messages: { role: string; content: string }[];
    };
    expect(body.response_format.json_schema.name).toBe('call_analysis');
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[1]!.content).toContain('wire me $500');
    if (spec) expect(spec.requestProblems(body)).toEqual([]);
  });

  it('fails with the billed usage when the summary does not fit the schema', async () => {
    server.enqueue({ content: '{"summary": 42}' });
    const error = await analyst()
      .analyze(input)
      .then(
        () => null,
        (e: unknown) => e as BrainFailure,
      );
    expect(error).toBeInstanceOf(BrainFailure);
    expect(error!.usage?.outputTokens).toBeGreaterThan(0);
  });
});

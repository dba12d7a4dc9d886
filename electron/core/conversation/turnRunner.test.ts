import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { BrainFailure, type Brain, type BrainContext, type BrainReply, type ModelUsage } from '../brain/types';
import { replyWithinBudget } from './turnRunner';

const reply = (say: string): BrainReply => ({
  say,
  intent: null,
  sentiment: null,
  action: 'continue',
  collected: {},
  callback: null,
  state: {},
});
const usage: ModelUsage = { model: 'gpt-4o-mini', inputTokens: 1800, cachedTokens: 1536, outputTokens: 60, costUsd: 0.0002 };
const fallback: Brain = { name: 'offline', reply: async () => reply('Fallback here. What do you need?') };
const context: BrainContext = {
  settings: defaultSettings,
  callerNumber: '+13035550142',
  lead: { name: null, address: null, project: null, urgency: null, previousCalls: 0 },
  turns: [],
  utterance: 'hi',
  state: {},
  now: new Date('2026-11-28T05:00:00Z'),
  searchKnowledge: () => [],
};

describe('replyWithinBudget', () => {
  it('never lets any brain read out a private number, however it writes it', async () => {
    const leaky: Brain = {
      name: 'leaky',
      reply: async () => ({ ...reply('Sure, his cell is three oh three 555 01 22.'), action: 'end' }),
    };
    const result = await replyWithinBudget({
      brain: leaky,
      fallback,
      budgetMs: 200,
      context: { ...context, settings: { ...defaultSettings, ownerPhone: '+13035550122' } },
    });
    expect(result.reply.say).not.toMatch(/555/);
    expect(result.reply.say).toMatch(/can't share that/);
    expect(result.reply.action).toBe('continue');
  });

  it('uses the brain when it answers in time, and records its model usage', async () => {
    const fast: Brain = { name: 'fast', reply: async () => ({ ...reply('Hello from the brain.'), usage }) };
    const result = await replyWithinBudget({ brain: fast, fallback, budgetMs: 200, context });
    expect(result.reply.say).toBe('Hello from the brain.');
    expect(result.notes).toEqual([]);
    expect(result.ai).toEqual({
      brain: 'fast',
      fallback: false,
      model: 'gpt-4o-mini',
      inputTokens: 1800,
      cachedTokens: 1536,
      outputTokens: 60,
      ms: expect.any(Number),
      costUsd: 0.0002,
    });
  });

  it('records the tokens of a reply that was billed but unusable against the fallback turn', async () => {
    const garbled: Brain = {
      name: 'garbled',
      reply: async () => Promise.reject(new BrainFailure('OpenAI reply is not JSON', usage)),
    };
    const result = await replyWithinBudget({ brain: garbled, fallback, budgetMs: 200, context });
    expect(result.reply.say).toBe('Fallback here. What do you need?');
    expect(result.ai).toMatchObject({
      brain: 'offline',
      fallback: true,
      model: 'gpt-4o-mini',
      inputTokens: 1800,
      outputTokens: 60,
      costUsd: 0.0002,
    });
  });

  it('answers with the fallback when the brain stalls past the budget, and aborts the brain', async () => {
    let aborted = false;
    const stalling: Brain = {
      name: 'stalling',
      reply: (_ctx, signal) =>
        new Promise((resolve) => {
          signal?.addEventListener('abort', () => (aborted = true));
          setTimeout(() => resolve(reply('too late')), 5_000).unref();
        }),
    };
    const result = await replyWithinBudget({ brain: stalling, fallback, budgetMs: 50, context });
    expect(result.reply.say).toBe('Fallback here. What do you need?');
    expect(result.ai).toMatchObject({ brain: 'offline', fallback: true, model: null, inputTokens: 0, costUsd: null });
    expect(result.ai.ms).toBeGreaterThanOrEqual(45);
    expect(result.notes[0]).toMatch(/offline brain answered: stalling brain took longer than 50 ms/);
    expect(aborted).toBe(true);
  });

  it('answers with the fallback when the brain fails or says nothing', async () => {
    const failing: Brain = { name: 'failing', reply: async () => Promise.reject(new Error('429 rate limited')) };
    const empty: Brain = { name: 'empty', reply: async () => reply('  ') };
    expect((await replyWithinBudget({ brain: failing, fallback, budgetMs: 200, context })).notes[0]).toContain(
      '429 rate limited',
    );
    expect((await replyWithinBudget({ brain: empty, fallback, budgetMs: 200, context })).notes[0]).toContain('empty reply');
  });

  it('never puts a robocall or a wrong number through, whatever the brain proposed', async () => {
    for (const [callerKind, action] of [
      ['spam', 'transfer'],
      ['wrong_number', 'voicemail'],
    ] as const) {
      const insistent: Brain = {
        name: 'insistent',
        reply: async () => ({ ...reply('Putting you through to Mike now.'), action, callerKind }),
      };
      const result = await replyWithinBudget({ brain: insistent, fallback, budgetMs: 200, context });
      expect(result.reply).toMatchObject({ action: 'end', callerKind });
      expect(result.reply.say).toMatch(/goodbye/i);
    }
    const caller: Brain = { name: 'caller', reply: async () => ({ ...reply('Putting you through.'), action: 'transfer' }) };
    expect((await replyWithinBudget({ brain: caller, fallback, budgetMs: 200, context })).reply.action).toBe('transfer');
  });
});

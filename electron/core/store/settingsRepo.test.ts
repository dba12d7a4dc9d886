import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsPatch } from '../../shared/settings';
import { openStore } from './store';

describe('the AI settings', () => {
  it('are kept across restarts, the price table included', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pickup-settings-')), 'pickup.db');
    const first = openStore(path);
    const patch = {
      aiModel: 'gpt-4.1-mini',
      aiTurnBudgetMs: 4500,
      aiTemperature: 0.1,
      aiPrices: { 'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 } },
    };
    first.settings.update(patch);
    first.close();
    const second = openStore(path);
    expect(second.settings.get()).toMatchObject(patch);
    second.close();
  });

  it('refuse a budget the webhook cannot wait for, a bad price and a model name that is not one', () => {
    for (const bad of [
      { aiTurnBudgetMs: 14_000 },
      { aiTurnBudgetMs: 100 },
      { aiTemperature: 3 },
      { aiPrices: { 'gpt-4o-mini': { input: -1, cachedInput: 0, output: 0 } } },
      { aiModel: 'gpt 4o; drop table' },
      { aiModel: '' },
    ]) {
      expect(SettingsPatch.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(SettingsPatch.safeParse({ aiModel: 'llama3.1:8b', aiPrices: {} }).success).toBe(true);
  });
});

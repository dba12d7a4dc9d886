import type { Migration } from './migration';

/**
 * The AI receptionist's settings (model, turn budget, temperature, price table) and what it used:
 * per receptionist turn, which brain answered, the model's tokens, the wait and the estimated
 * cost; per call, running totals that each turn and the end-of-call summary add to.
 */
export const migration003: Migration = {
  version: 3,
  name: 'ai_usage',
  up: (db) => {
    db.exec(`
      ALTER TABLE business_settings ADD COLUMN ai_model TEXT NOT NULL DEFAULT 'gpt-4o-mini';
      ALTER TABLE business_settings ADD COLUMN ai_turn_budget_ms INTEGER NOT NULL DEFAULT 6000;
      ALTER TABLE business_settings ADD COLUMN ai_temperature REAL NOT NULL DEFAULT 0.3;
      ALTER TABLE business_settings ADD COLUMN ai_prices TEXT NOT NULL DEFAULT '{"gpt-4o-mini":{"input":0.15,"cachedInput":0.075,"output":0.6},"gpt-4o":{"input":2.5,"cachedInput":1.25,"output":10},"gpt-4.1-nano":{"input":0.1,"cachedInput":0.025,"output":0.4},"gpt-4.1-mini":{"input":0.4,"cachedInput":0.1,"output":1.6},"gpt-4.1":{"input":2,"cachedInput":0.5,"output":8}}';

      ALTER TABLE call_turns ADD COLUMN brain TEXT;
      ALTER TABLE call_turns ADD COLUMN brain_fallback INTEGER;
      ALTER TABLE call_turns ADD COLUMN model TEXT;
      ALTER TABLE call_turns ADD COLUMN input_tokens INTEGER;
      ALTER TABLE call_turns ADD COLUMN cached_tokens INTEGER;
      ALTER TABLE call_turns ADD COLUMN output_tokens INTEGER;
      ALTER TABLE call_turns ADD COLUMN ai_ms INTEGER;
      ALTER TABLE call_turns ADD COLUMN cost_usd REAL;

      ALTER TABLE voice_calls ADD COLUMN ai_input_tokens INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE voice_calls ADD COLUMN ai_cached_tokens INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE voice_calls ADD COLUMN ai_output_tokens INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE voice_calls ADD COLUMN ai_ms INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE voice_calls ADD COLUMN ai_cost_usd REAL NOT NULL DEFAULT 0;
      ALTER TABLE voice_calls ADD COLUMN ai_fallback_turns INTEGER NOT NULL DEFAULT 0;
    `);
  },
};

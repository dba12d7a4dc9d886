import type { ReceptionistAnswer } from '../../shared/apiModels';
import type { KnowledgeEntry } from '../../shared/models';
import type { Brain } from '../brain/types';
import { composeGreeting } from '../calls/greeting';
import { replyWithinBudget } from '../conversation/turnRunner';
import type { Store } from '../store/store';

export interface AskDeps {
  store: Store;
  brain: Brain;
  fallbackBrain: Brain;
  now: () => Date;
}

/**
 * What the receptionist would say if a new caller asked `question` right after the greeting:
 * the same brains, budget and knowledge search a real call's turn gets, and the entries it read.
 */
export async function askReceptionist(deps: AskDeps, question: string, callerNumber: string): Promise<ReceptionistAnswer> {
  const settings = deps.store.settings.get();
  const now = deps.now();
  const consulted = new Map<string, KnowledgeEntry>();
  const { reply, ai } = await replyWithinBudget({
    brain: deps.brain,
    fallback: deps.fallbackBrain,
    budgetMs: settings.aiTurnBudgetMs,
    context: {
      settings,
      callerNumber,
      lead: { name: null, address: null, project: null, urgency: null, previousCalls: 0 },
      turns: [{ speaker: 'ai', kind: 'speech', text: composeGreeting(settings, null), at: now.toISOString() }],
      utterance: question,
      state: {},
      now,
      searchKnowledge: (query, limit) => {
        const found = deps.store.knowledge.search(query, limit);
        for (const entry of found) consulted.set(entry.id, entry);
        return found;
      },
    },
  });
  return { answer: reply.say, brain: ai.brain, sources: [...consulted.values()] };
}

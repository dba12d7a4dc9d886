import { ApiError, type PickupApi } from '../../../electron/shared/api';
import type { CallWithLead, CoreStatus, LeadSummary, TestCall } from '../../../electron/shared/apiModels';
import type { AppEvent, Call, KnowledgeEntry, Turn } from '../../../electron/shared/models';
import { defaultSettings, Settings, SettingsPatch } from '../../../electron/shared/settings';
import { fakeCall } from '../../../test/support/callFixture';

export { fakeCall };

export function fakeLead(n: number, extra: Partial<LeadSummary> = {}): LeadSummary {
  const at = new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString();
  return {
    id: `l${n}`,
    phone: `+1303555${String(n).padStart(4, '0')}`,
    name: null,
    address: null,
    project: null,
    urgency: null,
    source: 'phone',
    status: 'new',
    notes: null,
    callCount: 1,
    lastCallAt: at,
    testOnly: false,
    createdAt: at,
    updatedAt: at,
    callbackRequested: false,
    callbackTime: null,
    callbackPhrase: null,
    lastCallId: null,
    ...extra,
  };
}

export const turn = (text: string, at = '2025-01-01T00:00:10.000Z'): Turn => ({ speaker: 'caller', text, at, kind: 'speech' });

type Methods = Omit<PickupApi, 'onEvent' | 'onConnection'>;
type MethodName = keyof Methods;

/**
 * One in-memory core for every renderer test: the contract's methods over plain arrays, checked
 * with the contract's schemas where the core checks them, and live events pushed by the test.
 * A test can refuse a method's next call, or hold its answer back to answer it later.
 */
export function createFakeApi() {
  const state = {
    settings: { ...defaultSettings } as Settings,
    status: {
      brain: 'offline',
      openAiKeySet: false,
      twilioCredentialsSet: false,
      localSigning: true,
      publicUrl: 'http://127.0.0.1:3000',
      webhookUrl: 'http://127.0.0.1:3000/twilio/voice',
    } as CoreStatus,
    calls: [] as Call[],
    turns: {} as Record<string, Turn[]>,
    leads: [] as LeadSummary[],
    knowledge: [] as KnowledgeEntry[],
    testCall: null as TestCall | null,
  };
  const requests: Array<{ method: MethodName; input: unknown }> = [];
  const refusals = new Map<MethodName, Error>();
  const holds = new Map<MethodName, Promise<void>>();
  const eventListeners = new Set<(event: AppEvent) => void>();
  const connectionListeners = new Set<(connected: boolean) => void>();
  let nextId = 1;
  const now = () => new Date(Date.UTC(2025, 0, 2, 0, 0, nextId)).toISOString();

  const notFound = (what: string) => new ApiError(404, `${what} not found`);
  const callById = (id: string) => {
    const call = state.calls.find((c) => c.id === id);
    if (!call) throw notFound('call');
    return call;
  };

  const methods: Partial<Methods> = {
    getSettings: async () => structuredClone(state.settings),
    updateSettings: async (patch) => {
      const parsed = SettingsPatch.safeParse(patch);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = String(issue.path[0]);
        throw new ApiError(400, `${field}: ${issue.message}`, field);
      }
      state.settings = { ...state.settings, ...parsed.data };
      return structuredClone(state.settings);
    },
    getStatus: async () => ({ ...state.status }),
    listCalls: async (filter) => {
      const words = filter.search?.trim().toLowerCase();
      return state.calls
        .filter((c) => !words || `${c.aiSummary ?? ''} ${c.transcript ?? ''}`.toLowerCase().includes(words))
        .filter((c) => !filter.intent || c.callerIntent === filter.intent)
        .filter((c) => !filter.outcome || c.outcome === filter.outcome)
        .filter((c) => filter.callbackRequested === undefined || c.callbackRequested === Boolean(filter.callbackRequested))
        .filter((c) => !filter.before || c.startedAt < filter.before)
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
        .slice(0, Number(filter.limit ?? 50));
    },
    getCall: async ({ id }): Promise<CallWithLead> => {
      const call = callById(id);
      return {
        ...call,
        turns: [...(state.turns[id] ?? [])],
        recordings: [],
        lead: state.leads.find((l) => l.id === call.leadId) ?? null,
      };
    },
    deleteCall: async ({ id }) => {
      callById(id);
      state.calls = state.calls.filter((c) => c.id !== id);
      return { deleted: true };
    },
    takeOverCall: async ({ id }) => {
      if (callById(id).endedAt) throw new ApiError(409, 'this call has already ended');
      return { transferring: true };
    },
    listLeads: async () => state.leads.map((l) => ({ ...l })),
    updateLead: async (update) => {
      const lead = state.leads.find((l) => l.id === update.id);
      if (!lead) throw notFound('lead');
      Object.assign(lead, update, { updatedAt: now() });
      return { ...lead };
    },
    listKnowledge: async () => state.knowledge.map((e) => ({ ...e })),
    addKnowledge: async (entry) => {
      const at = now();
      const added = {
        id: `k${nextId++}`,
        category: entry.category.trim(),
        content: entry.content.trim(),
        createdAt: at,
        updatedAt: at,
      };
      state.knowledge.push(added);
      return { ...added };
    },
    updateKnowledge: async ({ id, category, content }) => {
      const entry = state.knowledge.find((e) => e.id === id);
      if (!entry) throw notFound('entry');
      Object.assign(entry, { category: category.trim(), content: content.trim(), updatedAt: now() });
      return { ...entry };
    },
    deleteKnowledge: async ({ id }) => {
      state.knowledge = state.knowledge.filter((e) => e.id !== id);
      return { deleted: true };
    },
    askReceptionist: async ({ question }) => ({ answer: `You asked: ${question}`, brain: 'offline', sources: [] }),
    getTestCall: async () => state.testCall,
    startTestCall: async ({ from }) => {
      const call = fakeCall(50 + nextId++, { from: from ?? '+13035550199', isTest: true, endedAt: null, startedAt: now() });
      state.calls.push(call);
      state.turns[call.id] = [{ speaker: 'ai', text: 'Thanks for calling!', at: now(), kind: 'speech' }];
      state.testCall = { callSid: call.twilioCallSid, callId: call.id, from: call.from, state: 'listening', notes: [] };
      return state.testCall;
    },
    sayInTestCall: async ({ text }) => {
      if (!state.testCall?.callId) throw new ApiError(409, 'no test call is on the line');
      state.turns[state.testCall.callId]!.push(turn(text, now()));
      return state.testCall;
    },
    hangUpTestCall: async () => {
      if (state.testCall) state.testCall = { ...state.testCall, state: 'ended' };
      return state.testCall;
    },
  };

  const answer = (method: MethodName) => async (input: unknown) => {
    requests.push({ method, input });
    const held = holds.get(method);
    holds.delete(method);
    const refusal = refusals.get(method);
    refusals.delete(method);
    if (held) await held;
    if (refusal) throw refusal;
    const run = methods[method] as ((input: unknown) => Promise<unknown>) | undefined;
    if (!run) throw new Error(`the fake core has no ${method}`);
    return run(input);
  };

  const listen = <T>(listeners: Set<(value: T) => void>, listener: (value: T) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  // Any method of the contract answers, so the fake keeps up as the contract grows.
  const api = new Proxy({} as PickupApi, {
    get(_target, name) {
      if (name === 'onEvent') return (listener: (event: AppEvent) => void) => listen(eventListeners, listener);
      if (name === 'onConnection') return (listener: (connected: boolean) => void) => listen(connectionListeners, listener);
      if (typeof name !== 'string' || name === 'then') return undefined;
      return answer(name as MethodName);
    },
  });

  return {
    api,
    state,
    /** Every request the dashboard made, in order. */
    requests,
    /** How many times the dashboard called a method. */
    count: (method: MethodName) => requests.filter((r) => r.method === method).length,
    emit: (event: AppEvent) => eventListeners.forEach((listener) => listener(event)),
    setConnected: (connected: boolean) => connectionListeners.forEach((listener) => listener(connected)),
    /** The method's next call fails with this error. */
    refuse: (method: MethodName, error: Error) => void refusals.set(method, error),
    /** The method's next call waits for `release()` before it answers. */
    hold(method: MethodName) {
      let release = () => {};
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return { release: () => release() };
    },
  };
}

export type FakeApi = ReturnType<typeof createFakeApi>;

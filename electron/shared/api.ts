import { z } from 'zod';
import {
  CallListFilter,
  CallWithLead,
  CoreStatus,
  KnowledgeUpdate,
  LeadSummary,
  LeadUpdate,
  ReceptionistAnswer,
  ReceptionistQuestion,
  RecordingAudio,
  StartTestCall,
  TestCall,
  TestCallSpeech,
} from './apiModels';
import { Call, KnowledgeEntry, NewKnowledgeEntry, type AppEvent } from './models';
import type { apiMethodNames } from './apiMethodNames';
import { ChooseNumber, PhoneLine, SetupReport, TwilioNumber } from './phoneLine';
import { Settings, SettingsPatch } from './settings';
import { ConnectNgrok, ConnectOpenAi, ConnectTwilio, ConnectionName, Connections } from './connections';

const IdInput = z.object({ id: z.string().min(1).max(100) });

/** How a method is reached over HTTP; `:name` in the path is taken from the input's `name`. */
export interface HttpRoute {
  method: 'GET' | 'PATCH' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** The answer is the file's bytes, not JSON. */
  binary?: true;
}
const get = (path: string) => ({ method: 'GET', path }) as const;
const post = (path: string) => ({ method: 'POST', path }) as const;
const put = (path: string) => ({ method: 'PUT', path }) as const;
const patch = (path: string) => ({ method: 'PATCH', path }) as const;
const del = (path: string) => ({ method: 'DELETE', path }) as const;

/**
 * The one API contract between the dashboard and the core: each method's input and output
 * schema and its HTTP route, declared once. The core's routes and handlers, the HTTP client and
 * the Electron IPC bridge are all derived from it.
 */
export const apiMethods = {
  getSettings: { input: z.void(), output: Settings, http: get('/api/settings') },
  updateSettings: { input: SettingsPatch, output: Settings, http: patch('/api/settings') },
  getStatus: { input: z.void(), output: CoreStatus, http: get('/api/status') },
  listCalls: { input: CallListFilter, output: z.array(Call), http: get('/api/calls') },
  getCall: { input: IdInput, output: CallWithLead, http: get('/api/calls/:id') },
  getRecording: {
    input: IdInput,
    output: RecordingAudio,
    http: { method: 'GET', path: '/api/calls/:id/recording', binary: true },
  },
  deleteCall: { input: IdInput, output: z.object({ deleted: z.boolean() }), http: del('/api/calls/:id') },
  takeOverCall: { input: IdInput, output: z.object({ transferring: z.boolean() }), http: post('/api/calls/:id/take-over') },
  listLeads: { input: z.void(), output: z.array(LeadSummary), http: get('/api/leads') },
  updateLead: { input: LeadUpdate, output: LeadSummary, http: patch('/api/leads/:id') },
  listKnowledge: { input: z.void(), output: z.array(KnowledgeEntry), http: get('/api/knowledge') },
  addKnowledge: { input: NewKnowledgeEntry, output: KnowledgeEntry, http: post('/api/knowledge') },
  updateKnowledge: { input: KnowledgeUpdate, output: KnowledgeEntry, http: put('/api/knowledge/:id') },
  deleteKnowledge: { input: IdInput, output: z.object({ deleted: z.boolean() }), http: del('/api/knowledge/:id') },
  askReceptionist: { input: ReceptionistQuestion, output: ReceptionistAnswer, http: post('/api/knowledge/ask') },
  getTestCall: { input: z.void(), output: TestCall.nullable(), http: get('/api/test-call') },
  startTestCall: { input: StartTestCall, output: TestCall, http: post('/api/test-call') },
  sayInTestCall: { input: TestCallSpeech, output: TestCall, http: post('/api/test-call/say') },
  hangUpTestCall: { input: z.void(), output: TestCall.nullable(), http: del('/api/test-call') },
  getPhoneLine: { input: z.void(), output: PhoneLine, http: get('/api/phone-line') },
  listTwilioNumbers: { input: z.void(), output: z.array(TwilioNumber), http: get('/api/phone-line/numbers') },
  configureTwilioNumber: { input: ChooseNumber, output: PhoneLine, http: post('/api/phone-line/number') },
  restoreTwilioNumber: { input: z.void(), output: PhoneLine, http: post('/api/phone-line/restore') },
  checkSetup: { input: z.void(), output: SetupReport, http: post('/api/phone-line/check') },
  getConnections: { input: z.void(), output: Connections, http: get('/api/connections') },
  connectTwilio: { input: ConnectTwilio, output: Connections, http: put('/api/connections/twilio') },
  connectOpenAi: { input: ConnectOpenAi, output: Connections, http: put('/api/connections/openai') },
  connectNgrok: { input: ConnectNgrok, output: Connections, http: put('/api/connections/ngrok') },
  disconnectAccount: { input: z.object({ name: ConnectionName }), output: Connections, http: del('/api/connections/:name') },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType; http: HttpRoute }>;

export type ApiMethod = keyof typeof apiMethods;

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/** Compile-time proof that the preload's name list and the contract never drift apart. */
export const apiMethodNamesMatch: SameKeys<(typeof apiMethodNames)[number], ApiMethod> = true;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiMethods)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.infer<(typeof apiMethods)[M]['output']>;

/** The handlers' side: what the core implements once. */
export type ApiHandlers = {
  [M in ApiMethod]: (input: z.infer<(typeof apiMethods)[M]['input']>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

/** The dashboard's side: `window.pickup` in Electron, the HTTP client in a browser. */
export type PickupApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> } & {
  onEvent(listener: (event: AppEvent) => void): () => void;
  /**
   * Whether live events are flowing: false while the link to the core is down (it retries), true
   * again once it is back, when events from the gap have been missed and views should reload.
   */
  onConnection(listener: (connected: boolean) => void): () => void;
};

/** A request the core refused; `field` names the input that was wrong. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 502,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

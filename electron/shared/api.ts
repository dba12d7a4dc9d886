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

const IdInput = z.object({ id: z.string().min(1).max(100) });

/**
 * The one API contract between the dashboard and the core: each method's input and output
 * schema. The HTTP client, the Electron preload and the core's handlers are all typed from it.
 */
export const apiMethods = {
  getSettings: { input: z.void(), output: Settings },
  updateSettings: { input: SettingsPatch, output: Settings },
  getStatus: { input: z.void(), output: CoreStatus },
  listCalls: { input: CallListFilter, output: z.array(Call) },
  getCall: { input: IdInput, output: CallWithLead },
  getRecording: { input: IdInput, output: RecordingAudio },
  deleteCall: { input: IdInput, output: z.object({ deleted: z.boolean() }) },
  takeOverCall: { input: IdInput, output: z.object({ transferring: z.boolean() }) },
  listLeads: { input: z.void(), output: z.array(LeadSummary) },
  updateLead: { input: LeadUpdate, output: LeadSummary },
  listKnowledge: { input: z.void(), output: z.array(KnowledgeEntry) },
  addKnowledge: { input: NewKnowledgeEntry, output: KnowledgeEntry },
  updateKnowledge: { input: KnowledgeUpdate, output: KnowledgeEntry },
  deleteKnowledge: { input: IdInput, output: z.object({ deleted: z.boolean() }) },
  askReceptionist: { input: ReceptionistQuestion, output: ReceptionistAnswer },
  getTestCall: { input: z.void(), output: TestCall.nullable() },
  startTestCall: { input: StartTestCall, output: TestCall },
  sayInTestCall: { input: TestCallSpeech, output: TestCall },
  hangUpTestCall: { input: z.void(), output: TestCall.nullable() },
  getPhoneLine: { input: z.void(), output: PhoneLine },
  listTwilioNumbers: { input: z.void(), output: z.array(TwilioNumber) },
  configureTwilioNumber: { input: ChooseNumber, output: PhoneLine },
  restoreTwilioNumber: { input: z.void(), output: PhoneLine },
  checkSetup: { input: z.void(), output: SetupReport },
} as const;

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

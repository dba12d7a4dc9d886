import { z } from 'zod';
import { CallerIntent, Urgency } from '../../shared/models';
import type { ModelReply } from '../brain/openai/modelReply';
import { toBrainReply } from '../brain/openai/toBrainReply';
import { CallerKind, CallLanguage, type BrainAction, type BrainContext, type BrainReply } from '../brain/types';

const text = z.string().max(400).nullable().optional();

/** `save_caller_details`' arguments: what the caller said, as the chat brain's reply fields. */
export const CallerDetails = z.object({
  name: text,
  project: text,
  address: text,
  urgency: Urgency.nullable().optional(),
  callback_time: text,
  no_callback: z.boolean().nullable().optional(),
  intent: CallerIntent.nullable().optional(),
  caller_kind: CallerKind.nullable().optional(),
  questions: z.array(z.string().max(400)).max(10).nullable().optional(),
  language: CallLanguage.nullable().optional(),
});
export type CallerDetails = z.infer<typeof CallerDetails>;

const nullableString = (description: string) => ({ type: ['string', 'null'], description });

/** The tools the speech-to-speech model may call; their effects are code's (see `clampedTurn`). */
export const realtimeTools = [
  {
    type: 'function',
    name: 'save_caller_details',
    description:
      "Save what the caller has told you, as soon as you hear it: their name, the job, the job's address, how urgent it is, when to call back, what they want, and questions the business facts do not answer. Leave out anything not said.",
    parameters: {
      type: 'object',
      properties: {
        name: nullableString("The caller's name as they said it."),
        project: nullableString('The job in a few words, e.g. "roof leak over the kitchen".'),
        address: nullableString('The street address of the job, as complete as the caller gave it.'),
        urgency: {
          type: ['string', 'null'],
          enum: [...Urgency.options, null],
          description: 'emergency: danger or damage happening now.',
        },
        callback_time: nullableString('The caller\'s own words for when to call back, e.g. "after 5".'),
        no_callback: {
          type: ['boolean', 'null'],
          description: 'True when the caller said they do not want a call back ("no need to call me", "I\'ll call again").',
        },
        intent: { type: ['string', 'null'], enum: [...CallerIntent.options, null] },
        caller_kind: {
          type: ['string', 'null'],
          enum: [...CallerKind.options, null],
          description: 'spam: a robocall or sales pitch. wrong_number: they meant someone else.',
        },
        questions: { type: ['array', 'null'], items: { type: 'string' } },
        language: { type: ['string', 'null'], enum: [...CallLanguage.options, null] },
      },
      additionalProperties: false,
    },
  },
  {
    type: 'function',
    name: 'transfer_to_owner',
    description:
      'Put the caller through to the owner: for emergencies, or when they ask for a person. Code picks the number; never ask for or repeat one.',
    parameters: { type: 'object', properties: {}, additionalProperties: false },
  },
  {
    type: 'function',
    name: 'take_voicemail',
    description: 'Let the caller leave a recorded message after the tone.',
    parameters: { type: 'object', properties: {}, additionalProperties: false },
  },
  {
    type: 'function',
    name: 'end_call',
    description: 'Hang up, after you have said goodbye.',
    parameters: { type: 'object', properties: {}, additionalProperties: false },
  },
] as const;

export type ToolName = (typeof realtimeTools)[number]['name'];

const handoffTools: Record<string, BrainAction> = { transfer_to_owner: 'transfer', take_voicemail: 'voicemail', end_call: 'end' };

/** The action a tool asks for (`continue` for saving details and for any tool that is not ours). */
export function toolAction(name: string): BrainAction {
  return handoffTools[name] ?? 'continue';
}

/** Details from several `save_caller_details` calls, later ones over earlier, nulls ignored. */
export function mergeDetails(previous: CallerDetails, next: CallerDetails): CallerDetails {
  const kept = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== null && v !== undefined));
  const questions = [...(previous.questions ?? []), ...(next.questions ?? [])];
  return { ...previous, ...kept, ...(questions.length > 0 ? { questions } : {}) };
}

/**
 * One turn of the speech-to-speech receptionist as the conversation stores it, clamped exactly as
 * the chat brain's reply is (`toBrainReply`): the model's tool calls are proposals. A transfer
 * goes to the owner once per call and is announced in the app's words (voicemail when nobody can
 * be rung), a robocall or wrong number keeps no details and is never put through, fields are
 * trimmed and callback times checked. `heard` is what the caller heard of the model's speech:
 * already spoken, it is stored as it was (the `say` the clamp writes is the closing line for TwiML).
 */
export function clampedTurn(args: {
  heard: string;
  action: BrainAction;
  details: CallerDetails;
  context: BrainContext;
  secrets?: readonly string[];
}): { reply: BrainReply; closing: string } {
  const { details, context } = args;
  const model: ModelReply = {
    say: args.heard,
    intent: details.intent ?? 'other',
    sentiment: 'neutral',
    action: args.action,
    callerKind: details.caller_kind ?? 'caller',
    questions: details.questions ?? [],
    language: details.language ?? 'en',
    collected: {
      name: details.name ?? null,
      address: details.address ?? null,
      project: details.project ?? null,
      urgency: details.urgency ?? null,
    },
    callback: {
      requested: Boolean(details.callback_time) && !details.no_callback,
      declined: details.no_callback === true,
      phrase: details.callback_time ?? null,
      localTime: null,
      number: null,
    },
  };
  const clamped = toBrainReply(model, context, args.secrets);
  const reply: BrainReply = {
    ...clamped,
    say: args.heard,
    intent: details.intent ?? null,
    sentiment: null,
    state: { ...context.state, ...clamped.state },
    ...(details.caller_kind ? {} : { callerKind: undefined }),
    ...(details.language ? {} : { language: undefined }),
  };
  // The model's own goodbye was heard; a transfer or voicemail still needs the app's line.
  const closing = clamped.action === 'end' ? '' : clamped.action === 'continue' ? '' : clamped.say;
  return { reply, closing };
}

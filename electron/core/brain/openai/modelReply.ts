import { z } from 'zod';
import { CallerIntent, CallerSentiment, Urgency } from '../../../shared/models';
import { BrainAction, BrainReply, CallerKind, CallLanguage } from '../types';
import type { OpenAiSdk } from './openAiSdk';

/**
 * The reply the model is asked for: `BrainReply` in the shape strict structured outputs accept
 * (every field present, null for "not known"), with the guidance for each field on the field, so
 * the schema the model sees and the one its answer is checked against are the same object. Code,
 * not the model, turns it into a `BrainReply` (see toBrainReply): the model proposes, code decides.
 * The words (`say`) come as the message's plain text and the rest as one call of
 * `receptionistTool`, so a phone voice can speak the first word the moment the model writes it.
 */
export const ModelReply = z.object({
  say: BrainReply.shape.say.describe(
    'Your next words to the caller, read aloud by a phone voice: one to three short spoken sentences, under 50 words, no lists or links.',
  ),
  intent: CallerIntent.describe(
    "The caller's main reason for calling so far: quote, schedule (a visit or appointment), question, complaint, transfer (wants a person), or other.",
  ),
  sentiment: CallerSentiment.describe('How the caller sounds overall.'),
  action: BrainAction.describe(
    'continue: keep the conversation going. transfer: put the caller through to the owner (code picks the number). end: hang up after saying this. voicemail: let the caller leave a message after the tone.',
  ),
  callerKind: CallerKind.describe(
    'caller: someone with a job, a question or a complaint for the business. spam: a robocall, a recorded message, or a sales pitch (listings, SEO, warranties, financing, suppliers). wrong_number: they meant to reach someone else. Spam and wrong numbers are never put through: end the call politely.',
  ),
  questions: z
    .array(z.string())
    .describe(
      "Questions the caller asked in their latest words that the business facts do not answer, each in a few of the caller's words, for the owner to answer on the callback; [] when none.",
    ),
  language: CallLanguage.describe(
    'The language the caller speaks, en or es; your words are in it. Once a caller speaks Spanish, keep answering in Spanish.',
  ),
  collected: z
    .object({
      name: z.string().nullable().describe("The caller's name as they said it, or null."),
      address: z.string().nullable().describe('The street address of the job, as complete as the caller gave it, or null.'),
      project: z.string().nullable().describe('The job in a few words, e.g. "roof leak over the kitchen", or null.'),
      urgency: Urgency.nullable().describe(
        'emergency: active danger or damage happening now. high: needs someone within a day or two. normal. low: no rush. Null when not yet clear.',
      ),
    })
    .describe('Only what the caller said on this call; null for anything not said.'),
  callback: z.object({
    requested: z.boolean().describe('True when the caller wants a call back.'),
    declined: z
      .boolean()
      .describe(
        'True when the caller said they do not want a call back ("no need to call me", "I\'ll call again later"); requested is then false.',
      ),
    phrase: z.string().nullable().describe('The caller\'s own words for when, e.g. "after 5" or "tomorrow morning", or null.'),
    localTime: z
      .string()
      .nullable()
      .describe(
        "That time as YYYY-MM-DDTHH:MM on the business's clock, when it can be pinned down from the call's date; else null.",
      ),
    number: z
      .string()
      .nullable()
      .describe(
        'A callback number only if the caller gave one different from the number they are calling from, digits only; else null.',
      ),
  }),
});
export type ModelReply = z.infer<typeof ModelReply>;

/** Everything in a reply but its words: what the turn does and what it heard. */
export const TurnActions = ModelReply.omit({ say: true });
export type TurnActions = z.infer<typeof TurnActions>;

export const receptionistToolName = 'receptionist_actions';

const makeReceptionistTool = ({ zod }: OpenAiSdk) =>
  zod.zodFunction({
    name: receptionistToolName,
    description:
      'Call once every turn, after your words to the caller: what the turn does and what you heard. Your words are never in it.',
    parameters: TurnActions,
  });
let tool: ReturnType<typeof makeReceptionistTool> | null = null;
/** The one tool the receptionist calls each turn, after its words, with a strict schema (built once the SDK is loaded). */
export const receptionistTool = (sdk: OpenAiSdk) => (tool ??= makeReceptionistTool(sdk));

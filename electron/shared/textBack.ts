import { z } from 'zod';

/** What a text-back template may say, and what each placeholder becomes. */
export const textBackPlaceholders = ['business', 'name', 'need', 'when', 'owner'] as const;
export type TextBackPlaceholder = (typeof textBackPlaceholders)[number];
export type TextBackValues = Record<TextBackPlaceholder, string>;

/** Two SMS segments of plain characters, so the placeholders' values still fit in most texts. */
export const textBackTemplateMax = 320;

export const defaultTextBackTemplate =
  'Hi {name}, thanks for calling {business}. We got your message about {need}. {owner} will call you back {when}. Reply STOP to opt out.';

/** A Spanish-speaking caller gets this, whatever the owner's (English) template says. */
export const spanishTextBackTemplate =
  'Hola {name}, gracias por llamar a {business}. Recibimos su mensaje sobre {need}. {owner} le devolverá la llamada {when}. Responda STOP para no recibir más mensajes.';

const placeholder = /\{([^{}]*)\}/g;
const known = new Set<string>(textBackPlaceholders);
const listed = textBackPlaceholders.map((p) => `{${p}}`).join(', ');

/** The owner's template: plain words with placeholders; an unknown one is refused in plain words. */
export const TextBackTemplate = z
  .string({ error: 'Enter the text-back message as words.' })
  .trim()
  .min(1, 'Enter the text-back message, or turn text-back off.')
  .max(textBackTemplateMax, `Keep the text-back message under ${textBackTemplateMax} characters: about two text messages.`)
  // Tabs, bells and other control characters are not words and show as boxes on phones.
  .refine(
    (t) => ![...t].some((c) => c !== '\n' && (c < ' ' || c === '\u007f')),
    'The text-back message has characters a phone cannot show.',
  )
  .superRefine((template, ctx) => {
    const unknown = [...template.matchAll(placeholder)].map((m) => m[1] ?? '').filter((name) => !known.has(name));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `The text-back message uses {${unknown[0]}}, which Pickup cannot fill in. Use only ${listed}.`,
      });
    }
  });

/**
 * The caller's text from a template: each placeholder replaced, the spacing an empty value leaves
 * tidied, and each sentence starting with a capital.
 */
export function renderTextBack(template: string, values: TextBackValues): string {
  return template
    .replace(placeholder, (whole, name: string) => (known.has(name) ? values[name as TextBackPlaceholder] : whole))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ([,.!?])/g, '$1')
    .replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase())
    .trim();
}

/** What the Settings card shows under the template while the owner types. */
export function previewTextBack(template: string, business: { businessName: string; ownerName: string }): string {
  return renderTextBack(template, {
    business: business.businessName,
    name: 'Dana',
    need: 'a leak in the kitchen ceiling',
    when: 'tomorrow at 8:00 AM',
    owner: business.ownerName || 'our team',
  });
}

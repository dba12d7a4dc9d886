import type { Call, Lead } from '../../shared/models';
import type { Settings } from '../../shared/settings';
import { renderTextBack, spanishTextBackTemplate } from '../../shared/textBack';
import { callbackWhen } from '../domain/nextOpening';

/** A caller's need as they said it reads as a quote ("about "my gutter is hanging off""); a job name does not. */
const saidAsSentence =
  /\b(?:is|are|was|were|has|have|had|got|keeps|isn't|won't|doesn't|don't|didn't|can't|es|está|están|tengo|tiene|hay)\b/i;

/**
 * The text back to a caller after their call, in their language: the business, their need in
 * their own words, and when they will hear back. A Spanish-speaking caller gets the Spanish text
 * whatever the owner's (English) template says.
 */
export function composeCallerText(input: {
  settings: Pick<
    Settings,
    'businessName' | 'ownerName' | 'textBackTemplate' | 'businessHoursStart' | 'businessHoursEnd' | 'businessDays' | 'timezone'
  >;
  call: Pick<Call, 'language' | 'callbackTime'>;
  callbackPhrase: string | null;
  lead: Pick<Lead, 'name' | 'project'> | null;
  now: Date;
}): string {
  const { settings, call, lead } = input;
  const spanish = call.language === 'es';
  const project = lead?.project?.trim().replace(/[.!?]+$/, '');
  const need = project ? (saidAsSentence.test(project) ? `"${project}"` : project) : spanish ? 'su llamada' : 'your call';
  return renderTextBack(spanish ? spanishTextBackTemplate : settings.textBackTemplate, {
    business: settings.businessName,
    name: lead?.name?.trim().split(/\s+/)[0] ?? '',
    need,
    when: callbackWhen({
      callbackTime: call.callbackTime,
      callbackPhrase: input.callbackPhrase,
      settings,
      now: input.now,
      language: spanish ? 'es' : 'en',
    }),
    owner: settings.ownerName || (spanish ? 'alguien de nuestro equipo' : 'our team'),
  });
}

import type { Settings } from '../../shared/settings';

const disclosesAssistant = /\b(ai|assistant|virtual|automated|receptionist)\b/i;

/**
 * What the caller hears first. It always says that an AI assistant is answering, and that the
 * call is recorded when it is, whatever custom greeting the owner wrote.
 */
export function composeGreeting(settings: Settings, knownCallerName: string | null): string {
  const custom = settings.voiceGreeting.trim();
  const parts = [
    custom ||
      `Hi${knownCallerName ? ` ${knownCallerName}` : ''}! Thanks for calling ${settings.businessName}. I'm the virtual assistant. How can I help you today?`,
  ];
  if (custom && !disclosesAssistant.test(custom)) parts.push(`I'm ${settings.businessName}'s AI assistant.`);
  if (custom && knownCallerName) parts.push(`Good to hear from you again, ${knownCallerName}.`);
  if (settings.recordCalls) parts.push('This call is recorded.');
  return parts.join(' ');
}

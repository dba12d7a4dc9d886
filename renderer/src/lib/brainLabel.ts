/**
 * Who answers calls, in the words Settings uses ("the built-in receptionist", "the AI"), from the
 * core's brain name ("offline", "openai", "openai:gpt-4o-mini"): "offline brain" meant nothing to an owner.
 */
export function brainLabel(brain: string): string {
  if (brain === 'offline') return 'the built-in receptionist';
  const [kind, model] = brain.split(':');
  if (kind === 'openai') return model ? `the AI (${model})` : 'the AI';
  return brain;
}

import type { Settings } from '../../shared/settings';

/** Whether a call that has cost `spentUsd` so far is past the owner's cap (0: no cap). */
export function pastCostCap(capUsd: number, spentUsd: number): boolean {
  return capUsd > 0 && spentUsd >= capUsd;
}

/** The receptionist's last words on a call past its cost cap: short, and a promise of a callback. */
export function costCapGoodbye(settings: Pick<Settings, 'ownerName' | 'businessName'>, callerName: string | null): string {
  const who = settings.ownerName || `someone from ${settings.businessName}`;
  return `I have to let you go now, but ${who} will call you back${callerName ? `, ${callerName}` : ''}. Thank you for calling, goodbye!`;
}

import type { Settings } from '../../shared/settings';

type Numbers = Pick<Settings, 'forwardingNumber' | 'ownerPhone'>;

/** The number a caller is put through to, or rung first: the forwarding number, else the owner's cell. */
export function ownerLine(settings: Numbers): string | null {
  return settings.forwardingNumber || settings.ownerPhone || null;
}

/** Where a transfer on this call would ring now: nowhere with no number set, or once its one transfer was tried. */
export function transferLine(settings: Numbers, call: { transferAttempts: number }): string | null {
  return call.transferAttempts > 0 ? null : ownerLine(settings);
}

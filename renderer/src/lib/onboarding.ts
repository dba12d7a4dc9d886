const key = 'pickup.onboarded';

/**
 * Whether the owner has been through (or skipped) the first-run screen on this device. An app
 * with calls is never new, so this only matters until the first call.
 */
export const isOnboarded = () => localStorage.getItem(key) === '1';
export const markOnboarded = () => localStorage.setItem(key, '1');

/**
 * A call's AI cost in plain money words ("4¢", "$1.20", "under 1¢"); null when there is nothing to show.
 * The built-in receptionist costs nothing and its calls carry 0, so 0 and a missing cost both show nothing.
 */
export function formatAiCost(usd: number | null | undefined): string | null {
  if (typeof usd !== 'number' || !Number.isFinite(usd) || usd <= 0) return null;
  const cents = Math.round(usd * 100);
  if (cents < 1) return 'under 1¢';
  if (cents < 100) return `${cents}¢`;
  return `$${(cents / 100).toFixed(2)}`;
}

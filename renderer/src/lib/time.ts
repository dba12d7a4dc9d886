import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * An instant as the business's clock shows it: the summary texted to the owner and the call's
 * callback time are in the business's time zone, so the dashboard agrees with them.
 */
export function formatInZone(iso: string, pattern: string, timeZone: string | undefined): string {
  return format(timeZone ? new TZDate(iso, timeZone) : new Date(iso), pattern);
}

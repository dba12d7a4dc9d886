import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

/** The local time a callback was asked for, as the owner would say it ("Sat 5:00 PM"). */
export function formatCallbackTime(iso: string, timezone: string): string {
  return format(new TZDate(new Date(iso).getTime(), timezone), 'EEE MMM d, h:mm a');
}

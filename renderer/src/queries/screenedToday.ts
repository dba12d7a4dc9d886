import { useQuery } from '@tanstack/react-query';
import type { PickupApi } from '../../../electron/shared/api';
import { countScreenedToday, screenedTodayLine } from '../lib/screened';
import { useApi } from './apiContext';
import { keys } from './keys';
import { useSettings } from './settings';

/** More than this many in a day would be counted as this many: the line stays true enough. */
const mostCounted = 200;

export const screenedQuery = (api: PickupApi) => ({
  queryKey: keys.calls.screened,
  queryFn: async () => {
    const [spam, wrongNumbers] = await Promise.all([
      api.listCalls({ outcome: 'spam', limit: mostCounted }),
      api.listCalls({ outcome: 'wrong_number', limit: mostCounted }),
    ]);
    return [...spam, ...wrongNumbers];
  },
});

/** "3 robocalls and 1 wrong number today were ended for you", or null on a day without any. */
export function useScreenedToday(): string | null {
  const api = useApi();
  const timeZone = useSettings().data?.timezone;
  const { data } = useQuery(screenedQuery(api));
  return data ? screenedTodayLine(countScreenedToday(data, new Date(), timeZone)) : null;
}

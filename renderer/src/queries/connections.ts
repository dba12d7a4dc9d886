import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConnectNgrok,
  ConnectOpenAi,
  ConnectTwilio,
  ConnectionName,
  Connections,
} from '../../../electron/shared/connections';
import { useApi } from './apiContext';
import { keys } from './keys';

/** The owner's accounts; the tunnel's state inside changes on its own, so it is reloaded while shown. */
export function useConnections() {
  const api = useApi();
  return useQuery({
    queryKey: keys.connections,
    queryFn: () => api.getConnections(),
    refetchOnMount: 'always',
    refetchInterval: 5_000,
  });
}

export type ConnectionChange =
  | { name: 'twilio'; input: ConnectTwilio }
  | { name: 'openai'; input: ConnectOpenAi }
  | { name: 'ngrok'; input: ConnectNgrok }
  | { name: ConnectionName; input: null };

/**
 * Connecting (checked by the service first) or forgetting an account. The core applies it at
 * once, so everything that depends on an account is fetched again: the status (which brain
 * answers), the phone line and the account's numbers.
 */
export function useConnectionChange() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: ConnectionChange): Promise<Connections> => {
      if (change.input === null) return api.disconnectAccount({ name: change.name });
      if (change.name === 'twilio') return api.connectTwilio(change.input as ConnectTwilio);
      if (change.name === 'openai') return api.connectOpenAi(change.input as ConnectOpenAi);
      return api.connectNgrok(change.input as ConnectNgrok);
    },
    onSuccess: (connections) => {
      client.setQueryData(keys.connections, connections);
      void client.invalidateQueries({ queryKey: keys.status });
      void client.invalidateQueries({ queryKey: keys.phoneLine });
    },
  });
}

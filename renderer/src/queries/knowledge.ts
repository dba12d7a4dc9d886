import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KnowledgeUpdate } from '../../../electron/shared/apiModels';
import type { KnowledgeEntry, NewKnowledgeEntry } from '../../../electron/shared/models';
import { useApi } from './apiContext';
import { keys } from './keys';

export const byCategory = (a: KnowledgeEntry, b: KnowledgeEntry) =>
  a.category.localeCompare(b.category) || a.createdAt.localeCompare(b.createdAt);

/** The knowledge base, grouped by category in the order the page shows it; reloaded when opened. */
export function useKnowledge() {
  const api = useApi();
  return useQuery({
    queryKey: keys.knowledge,
    queryFn: async () => (await api.listKnowledge()).sort(byCategory),
    refetchOnMount: 'always',
  });
}

/** Each change keeps the core's answer in the list at once, then reloads the list to be sure. */
function useKnowledgeMutation<I, O>(
  run: (input: I) => Promise<O>,
  update: (entries: KnowledgeEntry[], answer: O, input: I) => KnowledgeEntry[],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (answer, input) => {
      client.setQueryData<KnowledgeEntry[]>(keys.knowledge, (entries) => entries && update(entries, answer, input));
      void client.invalidateQueries({ queryKey: keys.knowledge });
    },
  });
}

export function useAddKnowledge() {
  const api = useApi();
  return useKnowledgeMutation(
    (entry: NewKnowledgeEntry) => api.addKnowledge(entry),
    (entries, added) => [...entries, added].sort(byCategory),
  );
}

export function useUpdateKnowledge() {
  const api = useApi();
  return useKnowledgeMutation(
    (entry: KnowledgeUpdate) => api.updateKnowledge(entry),
    (entries, updated) => entries.map((e) => (e.id === updated.id ? updated : e)).sort(byCategory),
  );
}

export function useDeleteKnowledge() {
  const api = useApi();
  return useKnowledgeMutation(
    (id: string) => api.deleteKnowledge({ id }),
    (entries, _answer, id) => entries.filter((e) => e.id !== id),
  );
}

/** What the receptionist would answer: asked, not stored, so a mutation and not a query. */
export function useAskReceptionist() {
  const api = useApi();
  return useMutation({ mutationFn: (question: string) => api.askReceptionist({ question }) });
}

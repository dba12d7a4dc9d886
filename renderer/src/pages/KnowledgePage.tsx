import { BookOpen, Pencil, Plus, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import type { KnowledgeEntry } from '../../../electron/shared/models';
import { PageHeader } from '../components/AppShell';
import { Button } from '../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../components/ui/card';
import { ConfirmDialog } from '../components/ui/confirm-dialog';
import { Skeleton } from '../components/ui/skeleton';
import { EmptyState, ErrorState } from '../components/ui/states';
import { errorMessage } from '../lib/errors';
import { useAddKnowledge, useDeleteKnowledge, useKnowledge, useUpdateKnowledge } from '../queries/knowledge';
import { AskReceptionist } from './knowledge/AskReceptionist';
import { KnowledgeForm } from './knowledge/KnowledgeForm';

const noEntries: KnowledgeEntry[] = [];

export function KnowledgePage() {
  const { data: entries = noEntries, isPending, error, refetch } = useKnowledge();
  const add = useAddKnowledge().mutateAsync;
  const update = useUpdateKnowledge().mutateAsync;
  const remove = useDeleteKnowledge().mutateAsync;
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<KnowledgeEntry | null>(null);

  // When an edit closes, focus goes back to the entry's Edit button, not to the page's body.
  const stopEditing = (id: string) => {
    setEditingId(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-edit-entry="${CSS.escape(id)}"]`)?.focus());
  };
  const categories = useMemo(() => [...new Set(entries.map((e) => e.category))], [entries]);
  const groups = useMemo(
    () => categories.map((category) => ({ category, entries: entries.filter((e) => e.category === category) })),
    [categories, entries],
  );

  return (
    <>
      <PageHeader
        title="Knowledge base"
        description="What the receptionist can tell callers: services, prices, areas, hours."
        actions={
          !adding && (
            <Button onClick={() => setAdding(true)}>
              <Plus aria-hidden /> Add entry
            </Button>
          )
        }
      />
      <div className="min-h-0 flex-1 overflow-y-auto p-4 md:p-8">
        <div className="grid items-start gap-6 xl:grid-cols-[1fr_420px]">
          <div className="space-y-6">
            {adding && (
              <Card>
                <CardHeader>
                  <CardTitle>New entry</CardTitle>
                  <CardDescription>One fact or answer per entry works best.</CardDescription>
                </CardHeader>
                <CardContent>
                  <KnowledgeForm
                    categories={categories}
                    submitLabel="Add entry"
                    onCancel={() => setAdding(false)}
                    onSubmit={async (entry) => {
                      await add(entry);
                      toast.success('Entry added', { description: 'The receptionist can use it on the next call.' });
                    }}
                  />
                </CardContent>
              </Card>
            )}
            {error && entries.length === 0 ? (
              <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
            ) : isPending ? (
              <div className="space-y-3" role="status" aria-label="Loading knowledge">
                <Skeleton className="h-24 w-full" />
                <Skeleton className="h-24 w-full" />
              </div>
            ) : entries.length === 0 ? (
              !adding && (
                <Card>
                  <EmptyState icon={BookOpen} title="Teach the receptionist about your business">
                    <p>Add what callers ask most: which jobs you take, where you work, rough prices, your hours.</p>
                    <Button className="mt-4" onClick={() => setAdding(true)}>
                      <Plus aria-hidden /> Add the first entry
                    </Button>
                  </EmptyState>
                </Card>
              )
            ) : (
              groups.map((group) => (
                <section key={group.category} aria-label={group.category} className="space-y-2">
                  <h2 className="text-sm font-semibold text-muted-foreground">{group.category}</h2>
                  <Card className="divide-y">
                    {group.entries.map((entry) =>
                      editingId === entry.id ? (
                        <div key={entry.id} className="p-5">
                          <KnowledgeForm
                            initial={{ category: entry.category, content: entry.content }}
                            categories={categories}
                            submitLabel="Save"
                            onCancel={() => stopEditing(entry.id)}
                            onSubmit={async (changes) => {
                              await update({ id: entry.id, ...changes });
                              stopEditing(entry.id);
                              toast.success('Entry saved');
                            }}
                          />
                        </div>
                      ) : (
                        <div key={entry.id} className="group flex items-start gap-3 p-5">
                          <p className="flex-1 text-sm leading-relaxed whitespace-pre-wrap">{entry.content}</p>
                          <div className="flex gap-1">
                            <Button
                              variant="ghost"
                              size="icon"
                              aria-label={`Edit "${entry.content.slice(0, 40)}"`}
                              data-edit-entry={entry.id}
                              onClick={() => setEditingId(entry.id)}
                            >
                              <Pencil aria-hidden />
                            </Button>
                            <Button
                              variant="ghost"
                              size="icon"
                              aria-label={`Delete "${entry.content.slice(0, 40)}"`}
                              onClick={() => setDeleting(entry)}
                            >
                              <Trash2 aria-hidden />
                            </Button>
                          </div>
                        </div>
                      ),
                    )}
                  </Card>
                </section>
              ))
            )}
          </div>
          <div className="xl:sticky xl:top-0">
            <AskReceptionist />
          </div>
        </div>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete this entry?"
        description="The receptionist stops using it from the next call."
        confirmLabel="Delete entry"
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove(deleting.id);
            toast.success('Entry deleted');
          } catch (e) {
            toast.error('Could not delete the entry', { description: errorMessage(e) });
            throw e;
          }
        }}
      />
    </>
  );
}

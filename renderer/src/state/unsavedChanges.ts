import { useEffect } from 'react';
import { create } from 'zustand';

interface UnsavedState {
  /** Forms with changes not saved yet, by the form's id. */
  dirty: ReadonlySet<string>;
  setDirty(id: string, dirty: boolean): void;
}

export const useUnsavedChanges = create<UnsavedState>((set, get) => ({
  dirty: new Set(),
  setDirty: (id, dirty) => {
    if (get().dirty.has(id) === dirty) return;
    const next = new Set(get().dirty);
    if (dirty) next.add(id);
    else next.delete(id);
    set({ dirty: next });
  },
}));

export const leaveWarning = 'You have changes that are not saved. Leave this page and lose them?';

/** A form reports whether it holds unsaved changes, and stops when it goes away. */
export function useReportUnsaved(id: string, dirty: boolean): void {
  const setDirty = useUnsavedChanges((s) => s.setDirty);
  useEffect(() => {
    setDirty(id, dirty);
    return () => setDirty(id, false);
  }, [id, dirty, setDirty]);
}

/** True when leaving is fine: nothing unsaved, or the owner says to drop it. */
export function confirmLeaving(): boolean {
  return useUnsavedChanges.getState().dirty.size === 0 || window.confirm(leaveWarning);
}

/** The browser's own warning when the window closes or reloads with unsaved changes. */
export function useWarnOnUnload(): void {
  const anyDirty = useUnsavedChanges((s) => s.dirty.size > 0);
  useEffect(() => {
    if (!anyDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyDirty]);
}

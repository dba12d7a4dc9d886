import { PhoneCall } from 'lucide-react';
import { useEffect } from 'react';
import { api } from './api/client';
import { CallDetail } from './components/CallDetail';
import { CallList } from './components/CallList';
import { useCalls } from './state/callsStore';

export function App() {
  const load = useCalls((s) => s.load);
  const apply = useCalls((s) => s.apply);
  useEffect(() => {
    void load();
    return api.onEvent(apply);
  }, [load, apply]);

  return (
    <div className="flex h-screen flex-col">
      <header className="flex items-center gap-2 border-b border-slate-200 bg-white px-6 py-3">
        <PhoneCall className="h-5 w-5 text-blue-600" aria-hidden />
        <h1 className="text-lg font-semibold">Pickup</h1>
        <span className="text-sm text-slate-500">your AI receptionist</span>
      </header>
      <main className="grid flex-1 grid-cols-1 gap-4 overflow-hidden p-4 md:grid-cols-[minmax(320px,420px)_1fr]">
        <CallList />
        <CallDetail />
      </main>
    </div>
  );
}

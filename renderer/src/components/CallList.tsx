import { formatDistanceToNow } from 'date-fns';
import { Clock, Phone, PhoneIncoming, Search } from 'lucide-react';
import { useCalls } from '../state/callsStore';
import { formatDuration, formatPhone, intentColors } from '../format';

export function CallList() {
  const { calls, loading, error, search, load, select, selected } = useCalls();
  return (
    <section aria-label="Calls" className="flex h-full flex-col rounded-xl border border-slate-200 bg-white">
      <div className="flex items-center gap-2 border-b border-slate-200 p-3">
        <Search className="h-4 w-4 text-slate-400" aria-hidden />
        <input
          aria-label="Search calls"
          className="w-full bg-transparent text-sm outline-none"
          placeholder="Search transcripts and summaries"
          value={search}
          onChange={(e) => void load(e.target.value)}
        />
      </div>
      <ul className="flex-1 divide-y divide-slate-100 overflow-y-auto">
        {loading && calls.length === 0 && <li className="p-6 text-center text-sm text-slate-500">Loading calls…</li>}
        {error && <li className="p-6 text-center text-sm text-red-600">{error}</li>}
        {!loading && !error && calls.length === 0 && (
          <li className="p-6 text-center text-sm text-slate-500">
            {search ? 'No calls match that search.' : 'No calls yet. Try one: npm run call -- "I need a roof quote"'}
          </li>
        )}
        {calls.map((call) => (
          <li key={call.id}>
            <button
              type="button"
              onClick={() => void select(call.id)}
              aria-current={selected?.id === call.id}
              className={`w-full space-y-1 p-4 text-left hover:bg-slate-50 focus:bg-slate-50 focus:outline-none ${selected?.id === call.id ? 'bg-slate-100' : ''}`}
            >
              <div className="flex items-center justify-between gap-2">
                <div className="flex items-center gap-2">
                  {call.endedAt ? (
                    <Phone className="h-4 w-4 text-slate-400" aria-hidden />
                  ) : (
                    <PhoneIncoming className="h-4 w-4 animate-pulse text-emerald-600" aria-label="Live" />
                  )}
                  <span className="font-medium">{call.leadName ?? formatPhone(call.from)}</span>
                  <span className={`rounded px-2 py-0.5 text-xs ${intentColors[call.callerIntent ?? ''] ?? 'bg-slate-100 text-slate-700'}`}>
                    {call.callerIntent ?? 'unknown'}
                  </span>
                  {call.callbackRequested && <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-800">callback</span>}
                </div>
                <span className="flex items-center gap-1 text-xs text-slate-500">
                  <Clock className="h-3 w-3" aria-hidden />
                  {formatDuration(call.duration)}
                </span>
              </div>
              {call.aiSummary && <p className="line-clamp-2 text-sm text-slate-600">{call.aiSummary}</p>}
              <p className="text-xs text-slate-400">
                {formatDistanceToNow(new Date(call.startedAt), { addSuffix: true })}
                {call.outcome ? ` · ${call.outcome}` : ''}
              </p>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

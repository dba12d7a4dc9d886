import { format } from 'date-fns';
import { useCalls } from '../state/callsStore';
import { formatDuration, formatPhone } from '../format';

export function CallDetail() {
  const call = useCalls((s) => s.selected);
  if (!call) {
    return (
      <section className="flex h-full items-center justify-center rounded-xl border border-dashed border-slate-300 text-sm text-slate-500">
        Select a call to see its transcript.
      </section>
    );
  }
  return (
    <section aria-label="Call detail" className="flex h-full flex-col gap-4 overflow-y-auto rounded-xl border border-slate-200 bg-white p-5">
      <header className="space-y-1">
        <h2 className="text-lg font-semibold">{call.leadName ?? formatPhone(call.from)}</h2>
        <p className="text-sm text-slate-500">
          {formatPhone(call.from)} · {format(new Date(call.startedAt), 'PPp')} · {formatDuration(call.duration)} · {call.status}
        </p>
      </header>
      {call.aiSummary && (
        <div className="rounded-lg bg-slate-50 p-3 text-sm">
          <p className="mb-1 font-medium">Summary</p>
          <p data-testid="summary">{call.aiSummary}</p>
        </div>
      )}
      {call.hasRecording && <audio controls src={`/api/calls/${call.id}/recording`} className="w-full" />}
      <ol aria-label="Transcript" className="space-y-2">
        {call.turns.map((turn, i) => (
          <li key={i} className={`flex ${turn.speaker === 'caller' ? 'justify-end' : 'justify-start'}`}>
            <p
              className={`max-w-[80%] rounded-2xl px-3 py-2 text-sm ${turn.speaker === 'caller' ? 'bg-blue-600 text-white' : 'bg-slate-100 text-slate-800'}`}
            >
              <span className="sr-only">{turn.speaker === 'caller' ? 'Caller: ' : 'Receptionist: '}</span>
              {turn.kind === 'voicemail' ? `Voicemail: ${turn.text}` : turn.text}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

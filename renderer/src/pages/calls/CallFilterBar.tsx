import { PhoneForwarded, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { callerIntents, CallOutcome } from '../../../../electron/shared/models';
import { Button } from '../../components/ui/button';
import { SearchInput } from '../../components/ui/search-input';
import { Select } from '../../components/ui/select';
import { hasFilters, noFilters } from '../../lib/callFilters';
import { intentLabels, outcomeLabels } from '../../lib/format';
import { useCallFilters } from '../../state/callFilters';

/** Typing pauses this long before a search goes to the server. */
const searchDelayMs = 200;

export function CallFilterBar() {
  const filters = useCallFilters((s) => s.filters);
  const setFilters = useCallFilters((s) => s.setFilters);
  const [search, setSearch] = useState(filters.search);

  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => setFilters({ search }), searchDelayMs);
    return () => clearTimeout(timer);
  }, [search, filters.search, setFilters]);

  return (
    <div className="flex flex-wrap items-center gap-2 border-b bg-card px-4 md:px-8 py-3" role="search">
      <SearchInput
        aria-label="Search calls"
        placeholder="Search transcripts and summaries"
        className="min-w-64 flex-1"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Select
        aria-label="Intent"
        value={filters.intent}
        onChange={(e) => setFilters({ intent: e.target.value as typeof filters.intent })}
        className="w-40"
      >
        <option value="">All intents</option>
        {callerIntents.map((intent) => (
          <option key={intent} value={intent}>
            {intentLabels[intent]}
          </option>
        ))}
      </Select>
      <Select
        aria-label="Outcome"
        value={filters.outcome}
        onChange={(e) => setFilters({ outcome: e.target.value as typeof filters.outcome })}
        className="w-44"
      >
        <option value="">All outcomes</option>
        {CallOutcome.options.map((outcome) => (
          <option key={outcome} value={outcome}>
            {outcomeLabels[outcome]}
          </option>
        ))}
      </Select>
      <Button
        variant={filters.callbackOnly ? 'default' : 'outline'}
        aria-pressed={filters.callbackOnly}
        onClick={() => setFilters({ callbackOnly: !filters.callbackOnly })}
      >
        <PhoneForwarded aria-hidden /> Wants a callback
      </Button>
      {hasFilters(filters) && (
        <Button
          variant="ghost"
          onClick={() => {
            setSearch('');
            setFilters(noFilters);
          }}
        >
          <X aria-hidden /> Clear
        </Button>
      )}
    </div>
  );
}

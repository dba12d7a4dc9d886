import { PhoneForwarded, Siren, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { callerIntents, CallOutcome } from '../../../../electron/shared/models';
import { Button } from '../../components/ui/button';
import { SearchInput } from '../../components/ui/search-input';
import { Select } from '../../components/ui/select';
import { cn } from '../../lib/cn';
import { hasFilters, noFilters } from '../../lib/callFilters';
import { intentLabels, outcomeLabels } from '../../lib/format';
import { useCallFilters } from '../../state/callFilters';

/** Typing pauses this long before a search goes to the server. */
const searchDelayMs = 200;

export function CallFilterBar() {
  const filters = useCallFilters((s) => s.filters);
  const setFilters = useCallFilters((s) => s.setFilters);
  const emergencyOnly = useCallFilters((s) => s.emergencyOnly);
  const setEmergencyOnly = useCallFilters((s) => s.setEmergencyOnly);
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
        placeholder="Search words or a number"
        className="min-w-0 basis-full sm:min-w-64 sm:flex-1 sm:basis-auto"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Select
        aria-label="Intent"
        value={filters.intent}
        onChange={(e) => setFilters({ intent: e.target.value as typeof filters.intent })}
        className="w-[calc(50%-0.25rem)] sm:w-40"
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
        className="w-[calc(50%-0.25rem)] sm:w-44"
      >
        <option value="">All outcomes</option>
        {CallOutcome.options.map((outcome) => (
          <option key={outcome} value={outcome}>
            {outcomeLabels[outcome]}
          </option>
        ))}
      </Select>
      <Button
        variant={emergencyOnly ? 'destructive' : 'outline'}
        aria-pressed={emergencyOnly}
        onClick={() => setEmergencyOnly(!emergencyOnly)}
        className={cn(!emergencyOnly && 'text-red-700 hover:text-red-800')}
      >
        <Siren aria-hidden /> Emergencies
      </Button>
      <Button
        variant={filters.callbackOnly ? 'default' : 'outline'}
        aria-pressed={filters.callbackOnly}
        onClick={() => setFilters({ callbackOnly: !filters.callbackOnly })}
      >
        <PhoneForwarded aria-hidden /> Wants a callback
      </Button>
      {(hasFilters(filters) || emergencyOnly) && (
        <Button
          variant="ghost"
          onClick={() => {
            setSearch('');
            setFilters(noFilters);
            setEmergencyOnly(false);
          }}
        >
          <X aria-hidden /> Clear
        </Button>
      )}
    </div>
  );
}

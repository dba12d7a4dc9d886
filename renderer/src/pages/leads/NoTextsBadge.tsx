import { MessageSquareOff } from 'lucide-react';
import type { LeadSummary } from '../../../../electron/shared/apiModels';
import { Badge } from '../../components/ui/badge';

/** Shown on a lead Pickup will not text: they replied STOP, or their number cannot get texts. */
export function NoTextsBadge({ noTexts }: { noTexts: LeadSummary['noTexts'] }) {
  if (!noTexts) return null;
  return (
    <Badge
      variant="outline"
      title={noTexts === 'opted_out' ? 'Replied STOP: Pickup will not text them' : 'This number cannot receive texts'}
    >
      <MessageSquareOff aria-hidden /> {noTexts === 'opted_out' ? 'Opted out of texts' : 'No texts (landline)'}
    </Badge>
  );
}

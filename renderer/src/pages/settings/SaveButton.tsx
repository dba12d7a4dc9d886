import { Check } from 'lucide-react';
import { Button } from '../../components/ui/button';

export function SaveButton({
  label,
  saving,
  dirty,
  onClick,
}: {
  label: string;
  saving: boolean;
  dirty: boolean;
  onClick(): void;
}) {
  if (!dirty && !saving) {
    return (
      <Button variant="outline" disabled className="w-full disabled:opacity-70">
        <Check aria-hidden /> Saved
      </Button>
    );
  }
  return (
    <Button onClick={onClick} disabled={saving} className="w-full">
      {saving ? 'Saving...' : label}
    </Button>
  );
}

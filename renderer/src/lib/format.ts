import { formatPhoneForDisplay } from '../../electron/shared/phone';

export const formatPhone = (number: string) => (number.startsWith('+') ? formatPhoneForDisplay(number) : number);

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '–';
  const mins = Math.floor(seconds / 60);
  const secs = seconds % 60;
  return `${mins}:${secs.toString().padStart(2, '0')}`;
}

/** The seed's intent badge colours. */
export const intentColors: Record<string, string> = {
  quote: 'bg-green-100 text-green-800',
  schedule: 'bg-blue-100 text-blue-800',
  question: 'bg-purple-100 text-purple-800',
  complaint: 'bg-red-100 text-red-800',
};

import { MessageCircleQuestion } from 'lucide-react';
import { Card, CardContent, CardHeader, CardTitle } from '../../components/ui/card';

/** What the caller asked that the receptionist could not answer: the first thing to have ready when calling back. */
export function CallerQuestions({ questions }: { questions: readonly string[] }) {
  if (questions.length === 0) return null;
  return (
    <Card role="region" className="border-sky-300 bg-sky-50/60" aria-labelledby="caller-questions">
      <CardHeader className="pb-2">
        <CardTitle id="caller-questions" className="flex items-center gap-2 text-base">
          <MessageCircleQuestion className="size-4 text-sky-700" aria-hidden /> Asked you
        </CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="list-disc space-y-1 pl-5 text-sm leading-relaxed" data-testid="caller-questions">
          {questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

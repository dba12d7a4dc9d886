import { Bot, Loader2, MessageCircleQuestion, Send } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { ReceptionistAnswer } from '../../../../electron/shared/apiModels';
import { Button } from '../../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { Input } from '../../components/ui/input';
import { errorMessage } from '../../lib/errors';
import { useAskReceptionist } from '../../queries/knowledge';
import { brainLabel } from '../../lib/brainLabel';

const examples = ['Do you clean gutters?', 'How much is a roof inspection?', 'Are you open on Saturdays?'];

/** Asks the brain answering calls what it would say, so the owner can check an entry works. */
export function AskReceptionist() {
  const [question, setQuestion] = useState('');
  const asked = useAskReceptionist();
  // The last answer stays while the next question is asked.
  const [answer, setAnswer] = useState<ReceptionistAnswer | null>(null);
  const asking = asked.isPending;
  const error = asked.error ? errorMessage(asked.error) : null;

  const ask = (text: string) => {
    if (text.trim()) asked.mutate(text, { onSuccess: setAnswer });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask(question);
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <MessageCircleQuestion className="size-5" aria-hidden /> What would the receptionist answer?
        </CardTitle>
        <CardDescription>
          Ask as a caller would. The answer comes from the same brain and knowledge a real call gets.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <form onSubmit={submit} className="flex gap-2">
          <Input
            aria-label="Question for the receptionist"
            placeholder="Do you do gutters?"
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
          />
          <Button type="submit" disabled={asking || !question.trim()}>
            {asking ? <Loader2 className="animate-spin" aria-hidden /> : <Send aria-hidden />} Ask
          </Button>
        </form>
        {!answer && !error && (
          <div className="flex flex-wrap gap-2">
            {examples.map((example) => (
              <Button
                key={example}
                variant="secondary"
                size="sm"
                onClick={() => {
                  setQuestion(example);
                  ask(example);
                }}
              >
                {example}
              </Button>
            ))}
          </div>
        )}
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        {answer && (
          <div className="space-y-3" aria-live="polite">
            <div className="flex gap-3">
              <div className="flex size-8 shrink-0 items-center justify-center rounded-full bg-muted">
                <Bot className="size-4" aria-hidden />
              </div>
              <p
                data-testid="receptionist-answer"
                className="rounded-2xl rounded-tl-md bg-muted px-3.5 py-2 text-sm leading-relaxed"
              >
                {answer.answer}
              </p>
            </div>
            <p className="text-xs text-muted-foreground">
              Answered by {brainLabel(answer.brain)}
              {answer.sources.length > 0
                ? `, from: ${answer.sources.map((s) => s.category).join(', ')}`
                : '. No knowledge base entry matched: add one so it can answer this.'}
            </p>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

import { MessageSquare } from 'lucide-react';
import type { SentText } from '../../../../electron/shared/models';
import { explainTextProblem } from '../../../../electron/shared/textProblems';
import { Card, CardContent, CardHeader, CardTitle } from '../../components/ui/card';

const statusWords: Record<SentText['status'], string> = {
  queued: 'Waiting to send',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  undelivered: 'Not delivered',
  failed: 'Not sent',
};

const purposeWords: Record<string, string> = {
  text_back: 'Text back to the caller',
  call_summary: 'Summary to you',
  voicemail: 'Voicemail to you',
  setup_check: 'Test text to you',
};

/** The texts sent about a call: to whom, how far each got, and what to do about one that did not arrive. */
export function TextStatus({ texts }: { texts: readonly SentText[] | undefined }) {
  if (!texts || texts.length === 0) return null;
  return (
    <Card role="region" aria-labelledby="call-texts">
      <CardHeader className="pb-2">
        <CardTitle id="call-texts" className="flex items-center gap-2 text-base">
          <MessageSquare className="size-4" aria-hidden /> Texts
        </CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="space-y-3 text-sm" data-testid="call-texts">
          {texts.map((text) => {
            const problem = explainTextProblem(text.errorCode);
            return (
              <li key={text.id}>
                <p>
                  <span className="font-medium">
                    {purposeWords[text.purpose] ?? (text.recipient === 'caller' ? 'To the caller' : 'To you')}
                  </span>
                  {': '}
                  <span>{statusWords[text.status]}</span>
                </p>
                {problem && (
                  <p className="text-muted-foreground">
                    {problem.title}. {problem.detail}{' '}
                    {problem.link && (
                      <a className="underline" href={problem.link} target="_blank" rel="noreferrer">
                        How to fix it
                      </a>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}

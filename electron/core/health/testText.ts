import type { SentText } from '../../shared/models';
import type { SetupCheck } from '../../shared/phoneLine';
import { explainTextProblem } from '../../shared/textProblems';

export interface TestTextDeps {
  /** The last test text, if one was sent in the last few minutes (a re-check reports it instead of sending another). */
  recent: () => SentText | null;
  /** Sends a test text to the owner; null when it was skipped (no account, no phone). */
  send: () => Promise<SentText | null>;
  /** The text as the status callbacks have left it. */
  current: (id: string) => SentText | null;
  /** Waits between looks at the status (a few seconds in all). */
  pause: () => Promise<void>;
  looks: number;
}

const settled = (text: SentText) => ['delivered', 'undelivered', 'failed'].includes(text.status);

/**
 * "Check my setup"'s text: a test text to the owner and how far it got within a few seconds.
 * Pressing check again while it is on its way reports the same text rather than sending another.
 */
export async function checkTestText(deps: TestTextDeps): Promise<SetupCheck> {
  let text = deps.recent();
  if (!text || settled(text)) {
    text = await deps.send().catch(() => null);
    if (!text) {
      return {
        link: 'text',
        ok: false,
        detail: 'no test text could be sent',
        fix: 'Add your cell phone and your Twilio number in Settings, and connect Twilio, then check again.',
      };
    }
  }
  for (let look = 0; look < deps.looks && !settled(text); look++) {
    await deps.pause();
    text = deps.current(text.id) ?? text;
  }
  const problem = explainTextProblem(text.errorCode);
  if (text.status === 'failed' || text.status === 'undelivered') {
    return {
      link: 'text',
      ok: false,
      detail: `the test text to ${text.to} was not delivered${problem ? `: ${problem.title}` : ''}`,
      fix: problem
        ? `${problem.detail}${problem.link ? ` ${problem.link}` : ''}`
        : 'Check the number in Settings, then check again.',
    };
  }
  return {
    link: 'text',
    ok: true,
    detail:
      text.status === 'delivered'
        ? `a test text reached ${text.to}`
        : `a test text to ${text.to} is on its way (Twilio says "${text.status}" so far): check again in a minute to see it delivered`,
    fix: null,
  };
}

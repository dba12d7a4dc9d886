/** A text that did not reach its recipient, explained so the owner can act on it. */
export interface TextProblem {
  code: number;
  /** One line: what went wrong. */
  title: string;
  /** What it means and what to do, in plain words. */
  detail: string;
  /** Where the owner fixes it, when that is outside Pickup. */
  link: string | null;
}

export const a2pRegistrationLink = 'https://www.twilio.com/docs/messaging/compliance/a2p-10dlc';

const problems: Record<number, Omit<TextProblem, 'code'>> = {
  30034: {
    title: 'Your number is not registered for texting (US A2P 10DLC)',
    detail:
      'US carriers block texts from ordinary 10-digit numbers whose business is not registered with them ("A2P 10DLC"). Register your brand and a campaign in the Twilio Console; texts go through once the campaign is approved, usually within a few days.',
    link: a2pRegistrationLink,
  },
  21610: {
    title: 'The recipient opted out (replied STOP)',
    detail:
      'This person replied STOP to your number, so Twilio will not text them until they reply START. Pickup will not text them again.',
    link: null,
  },
  30006: {
    title: 'A landline or a number that cannot get texts',
    detail:
      'The carrier says this number cannot receive text messages (usually a landline). Call them instead; Pickup will not text it again.',
    link: null,
  },
  21614: {
    title: 'Not a mobile number',
    detail:
      'Twilio says this number is not a mobile number that can receive texts. Call them instead; Pickup will not text it again.',
    link: null,
  },
  30003: {
    title: 'The phone was unreachable',
    detail:
      'The phone was off, out of coverage or no longer in service when the text was sent. It may work later; calling is surer.',
    link: null,
  },
  30005: {
    title: 'Unknown number',
    detail: 'The carrier says this number does not exist or is no longer in service. Check the number.',
    link: null,
  },
  30007: {
    title: 'Blocked by the carrier as spam',
    detail:
      'The carrier filtered this text as possible spam. Keep texts plain (no link shorteners), and register your number for texting (A2P 10DLC) if you are in the US.',
    link: a2pRegistrationLink,
  },
};

/**
 * Twilio's error code on a text, in plain words; null for no code. An unknown code still gets a
 * line the owner can search for.
 */
export function explainTextProblem(code: number | null | undefined): TextProblem | null {
  if (code === null || code === undefined) return null;
  const known = problems[code];
  if (known) return { code, ...known };
  return {
    code,
    title: `Twilio error ${code}`,
    detail: `Twilio could not deliver this text (error ${code}). Look the code up in Twilio's error dictionary.`,
    link: `https://www.twilio.com/docs/api/errors/${code}`,
  };
}

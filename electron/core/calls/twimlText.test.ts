import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import * as twiml from './twiml';

const urlFor = twiml.urlBuilder('https://pickup.example');
const settings = { ...defaultSettings, businessName: 'Summit Roofing' };
const unsafe = 'Sure\u0000, we\u0007 fix \u001Broofs\uFFFE and \uD800gutters \u{1F3E0} today.';

describe('text that goes into TwiML', () => {
  it('drops characters XML 1.0 forbids and unpaired surrogates, and keeps the rest', () => {
    for (const xml of [
      twiml.sayAndListen(settings, urlFor, unsafe),
      twiml.sayAndHangUp(settings, unsafe),
      twiml.sayAndRedirect(settings, unsafe, urlFor('/next')),
      twiml.takeVoicemail(settings, urlFor, unsafe),
      twiml.dialOwner(settings, urlFor, {
        number: '+13035550111',
        callerId: '',
        parentCallSid: 'CA1',
        purpose: 'transfer',
        attempt: 1,
        say: unsafe,
      }),
      twiml.screenOwner(settings, urlFor, unsafe, { parent: 'CA1' }),
    ]) {
      expect(xml).toContain('Sure, we fix roofs and gutters \u{1F3E0} today.');
      // eslint-disable-next-line no-control-regex -- looking for the forbidden characters
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});

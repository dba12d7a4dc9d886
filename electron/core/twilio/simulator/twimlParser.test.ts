import { describe, expect, it } from 'vitest';
import { childElements, parseTwiml, parseXml, textOf, TwimlParseError } from './twimlParser';

describe('parseTwiml', () => {
  it('reads elements, attributes in either quote style, self-closing tags and text', () => {
    const root = parseTwiml(`<?xml version="1.0" encoding="UTF-8"?>
      <!-- greeting -->
      <Response>
        <Gather input="speech" action='/api/webhooks/twilio/voice/gather?a=1&amp;b=2'>
          <Say voice="Polly.Joanna">Hello</Say>
        </Gather>
        <Hangup/>
      </Response>`);
    const [gather, hangup] = childElements(root);
    expect(gather?.attributes).toEqual({ input: 'speech', action: '/api/webhooks/twilio/voice/gather?a=1&b=2' });
    expect(childElements(gather!)[0]).toMatchObject({ name: 'Say', attributes: { voice: 'Polly.Joanna' }, children: ['Hello'] });
    expect(hangup).toEqual({ name: 'Hangup', attributes: {}, children: [] });
  });

  it('decodes the five XML entities, numeric references and CDATA', () => {
    const root = parseTwiml(
      '<Response><Say>Tom &amp; Jerry&apos;s &lt;roof&gt; &quot;co&quot; &#8212; &#x41;<![CDATA[ & <raw>]]></Say></Response>',
    );
    expect(textOf(childElements(root)[0]!)).toBe('Tom & Jerry\'s <roof> "co" — A & <raw>');
  });

  it('collapses whitespace and keeps the text of nested SSML', () => {
    const root = parseTwiml('<Response><Say>\n  Your total is <say-as interpret-as="currency">$42</say-as>.\n </Say></Response>');
    expect(textOf(childElements(root)[0]!)).toBe('Your total is $42.');
  });

  it.each([
    ['<Response><Say>hi</Response>', /<\/Response> closes <Say>/],
    ['<Response><Say>AT&T</Say></Response>', /unescaped &/],
    ['<Response><Say>&nbsp;</Say></Response>', /unknown entity &nbsp;/],
    ['<Response><Say a="1" a="2"/></Response>', /duplicate attribute a/],
    ['<Response><Say a=1/></Response>', /quoted attribute value/],
    ['<Response/><Response/>', /content after the root element/],
    ['<Response>', /unclosed <Response>/],
    ['Thanks for calling', /expected the root element/],
    ['', /expected the root element/],
  ])('rejects %j', (source, message) => {
    expect(() => parseTwiml(source)).toThrow(message);
  });

  it('requires <Response> as the root', () => {
    expect(parseXml('<Reply/>').name).toBe('Reply');
    expect(() => parseTwiml('<Reply/>')).toThrow(TwimlParseError);
  });
});

import { describe, expect, it } from 'vitest';
import { readWebhookForm } from './webhookForm';

describe('readWebhookForm', () => {
  it('keeps every value of a repeated key for the signature and the first for the engine', () => {
    const form = readWebhookForm('CallSid=CA1&From=%2B1303&From=%2B1720&From=%2B1970');
    expect({ ...form.signed }).toEqual({ CallSid: 'CA1', From: ['+1303', '+1720', '+1970'] });
    expect({ ...form.params }).toEqual({ CallSid: 'CA1', From: '+1303' });
  });

  it('reads a key named __proto__ as a parameter, not as a prototype', () => {
    const form = readWebhookForm('__proto__=x&CallSid=CA1');
    expect(Object.keys(form.params)).toEqual(['__proto__', 'CallSid']);
    expect(Object.getPrototypeOf(form.params)).toBeNull();
  });
});

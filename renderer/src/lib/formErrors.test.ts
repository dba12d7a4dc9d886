import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/shared/api';
import { firstMessage, refusalFor } from './formErrors';

describe('refusalFor', () => {
  it("puts the core's refusal under the field it names, without the name repeated", () => {
    const refusal = new ApiError(400, 'forwardingNumber: "12" is not a valid phone number', 'forwardingNumber');
    expect(refusalFor(refusal, ['forwardingNumber', 'ownerPhone'])).toEqual({
      field: 'forwardingNumber',
      message: '"12" is not a valid phone number',
    });
  });

  it('keeps a refusal for a field the form does not have, or any other failure, for the whole form', () => {
    expect(refusalFor(new ApiError(400, 'timezone: unknown', 'timezone'), ['businessName'])).toEqual({
      field: null,
      message: 'timezone: unknown',
    });
    expect(refusalFor(new Error('offline'), ['businessName'])).toEqual({ field: null, message: 'offline' });
  });
});

describe('firstMessage', () => {
  it("finds a list's message on the item the schema named, and never walks into the input element", () => {
    const input = { message: 'not me' };
    expect(firstMessage([undefined, { message: 'Too big: expected number to be <=6', ref: input }])).toBe(
      'Too big: expected number to be <=6',
    );
    expect(firstMessage({ ref: input })).toBeUndefined();
    expect(firstMessage(undefined)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/shared/api';
import { errorMessage } from './errors';

describe('errorMessage', () => {
  it('keeps an API refusal as it is', () => {
    expect(errorMessage(new ApiError(409, 'this call has already ended'))).toBe('this call has already ended');
  });

  it("unwraps Electron's IPC error wrapping", () => {
    const wrapped = new Error(
      'Error invoking remote method \'pickup:api\': ApiError: forwardingNumber: "12" is not a valid phone number',
    );
    expect(errorMessage(wrapped)).toBe('forwardingNumber: "12" is not a valid phone number');
  });

  it('says something for non-errors', () => {
    expect(errorMessage('offline')).toBe('offline');
  });

  it('says in words that the server is not reachable, instead of the browser\'s "Failed to fetch"', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(
      'Pickup is not answering on this computer right now. Check that it is running; this page tries again by itself.',
    );
  });
});

import { ApiError } from '../../../electron/shared/api';
import { errorMessage } from './errors';

/**
 * Where a refusal from the core goes in a form: under the field it names when the form has
 * that field (without the field's name repeated in front), else for the whole form.
 */
export function refusalFor(error: unknown, fields: readonly string[]): { field: string | null; message: string } {
  if (error instanceof ApiError && error.field && fields.includes(error.field)) {
    return { field: error.field, message: error.message.replace(`${error.field}: `, '') };
  }
  return { field: null, message: errorMessage(error) };
}

/**
 * The first message in a field's errors. A list field (business days) has its errors per item,
 * where the schema found them, not on the list itself.
 */
export function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string' && error.message) return error.message;
  for (const [key, value] of Object.entries(error)) {
    // `ref` is the input element itself.
    if (key === 'ref' || key === 'types') continue;
    const message = firstMessage(value);
    if (message) return message;
  }
  return undefined;
}

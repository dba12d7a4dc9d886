/**
 * A refusal's message for people. Over Electron IPC a thrown ApiError arrives wrapped as
 * "Error invoking remote method 'pickup:api': ApiError: <message>"; the wrapping is dropped.
 */
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return raw.replace(/^Error invoking remote method '[^']+': /, '').replace(/^(Api)?Error: /, '');
}

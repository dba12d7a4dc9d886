/**
 * A refusal's message for people. Over Electron IPC a thrown ApiError arrives wrapped as
 * "Error invoking remote method 'pickup:api': ApiError: <message>"; the wrapping is dropped.
 */
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // What browsers say when the request never reached the server (Chromium, Firefox, Safari).
  if (/^(Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed)$/.test(raw)) {
    return 'Pickup is not answering on this computer right now. Check that it is running; this page tries again by itself.';
  }
  return raw.replace(/^Error invoking remote method '[^']+': /, '').replace(/^(Api)?Error: /, '');
}

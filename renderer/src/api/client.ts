import type { PickupApi } from '../../../electron/shared/api';
import { createHttpClient } from './httpClient';

/** The desktop app's preload bridge when present, the HTTP client in a browser. */
export const api: PickupApi = window.pickup ?? createHttpClient();

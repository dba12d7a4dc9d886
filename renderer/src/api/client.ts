import type { PickupApi } from '../../../electron/shared/api';
import { apiFromBridge } from '../../../electron/shared/apiResult';
import { createHttpClient } from './httpClient';

/** The desktop app's preload bridge when present, the HTTP client in a browser. */
export const api: PickupApi = window.pickup ? apiFromBridge(window.pickup) : createHttpClient();

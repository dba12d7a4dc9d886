/// <reference types="vite/client" />
import type { PickupApi } from '../../electron/shared/api';

declare global {
  interface Window {
    /** Present inside the desktop app (the preload bridge); absent in a browser. */
    pickup?: PickupApi;
  }
}

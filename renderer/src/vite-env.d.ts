/// <reference types="vite/client" />
import type { PickupBridge } from '../../electron/shared/apiResult';

declare global {
  interface Window {
    /** Present inside the desktop app (the preload bridge); absent in a browser. */
    pickup?: PickupBridge;
  }
}

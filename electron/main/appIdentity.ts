/** The app id (electron-builder's `appId`; Windows needs it to show notifications). */
export const appId = 'app.pickup.desktop';

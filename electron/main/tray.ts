import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import { join } from 'node:path';
import { trayIcons, type TrayAction, type TrayIcon, type TrayMenuItem, type TrayView } from './trayModel';

export interface AppTray {
  show(view: TrayView): void;
}

/** The tray icon and its menu, redrawn from a TrayView; its actions go to `onAction`. */
export function createAppTray(iconDir: string, onAction: (action: TrayAction) => void): AppTray {
  // createFromPath picks up the @2x file beside each icon for high-density displays.
  const images = Object.fromEntries(
    trayIcons.map((name) => [name, nativeImage.createFromPath(join(iconDir, `${name}.png`))]),
  ) as Record<TrayIcon, NativeImage>;
  const tray = new Tray(images.idle);
  // On macOS a click opens the menu; elsewhere a click opens the dashboard, as tray apps do.
  if (process.platform !== 'darwin') tray.on('click', () => onAction({ type: 'open-dashboard' }));

  const toTemplate = (item: TrayMenuItem): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'label':
        return { label: item.label, enabled: false };
      case 'action':
        return { label: item.label, click: () => onAction(item.action) };
      case 'checkbox':
        return { label: item.label, type: 'checkbox', checked: item.checked, click: () => onAction(item.action) };
    }
  };

  return {
    show(view) {
      tray.setImage(images[view.icon]);
      tray.setToolTip(view.tooltip);
      // Linux reads the menu only when it is set, so it is set again on every change.
      tray.setContextMenu(Menu.buildFromTemplate(view.menu.map(toTemplate)));
    },
  };
}

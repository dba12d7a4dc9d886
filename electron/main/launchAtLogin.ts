import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Passed when Pickup starts with the computer: it comes up in the tray, without a window. */
export const hiddenFlag = '--hidden';

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  /** Electron's `app.setLoginItemSettings` (macOS and Windows only). */
  setLoginItemSettings(settings: { openAtLogin: boolean; args: string[] }): void;
  /** The file to start: on Linux the AppImage itself, not its temporary mount point. */
  executable: string;
  /** `$XDG_CONFIG_HOME/autostart` on Linux. */
  autostartDir: string;
}

/** One argument of a desktop entry's Exec key, quoted and escaped as the spec requires. */
const execArgument = (value: string) => `"${value.replace(/[\\"`$]/g, '\\$&')}"`.replace(/\\/g, '\\\\').replace(/%/g, '%%');

/** An XDG autostart entry: how Linux desktops start programs at login (Electron's API does not cover Linux). */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Pickup',
    'Comment=Answers your calls when you cannot',
    `Exec=${execArgument(executable)} ${hiddenFlag}`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function applyLaunchAtLogin(on: boolean, deps: LoginItemDeps): void {
  if (deps.platform !== 'linux') {
    deps.setLoginItemSettings({ openAtLogin: on, args: [hiddenFlag] });
    return;
  }
  const file = join(deps.autostartDir, 'pickup.desktop');
  if (on) {
    mkdirSync(deps.autostartDir, { recursive: true });
    writeFileSync(file, autostartEntry(deps.executable));
  } else {
    rmSync(file, { force: true });
  }
}

/** Started at login (the flag on Windows and Linux, the login item on macOS): tray only. */
export const startsHidden = (argv: string[], openedAtLogin: boolean) => openedAtLogin || argv.includes(hiddenFlag);

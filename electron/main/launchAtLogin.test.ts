import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { applyLaunchAtLogin, autostartEntry, startsHidden } from './launchAtLogin';

describe('launch at login', () => {
  it('on Linux writes an XDG autostart entry that starts Pickup hidden, and removes it again', () => {
    const autostartDir = join(mkdtempSync(join(tmpdir(), 'pickup-autostart-')), 'autostart');
    const deps = {
      platform: 'linux' as const,
      setLoginItemSettings: vi.fn(),
      executable: '/home/mike/Apps/Pickup.AppImage',
      autostartDir,
    };
    applyLaunchAtLogin(true, deps);
    const entry = readFileSync(join(autostartDir, 'pickup.desktop'), 'utf8');
    expect(entry).toContain('Exec="/home/mike/Apps/Pickup.AppImage" --hidden');
    expect(deps.setLoginItemSettings).not.toHaveBeenCalled();
    applyLaunchAtLogin(false, deps);
    expect(existsSync(join(autostartDir, 'pickup.desktop'))).toBe(false);
  });

  it('quotes a path with spaces and the characters the Exec key treats specially', () => {
    expect(autostartEntry('/opt/My Apps/100%/Pick"up$')).toContain('Exec="/opt/My Apps/100%%/Pick\\\\"up\\\\$" --hidden');
  });

  it('on macOS and Windows registers a login item with the hidden flag', () => {
    const setLoginItemSettings = vi.fn();
    applyLaunchAtLogin(true, { platform: 'win32', setLoginItemSettings, executable: 'C:\\Pickup\\Pickup.exe', autostartDir: '' });
    expect(setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, args: ['--hidden'] });
  });

  it('starts in the tray only when started at login', () => {
    expect(startsHidden(['/usr/bin/pickup', '--hidden'], false)).toBe(true);
    expect(startsHidden(['/Applications/Pickup.app/Contents/MacOS/Pickup'], true)).toBe(true);
    expect(startsHidden(['/usr/bin/pickup'], false)).toBe(false);
  });
});

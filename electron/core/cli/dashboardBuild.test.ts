import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dashboardBuildReason } from './dashboardBuild.mjs';

function project(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'pickup-dashboard-'));
  for (const [path, secondsAgo] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'x');
    const at = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(file, at, at);
  }
  return root;
}

describe('whether npm run serve must build the dashboard first', () => {
  it('builds it when it was never built', () => {
    expect(dashboardBuildReason(project({ 'renderer/src/App.tsx': 60 }))).toBe('the dashboard has not been built yet');
  });

  it('builds it again when a source or the shared contract changed after the build', () => {
    expect(dashboardBuildReason(project({ 'out/renderer/index.html': 60, 'renderer/src/App.tsx': 10 }))).toMatch(/older/);
    expect(dashboardBuildReason(project({ 'out/renderer/index.html': 60, 'electron/shared/api.ts': 10 }))).toMatch(/older/);
  });

  it('leaves a current build alone', () => {
    expect(dashboardBuildReason(project({ 'out/renderer/index.html': 10, 'renderer/src/App.tsx': 60 }))).toBeNull();
  });
});

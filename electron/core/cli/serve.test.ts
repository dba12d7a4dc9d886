import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../host/dataDir';
import { callDataDirFlag } from './serve';

describe("serve's hint for a first test call", () => {
  it('names the data dir when it is not the default, so npm run call finds this server', () => {
    expect(callDataDirFlag('./.pickup-data')).toBe('--data-dir "./.pickup-data" ');
    expect(callDataDirFlag(defaultDataDir())).toBe('');
  });
});

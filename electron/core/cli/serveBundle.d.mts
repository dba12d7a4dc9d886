/** Types for serveBundle.mjs, which runs on plain Node before anything is compiled. */
export interface BundleManifest {
  optionsKey: string;
  entry: string;
  inputs: Record<string, string>;
}
/** Everything besides the sources that shapes the bundle (esbuild options). */
export const buildOptions: {
  bundle: true;
  platform: 'node';
  format: 'esm';
  target: string;
  packages: 'external';
};
export function isCurrent(manifest: BundleManifest | null, options: { entry: string }): boolean;
export function serveBundle(options: {
  entry: string;
  cacheDir: string;
  alsoShapedBy?: string[];
}): Promise<{ path: string; built: boolean }>;

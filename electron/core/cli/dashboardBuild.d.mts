/** Types for dashboardBuild.mjs, which runs on plain Node before anything is compiled. */
export function newestMtime(paths: string[]): number;
export function dashboardBuildReason(root: string): string | null;
export function ensureDashboard(root: string, write: (text: string) => void): boolean;

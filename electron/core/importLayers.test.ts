import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of electron/core, bottom to top. A folder imports only folders on lower rows, never
 * its own row's others nor anything above, so no folder-level import cycle can form. `domain`
 * holds pure types and decisions and imports nothing of core (only electron/shared). Test files
 * may reach anywhere (they drive whole cores).
 */
const layers: readonly (readonly string[])[] = [
  ['domain', 'time', 'specs'],
  ['brain', 'store'],
  /** The transport-neutral conversation: the turn runner and the storing of turns. */
  ['conversation'],
  /** The ConversationRelay transport (its socket session, its TwiML and handoff). */
  ['relay'],
  /** The speech-to-speech transport (OpenAI Realtime over Media Streams), which reuses the relay's call token and handoff. */
  ['realtime'],
  /** The voice webhooks: call session, Gather turns, dial flow, recordings, wrap-up. */
  ['calls'],
  ['twilio'],
  ['recordings', 'connections', 'health', 'tunnel'],
  ['api', 'server'],
  ['host'],
  ['cli'],
];

const core = resolve(__dirname);
const levelOf = new Map(layers.flatMap((row, level) => row.map((folder) => [folder, level] as const)));

type Edge = { from: string; to: string; file: string; specifier: string };

/** What breaks the order: an import of a folder on the same row or above, or of a folder not in it. */
export function layerViolations(edges: Edge[]): string[] {
  return edges.flatMap(({ from, to, file, specifier }) => {
    const a = levelOf.get(from);
    const b = levelOf.get(to);
    if (a === undefined) return [`${file}: its folder ${from} has no place in the layer order`];
    if (b === undefined) return [`${file} imports ${specifier}: folder ${to} has no place in the layer order`];
    return b < a
      ? []
      : [`${file} imports ${specifier}: ${from} may not import ${to} (${b === a ? 'same layer' : 'a higher layer'})`];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

function folderEdges(): Edge[] {
  const edges: Edge[] = [];
  const specifiers = /(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
  for (const path of sourceFiles(core)) {
    const file = relative(core, path);
    const from = file.includes(sep) ? file.split(sep)[0]! : '.';
    for (const match of readFileSync(path, 'utf8').matchAll(specifiers)) {
      const specifier = (match[1] ?? match[2])!;
      const target = relative(core, resolve(dirname(path), specifier));
      if (target.startsWith('..')) continue;
      const to = target.split(sep)[0]!;
      if (to !== from) edges.push({ from, to, file, specifier });
    }
  }
  return edges;
}

describe('electron/core imports one way', () => {
  it('every folder imports only folders below it', () => {
    expect(layerViolations(folderEdges())).toEqual([]);
  });

  it('catches an import against the order and one across a row', () => {
    expect(
      layerViolations([
        { from: 'store', to: 'brain', file: 'store/leadsRepo.ts', specifier: '../brain/types' },
        { from: 'brain', to: 'calls', file: 'brain/openai/analysisPrompt.ts', specifier: '../../calls/summary' },
        { from: 'calls', to: 'store', file: 'calls/callEngine.ts', specifier: '../store/store' },
      ]),
    ).toEqual([
      'store/leadsRepo.ts imports ../brain/types: store may not import brain (same layer)',
      'brain/openai/analysisPrompt.ts imports ../../calls/summary: brain may not import calls (a higher layer)',
    ]);
  });
});

/** Files of the product (not tests) under the given folders, whatever their layer. */
function productFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : productFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Specifiers in the product's files that lead into test/support (fakes, stand-in servers, fixtures). */
export function testSupportImports(files: string[]): string[] {
  const testSupport = resolve(core, '..', '..', 'test', 'support');
  const specifiers = /(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
  return files.flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(specifiers)]
      .map((match) => (match[1] ?? match[2])!)
      .filter((specifier) => resolve(dirname(path), specifier).startsWith(testSupport))
      .map((specifier) => `${relative(resolve(core, '..', '..'), path)} imports ${specifier}`),
  );
}

describe('test support stays out of the product', () => {
  it('no file of the app, the shell or the dashboard imports test/support', () => {
    const root = resolve(core, '..', '..');
    const files = [...productFiles(join(root, 'electron')), ...productFiles(join(root, 'renderer', 'src'))];
    expect(files.length).toBeGreaterThan(100);
    expect(testSupportImports(files)).toEqual([]);
  });
});

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

export type SpecName = 'twilio_api_v2010' | 'openai_openapi';

/**
 * The path of Twilio's or OpenAI's own OpenAPI description, which the REST mock and the
 * conformance checks are built from: an override from the environment, else a copy kept in the
 * repository (gzipped; unpacked once into the temp folder), so they run on any machine.
 */
export function specPath(
  name: SpecName,
  override = process.env[`${name === 'twilio_api_v2010' ? 'TWILIO' : 'OPENAI'}_OPENAPI_SPEC`],
): string {
  if (override) return override;
  const packed = readFileSync(join(here, `${name}.json.gz`));
  const target = join(tmpdir(), 'pickup-specs', `${name}-${packed.length}.json`);
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    const partial = `${target}.${process.pid}`;
    writeFileSync(partial, gunzipSync(packed));
    renameSync(partial, target);
  }
  return target;
}

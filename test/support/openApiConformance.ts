import Ajv, { type ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { specPath } from '../../electron/core/specs/specPath';

/** OpenAI's own API description (OPENAI_OPENAPI_SPEC overrides the kept copy). */
const openAiSpecPath = specPath('openai_openapi');

type Schema = Record<string, unknown>;

/** OpenAPI 3.0's `nullable: true` as plain JSON Schema, which the validator understands. */
export function withoutNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutNullable);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Schema;
  const schema = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, withoutNullable(v)]));
  if (nullable !== true) return schema;
  // OpenAPI 3.0 lets a nullable enum be null without listing it; JSON Schema needs it listed.
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...(schema.enum as unknown[]), null];
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}

export interface OpenAiSpec {
  /** What is wrong with a request body by the spec, including parameters it does not define. */
  requestProblems(body: unknown): string[];
  responseProblems(body: unknown): string[];
  /** What is wrong with one streamed chunk (a server-sent event's data). */
  chunkProblems(body: unknown): string[];
  errorProblems(body: unknown): string[];
}

/** Validators for Chat Completions from OpenAI's OpenAPI description, or null where it is not at hand. */
export function loadOpenAiSpec(path = openAiSpecPath): OpenAiSpec | null {
  if (!existsSync(path)) return null;
  const spec = JSON.parse(readFileSync(path, 'utf8')) as { components: { schemas: Record<string, Schema> } };
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: 'openai', components: withoutNullable(spec.components) });
  const validator = (name: string) => ajv.getSchema(`openai#/components/schemas/${name}`) as ValidateFunction;
  const problems = (validate: ValidateFunction) => (body: unknown) =>
    validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''}`);

  const schemas = spec.components.schemas;
  const propertiesOf = (name: string): string[] => {
    const schema = schemas[name] ?? {};
    const parts = (schema.allOf as Schema[] | undefined) ?? [schema];
    return parts.flatMap((part) =>
      typeof part.$ref === 'string'
        ? propertiesOf(part.$ref.split('/').at(-1)!)
        : Object.keys((part.properties as Schema | undefined) ?? {}),
    );
  };
  const requestProperties = new Set(propertiesOf('CreateChatCompletionRequest'));
  const request = problems(validator('CreateChatCompletionRequest'));
  return {
    requestProblems: (body) => [
      ...request(body),
      ...Object.keys(body as Schema)
        .filter((key) => !requestProperties.has(key))
        .map((key) => `${key} is not a Chat Completions parameter`),
    ],
    responseProblems: problems(validator('CreateChatCompletionResponse')),
    chunkProblems: problems(validator('CreateChatCompletionStreamResponse')),
    errorProblems: problems(validator('ErrorResponse')),
  };
}

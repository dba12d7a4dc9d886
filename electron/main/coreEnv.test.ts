import { describe, expect, it } from 'vitest';
import { coreEnv } from './coreEnv';

describe("the core's environment", () => {
  it('carries accounts and stand-in URLs set in the environment, and nothing else of it', () => {
    const env = coreEnv({
      OPENAI_API_KEY: 'from-env',
      TWILIO_AUTH_TOKEN: 'env-token',
      OPENAI_BASE_URL: 'http://127.0.0.1:9',
      NGROK_DOMAIN: '',
      HOME: '/home/mike',
      PATH: '/usr/bin',
    });
    expect(env).toEqual({ OPENAI_API_KEY: 'from-env', TWILIO_AUTH_TOKEN: 'env-token', OPENAI_BASE_URL: 'http://127.0.0.1:9' });
  });
});

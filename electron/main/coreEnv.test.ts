import { describe, expect, it } from 'vitest';
import { coreEnv } from './coreEnv';

describe("the core's environment", () => {
  it('carries the stored secrets and preferences', () => {
    expect(
      coreEnv(
        { twilioAuthToken: 'tw', openAiApiKey: 'sk', ngrokAuthtoken: 'ng' },
        { twilioAccountSid: 'AC1', ngrokDomain: 'me.ngrok.app' },
        {},
      ),
    ).toEqual({
      TWILIO_ACCOUNT_SID: 'AC1',
      TWILIO_AUTH_TOKEN: 'tw',
      OPENAI_API_KEY: 'sk',
      NGROK_AUTHTOKEN: 'ng',
      NGROK_DOMAIN: 'me.ngrok.app',
    });
  });

  it('prefers what the owner stored over the process environment, which fills the gaps', () => {
    const env = coreEnv(
      { openAiApiKey: 'stored' },
      { twilioAccountSid: '', ngrokDomain: '' },
      { OPENAI_API_KEY: 'from-env', TWILIO_AUTH_TOKEN: 'env-token' },
    );
    expect(env).toEqual({ OPENAI_API_KEY: 'stored', TWILIO_AUTH_TOKEN: 'env-token' });
  });

  it('takes stand-in URLs from the environment only, and nothing else from it', () => {
    const env = coreEnv(
      {},
      { twilioAccountSid: '', ngrokDomain: '' },
      { OPENAI_BASE_URL: 'http://127.0.0.1:9', HOME: '/home/mike', PATH: '/usr/bin' },
    );
    expect(env).toEqual({ OPENAI_BASE_URL: 'http://127.0.0.1:9' });
  });
});

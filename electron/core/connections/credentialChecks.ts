import { ApiError } from '../../shared/api';
import { loadOpenAiSdk } from '../brain/openai/openAiSdk';
import type { ConnectOpenAi, ConnectTwilio } from '../../shared/connections';
import { createTwilioClient } from '../twilio/restClient';
import { describeTwilioFailure } from '../twilio/twilioFailure';

/**
 * Asks Twilio's Accounts API whether this SID and token open the account. A refusal is the
 * owner's to fix (400, naming the field); a Twilio that cannot be reached is not (502).
 */
export async function checkTwilioCredentials(
  input: ConnectTwilio,
  apiUrl: string | undefined,
): Promise<{ friendlyName: string }> {
  const client = createTwilioClient({ accountSid: input.accountSid, authToken: input.authToken, apiUrl });
  try {
    const account = await client.api.v2010.accounts(input.accountSid).fetch();
    if (account.status && account.status !== 'active') {
      throw new ApiError(
        400,
        `Twilio says this account is ${account.status}: open the Twilio Console to reactivate it, then connect again.`,
        'accountSid',
      );
    }
    return { friendlyName: account.friendlyName ?? '' };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const status = (error as { status?: number }).status;
    if (status === 401 || status === 403) {
      throw new ApiError(
        400,
        'Twilio did not accept this Auth Token: copy it again from the Twilio Console, Account Info (click Show), together with the Account SID above it.',
        'authToken',
      );
    }
    if (status === 404) {
      throw new ApiError(
        400,
        'Twilio has no account with this SID: copy the Account SID again from the Twilio Console, Account Info.',
        'accountSid',
      );
    }
    throw describeTwilioFailure(error);
  }
}

/** Lists the models this key may use (no tokens spent): the cheapest request that proves a key works. */
export async function checkOpenAiKey(input: ConnectOpenAi, baseURL: string | undefined): Promise<void> {
  const { OpenAI } = (await loadOpenAiSdk()).sdk;
  const client = new OpenAI({ apiKey: input.apiKey, baseURL: baseURL || undefined, maxRetries: 1, timeout: 10_000 });
  try {
    await client.models.list();
  } catch (error) {
    if (error instanceof OpenAI.AuthenticationError) {
      throw new ApiError(
        400,
        'OpenAI did not accept this key: create a new one at platform.openai.com, API keys, and paste it whole.',
        'apiKey',
      );
    }
    if (error instanceof OpenAI.PermissionDeniedError) {
      throw new ApiError(
        400,
        'OpenAI knows this key but will not let it list models: give the key "All" permissions (or Read for Models) at platform.openai.com, API keys.',
        'apiKey',
      );
    }
    if (error instanceof OpenAI.APIConnectionError) {
      throw new ApiError(
        502,
        `OpenAI could not be reached to check the key (${error.message}). Check the internet connection and try again.`,
      );
    }
    if (error instanceof OpenAI.APIError) {
      throw new ApiError(
        502,
        `OpenAI could not check the key right now (it answered ${error.status ?? 'an error'}). Try again in a minute.`,
      );
    }
    throw error;
  }
}

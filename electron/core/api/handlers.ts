import { unlink } from 'node:fs/promises';
import { ApiError, type ApiHandlers } from '../../shared/api';
import type { Brain } from '../brain/types';
import { urlBuilder } from '../calls/twiml';
import { webhookPaths } from '../domain/webhookPaths';
import { readRecordingAudio } from '../recordings/readRecordingAudio';
import { confinedRecordingFile } from '../recordings/recordingFile';
import { isTerminalStatus } from '../store/callsRepo';
import type { Store } from '../store/store';
import type { ConnectedAccounts } from '../connections/connections';
import type { TwilioAccess } from '../twilio/twilioAccess';
import { describeTwilioFailure } from '../twilio/twilioFailure';
import { askReceptionist } from './askReceptionist';
import { createPhoneLineHandlers, type PhoneLineDeps } from './phoneLineHandlers';
import { defaultTestCallerNumber, type TestCallSession } from './testCallSession';

export interface ApiDeps {
  store: Store;
  /** Recordings are read and deleted only inside its `recordings` folder. */
  dataDir: string;
  /** The brain that answers turns, and the one that stands in when it is slow or down. */
  brain: Brain;
  fallbackBrain: Brain;
  openAiKeySet: () => boolean;
  /** The Twilio account in force, if any: taking over a real call goes through its REST API. */
  twilio: TwilioAccess;
  /** The token webhooks are checked against now (Twilio's, or the generated local one). */
  authToken: () => string;
  localSigning: () => boolean;
  /** The owner's connected accounts (Twilio, OpenAI, ngrok). */
  connections: ConnectedAccounts;
  /** The base URL Twilio calls; known once the listener (or tunnel) is up. */
  publicUrl: () => string;
  now: () => Date;
  phoneLine: Pick<PhoneLineDeps, 'numbers' | 'tunnel' | 'fetch' | 'sendText'>;
  /** The dashboard's test call; the call engine asks it which calls are tests. */
  testCall: TestCallSession;
}

const noCall = (id: string) => new ApiError(404, `no call with id ${id}`, 'id');

/** The core's implementation of the API contract, hosted over HTTP and over Electron IPC. */
export function createApiHandlers(deps: ApiDeps): ApiHandlers {
  const { store, testCall } = deps;

  return {
    getSettings: () => store.settings.get(),
    updateSettings: (patch) => store.settings.update(patch),
    getStatus: () => {
      const publicUrl = deps.publicUrl();
      return {
        brain: deps.brain.name,
        openAiKeySet: deps.openAiKeySet(),
        twilioCredentialsSet: deps.twilio.credentials() !== null,
        localSigning: deps.localSigning(),
        publicUrl,
        webhookUrl: urlBuilder(publicUrl)(webhookPaths.voice),
        storage: store.storage(),
      };
    },
    listCalls: (query) => store.calls.list(query),
    getCall: ({ id }) => {
      const call = store.calls.detail(id);
      if (!call) throw noCall(id);
      return { ...call, texts: store.texts.forCall(id), lead: call.leadId ? store.leads.findById(call.leadId) : null };
    },
    getRecording: async ({ id }) => {
      const audio = await readRecordingAudio(store, deps.dataDir, id);
      if (!audio) throw new ApiError(404, 'id: this call has no stored recording', 'id');
      return audio;
    },
    deleteCall: async ({ id }) => {
      const audioFiles = store.calls.delete(id);
      if (!audioFiles) throw noCall(id);
      const files = await Promise.all(audioFiles.map((path) => confinedRecordingFile(deps.dataDir, path)));
      await Promise.all(files.flatMap((path) => (path ? [unlink(path).catch(() => undefined)] : [])));
      return { deleted: true };
    },
    takeOverCall: async ({ id }) => {
      const call = store.calls.findById(id);
      if (!call) throw noCall(id);
      if (call.endedAt || isTerminalStatus(call.status)) throw new ApiError(409, 'this call has already ended');
      if (call.handledBy !== 'ai') throw new ApiError(409, 'this call is already ringing your phone, not the receptionist');
      if (call.transferAttempts > 0) throw new ApiError(409, 'this call has already been put through to you once');
      const { forwardingNumber, ownerPhone } = store.settings.get();
      if (!forwardingNumber && !ownerPhone) throw new ApiError(409, 'add your forwarding number or cell phone in Settings first');
      // The transfer webhook dials the owner (screened, forwarding number first), as when a caller asks for a person.
      const transferUrl = urlBuilder(deps.publicUrl())(webhookPaths.transfer);
      const twilioClient = deps.twilio.client();
      if (testCall.owns(call.twilioCallSid)) await testCall.redirect(transferUrl);
      else if (twilioClient) {
        await twilioClient
          .calls(call.twilioCallSid)
          .update({ url: transferUrl, method: 'POST' })
          .catch((error: unknown) => {
            throw describeTwilioFailure(error);
          });
      } else throw new ApiError(409, 'Taking over a phone call needs your Twilio account: connect it in Settings, Connections.');
      return { transferring: true };
    },
    listLeads: () => store.leads.list(),
    updateLead: (update) => {
      const lead = store.leads.update(update, deps.now().toISOString());
      if (!lead) throw new ApiError(404, `no lead with id ${update.id}`, 'id');
      return lead;
    },
    listKnowledge: () => store.knowledge.list(),
    addKnowledge: (entry) => store.knowledge.add(entry),
    updateKnowledge: (entry) => {
      const updated = store.knowledge.update(entry);
      if (!updated) throw new ApiError(404, `no knowledge entry with id ${entry.id}`, 'id');
      return updated;
    },
    deleteKnowledge: ({ id }) => {
      if (!store.knowledge.delete(id)) throw new ApiError(404, `no knowledge entry with id ${id}`, 'id');
      return { deleted: true };
    },
    askReceptionist: ({ question }) => askReceptionist(deps, question, defaultTestCallerNumber),
    getTestCall: () => testCall.current(),
    startTestCall: ({ from }) => testCall.start(from),
    sayInTestCall: ({ text }) => testCall.say(text),
    hangUpTestCall: () => testCall.hangUp(),
    ...createPhoneLineHandlers({
      ...deps.phoneLine,
      store,
      publicUrl: deps.publicUrl,
      twilioCredentialsSet: () => deps.twilio.credentials() !== null,
      authToken: deps.authToken,
      localSigning: deps.localSigning,
      now: deps.now,
    }),
    getConnections: () => deps.connections.status(),
    connectTwilio: (input) => deps.connections.connectTwilio(input),
    connectOpenAi: (input) => deps.connections.connectOpenAi(input),
    connectNgrok: (input) => deps.connections.connectNgrok(input),
    disconnectAccount: ({ name }) => deps.connections.disconnect(name),
  };
}

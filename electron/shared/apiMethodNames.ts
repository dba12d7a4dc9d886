/**
 * The API contract's method names, with no schema library attached, so that the sandboxed
 * preload (which cannot load npm modules) can bridge them. `api.ts` checks that these are
 * exactly the keys of `apiMethods`.
 */
export const apiMethodNames = [
  'getSettings',
  'updateSettings',
  'getStatus',
  'listCalls',
  'getCall',
  'getRecording',
  'deleteCall',
  'takeOverCall',
  'listLeads',
  'updateLead',
  'listKnowledge',
  'addKnowledge',
  'updateKnowledge',
  'deleteKnowledge',
  'askReceptionist',
  'getTestCall',
  'startTestCall',
  'sayInTestCall',
  'hangUpTestCall',
  'getPhoneLine',
  'listTwilioNumbers',
  'configureTwilioNumber',
  'restoreTwilioNumber',
  'checkSetup',
  'getConnections',
  'connectTwilio',
  'connectOpenAi',
  'connectNgrok',
  'disconnectAccount',
] as const;

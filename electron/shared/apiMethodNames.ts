/**
 * The API contract's method names, with no schema library attached, so that the sandboxed
 * preload (which cannot load npm modules) can bridge them. `api.ts` checks that these are
 * exactly the keys of `apiMethods`.
 */
export const apiMethodNames = [
  'getSettings',
  'updateSettings',
  'listCalls',
  'getCall',
  'deleteCall',
  'listLeads',
  'listKnowledge',
  'addKnowledge',
  'deleteKnowledge',
] as const;

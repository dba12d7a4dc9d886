/**
 * The sample caller the bench and the whole-call tests play: a roof quote from Dana at 12 Oak
 * Street who wants a call back after 5, then says goodbye (the receptionist ends the call).
 */
export const sampleCallerLines: readonly string[] = [
  'I need a roof quote',
  'yeah this is Dana',
  '12 Oak Street',
  'can somebody call me back after 5',
  'yes',
  "no that's all",
];

import { describe, expect, it } from 'vitest';
import { partialSay } from './partialSay';

describe('partialSay', () => {
  it('reads the say field while the JSON is still arriving', () => {
    expect(partialSay('{"say":"Sure, we c')).toEqual({ text: 'Sure, we c', complete: false });
    expect(partialSay('{"say":"Done.","intent":"qu')).toEqual({ text: 'Done.', complete: true });
  });

  it('decodes escapes, and waits for one cut off at the end', () => {
    expect(partialSay('{"say":"He said \\"hi\\" \\u00e9')).toEqual({ text: 'He said "hi" é', complete: false });
    expect(partialSay('{"say":"a\\')).toEqual({ text: 'a', complete: false });
    expect(partialSay('{"say":"a\\u00')).toEqual({ text: 'a', complete: false });
  });

  it('has nothing before the say field has started', () => {
    expect(partialSay('{"sa')).toEqual({ text: '', complete: false });
  });
});

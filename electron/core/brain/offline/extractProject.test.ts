import { describe, expect, it } from 'vitest';
import { extractProject } from './extractProject';

describe('extractProject', () => {
  it.each([
    ['I need a roof quote', 'roof quote'],
    ['Hi this is Dana, I need a roof quote at 12 Oak St, call me after 5', 'roof quote'],
    ["I'd like an estimate for new gutters please", 'estimate for new gutters'],
    ['how much for a new roof', 'new roof'],
    ['how much does a furnace tune-up cost?', 'furnace tune-up'],
    ['do you do gutters?', 'gutters'],
    ["I'm calling about my roof", 'roof'],
    ['we need someone to fix a leak under the sink', 'fix a leak under the sink'],
    ['I need my water heater replaced', 'water heater replaced'],
  ])('reads the job in %j as %j', (utterance, project) => {
    expect(extractProject(utterance, { expectingProject: false })).toBe(project);
  });

  it.each([
    ['my basement is flooding', 'my basement is flooding'],
    ['Hi, this is Dana. The shingles blew off in the storm.', 'the shingles blew off in the storm'],
    ['gutters', 'gutters'],
    ["i'm locked out of the garage", "i'm locked out of the garage"],
    ['your guy never showed up', 'your guy never showed up'],
  ])('takes the caller\'s own words %j when answering "how can we help?"', (utterance, project) => {
    expect(extractProject(utterance, { expectingProject: true })).toBe(project);
  });

  it.each([
    'yeah this is Dana',
    'this is Dana from Oak Street',
    'hello',
    '12 Oak Street',
    'call me at 303 555 0199',
    'I need to know your hours',
    // Speech as Twilio delivers it, in lower case, where no name is recognised by its capitals.
    'hi this is tom baker',
    "hello it's dan",
    'tom baker',
  ])('finds no job in %j', (utterance) => {
    expect(extractProject(utterance, { expectingProject: true })).toBeNull();
  });

  it('leaves a bare description alone when not asked for one', () => {
    expect(extractProject('my basement is flooding', { expectingProject: false })).toBeNull();
  });
});

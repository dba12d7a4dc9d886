import { describe, expect, it } from 'vitest';
import { describeNeed, needAbout } from './describeNeed';

describe('describeNeed', () => {
  it.each([
    ['hi our furnace stopped working', 'our furnace stopped working'],
    ['I need a roof quote', 'roof quote'],
    ['hi do you clean windows inside and out', 'do you clean windows inside and out'],
    ['are you insured and do you do fence repair', 'do you do fence repair'],
    [
      "yeah hi this is uh bob jenkins i'm calling about getting my gutters no sorry my hedges trimmed and the front beds mulched",
      'my hedges trimmed and the front beds mulched',
    ],
    [
      "hi this is karen liu at 742 oakmont drive i'd like a quote for a spring cleanup and fresh mulch please call me back after two thirty",
      'quote for a spring cleanup and fresh mulch',
    ],
    ['Hi this is Dana, I need a roof quote at 12 Oak St, call me after 5', 'roof quote'],
    ['buenas quiero pintar el exterior de la casa', 'quiero pintar el exterior de la casa'],
    // A Spanish self-introduction is no more the job than an English one.
    ['hola me llamo Maria Lopez y necesito un techo nuevo', 'necesito un techo nuevo'],
    ['buenas tardes mi nombre es josé ramírez y tengo una gotera en el baño', 'tengo una gotera en el baño'],
    ['this is karen liu and we have a leak under the sink', 'we have a leak under the sink'],
    // The failure words are the intent's too (failureWords.ts), so a job said only by its symptom is heard.
    ['the garbage disposal is humming', 'the garbage disposal is humming'],
    ['se descompuso el aire acondicionado', 'se descompuso el aire acondicionado'],
    // An emergency said with no job word at all is the need, in the caller's words.
    ['Water is pouring through my ceiling', 'water is pouring through my ceiling'],
    ['the carbon monoxide alarm is going off', 'the carbon monoxide alarm is going off'],
    ['the power line is down in my yard', 'the power line is down in my yard'],
    ["um there's water coming through the ceiling", "there's water coming through the ceiling"],
    // "there" opens a sentence here, not a greeting ("hi there").
    ['there is smoke coming out of the outlet', 'there is smoke coming out of the outlet'],
    // Work asked of anyone, and a job already talked over with the business (tune-round3.json).
    ['can somebody hang three shelves and a tv mount', 'can somebody hang three shelves and a tv mount'],
    ['i talked to mike on monday about the gutters', 'i talked to mike on monday about the gutters'],
  ])('reads the job in %j', (utterance, need) => {
    expect(describeNeed(utterance)).toBe(need);
  });

  it.each(['Linda Greer', 'are you insured', 'yes', 'tomorrow after ten', '212 Fox Run Road', ''])(
    'finds no job in %j',
    (utterance) => {
      expect(describeNeed(utterance)).toBeNull();
    },
  );

  it('keeps a run-on to thirty words', () => {
    const need = describeNeed(`my roof is leaking ${'and the water keeps coming '.repeat(100)}`);
    expect(need?.split(' ')).toHaveLength(30);
  });
});

describe('describeNeed, a long story', () => {
  it('keeps what a story longer than the summary finally asks for (tune-aging-in-place-day.json, tune-empty-houses-day.json)', () => {
    const story =
      "hi my father has dementia and his eyesight's not great and everything in his bathroom is the same beige so he keeps walking past the door the occupational therapist said so we want the bathroom door painted a contrasting color";
    const need = describeNeed(story)!;
    expect(need).toMatch(/^my father has dementia/);
    expect(need).toMatch(/\.\.\. we want the bathroom door painted a contrasting color$/);
    // A short telling is kept as said.
    expect(describeNeed('the kitchen faucet drips and we want it replaced')).toBe(
      'the kitchen faucet drips and we want it replaced',
    );
    // A story that says what it wants within the summary is cut as before.
    const early = `we want a new deck ${'and the old one is rotten '.repeat(8)}`;
    expect(describeNeed(early)!.split(' ')).toHaveLength(30);
  });
});

describe('needAbout', () => {
  it.each([
    [
      "hi can i talk to the owner please it's about the estimate he dropped off for our house",
      'estimate he dropped off for our house',
    ],
    [
      'hey is mike around i wanted to talk to him about the paver patio he quoted me last week',
      'paver patio he quoted me last week',
    ],
    ["hi could i speak to mike please it's about the water heater he put in", 'water heater he put in'],
  ])('keeps what a caller asking for someone says the call is about in %j', (utterance, need) => {
    expect(needAbout(utterance)).toBe(need);
  });

  it.each(['is mike there', 'can you put me through', "it's about it", ''])('finds nothing in %j', (utterance) => {
    expect(needAbout(utterance)).toBeNull();
  });

  it.each([
    [
      "good afternoon, i hope i have the right number, my name is evelyn marsh, that's m a r s h, and i went out to the garage this morning and there's a puddle spreading from under the water heater",
      "i went out to the garage this morning and there's a puddle spreading from under the water heater",
    ],
    [
      'yeah hi marcus here, i rent the top floor at 512 east 13th avenue, the toilet up there runs all night like it never shuts off',
      'the toilet up there runs all night like it never shuts off',
    ],
    // Said with the job, the place stays (blind tune-wednesday-calls.json).
    ['we own a duplex and the gutters are shot', 'we own a duplex and the gutters are shot'],
    [
      "hi our hoa sent us a letter that we have to repaint the outside by september, it's a two story and the trim is peeling",
      "our hoa sent us a letter that we have to repaint the outside by september, it's a two story and the trim is peeling",
    ],
  ])('keeps the job, not what is said before it, in %j (blind tune-wednesday-calls.json)', (utterance, need) => {
    expect(describeNeed(utterance)).toBe(need);
  });
});

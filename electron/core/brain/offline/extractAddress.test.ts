import { describe, expect, it } from 'vitest';
import { extractAddress, streetSaidAgain } from './extractAddress';

describe('extractAddress', () => {
  it('takes a lot in a mobile home park, asked for or named a park (tune-mobile-homes-day.json)', () => {
    const asked = { expectingAddress: true };
    expect(extractAddress("i'm in lot 19 in pine haven that's the park off of sheridan", asked)).toBe('Lot 19, Pine Haven');
    expect(extractAddress('lot 112 at cottonwood village', asked)).toBe('Lot 112, Cottonwood Village');
    expect(extractAddress('lot 33 at meadowlark mobile home park in brighton', { expectingAddress: false })).toBe(
      'Lot 33, Meadowlark Mobile Home Park',
    );
    // Not asked for and no park named: a lot is also a piece of land.
    expect(extractAddress('we bought the lot at the end of the road', { expectingAddress: false })).toBeNull();
    expect(extractAddress('we have a lot at the back', asked)).toBeNull();
  });

  it('takes a street misheard then said again twice over a bad line, when an address was asked for (tune-breaking-up-day.json)', () => {
    expect(extractAddress('11 87 south clark sun no clarkson clarkson street', { expectingAddress: true })).toBe(
      '1187 Clarkson Street',
    );
  });

  it.each([
    ['123 Oak Street', '123 Oak Street'],
    // As the tune callers said them (eval/corpus/tune-places.json, tune-everyday.json, tune-unwanted.json).
    ["it's 630 south dahlia street no wait 603 603 south dahlia", '603 South Dahlia Street'],
    // Put right over a bad line or with an aside (tune-breaking-up-day.json, tune-good-afternoon-day.json, tune-whole-story-day.json).
    ['2390 west 44th avenue no forgive me it is 2309 west 44th avenue', '2309 West 44th Avenue'],
    ['1460 ulster street no no 1640 ulster street', '1640 Ulster Street'],
    ["14755 east crestridge circle wait no it's 14575 sorry i always flip those", '14575 East Crestridge Circle'],
    ['the shop is at 22:40 south broadway kindly do the needful', '2240 South Broadway'],
    ["it's 15 30 and half grape street", '1530 1/2 Grape Street'],
    // The street first, its number after (eval/corpus/tune-where.json).
    ["we're on south kipling parkway 4550 and call after 5", '4550 South Kipling Parkway'],
    ['south federal boulevard 3509 apartment b', '3509 South Federal Boulevard Apartment B'],
    ['like south main street 11 20', '1120 South Main Street'],
    ["it's at 4410 N. Elm Ave, Boulder", '4410 N. Elm Ave, Boulder'],
    // Five-figure rural numbers and streets past 100, as digitsInSpeech leaves them (eval/corpus/tune-spoken-addresses.json).
    ['54 100 east 56th avenue bennett', '54100 East 56th Avenue'],
    ["i'm out past deer creek at 18 9 50 pine valley road it's a dirt road", '18950 Pine Valley Road'],
    ['14 200 east 1 68th avenue brighton', '14200 East 168th Avenue'],
    // Only the house number said again after a correction.
    ['15 40 west dartmouth avenue sorry 14 50', '1450 West Dartmouth Avenue'],
    ['the house is 12 Maple Dr', '12 Maple Dr'],
    ['Hi this is Dana, I need a roof quote at 12 Oak St, call me after 5', '12 Oak St'],
    ["we're at 880 south pine ridge road, thanks", '880 South Pine Ridge Road'],
    ['it is 55 Elm Court apt 4B', '55 Elm Court Apt 4B'],
    ['12 Oak St. The blue house.', '12 Oak St.'],
    // House numbers read in pairs, as digitsInSpeech leaves them.
    ['21 15 pearl street', '2115 Pearl Street'],
    ['44 10 west 38th avenue', '4410 West 38th Avenue'],
  ])('finds the address in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  it.each([
    'I need a roof quote',
    'call me after 5',
    'I have a 2 car garage drive that is cracked',
    'about 20 feet of gutter',
    'my number is 303 555 0199',
    '707 yes',
    '350 bucks',
    '2000 square feet',
    'we moved in 3 years ago',
  ])('finds no address in %j unless asked', (utterance) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBeNull();
  });

  // Asked for the address, the caller says who is at home first (tune-december-is-it-urgent.json).
  it.each(["we got family staying for christmas there's 11 people in the house", 'we have 4 kids in the house'])(
    'finds no address in %j, even asked for one',
    (utterance) => {
      expect(extractAddress(utterance, { expectingAddress: true })).toBeNull();
    },
  );

  // Said on its own, a house number and a street is the address whatever was asked: terse callers
  // answer the question before last (tune-few-words.json).
  it.each([
    ['4410 Elm', '4410 Elm'],
    ['8125 east iliff', '8125 East Iliff'],
  ])('takes %j said on its own for the address, asked or not', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  it.each([
    ['4 4 0 9 west 38th', '4409 West 38th'],
    ["it's 42 05 west 29th avenue apartment to b", '4205 West 29th Avenue'],
    ["it's the hendersons on lowell boulevard 32 10 that's all thanks", '3210 Lowell Boulevard'],
  ])(
    'joins a house number said digit by digit or with "oh", and ends the street-first form at "that\'s": %j',
    (utterance, address) => {
      expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
    },
  );

  it.each([
    ['4410 Elm', '4410 Elm'],
    // Only the number said again after the correction (eval/corpus/tune-where-i-live.json).
    ['32 70 julian street wait no 37 20 i flip those', '3720 Julian Street'],
    ["uh it's 77 Cottonwood, by the school", '77 Cottonwood'],
    ['the address is 1600 Pennsylvania', '1600 Pennsylvania'],
    ['yeah 4410 N. Elm. Thanks', '4410 N. Elm'],
    ['we live on 2200 south broadway', '2200 South Broadway'],
    ['its 1421 elm', '1421 Elm'],
    ["oh it's um 3067 quebec", '3067 Quebec'],
    ['vivo en la calle olive número 330', '330 Calle Olive'],
    ['calle quivira 2840', '2840 Calle Quivira'],
  ])('takes %j as the answer to "what is the address?"', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
  });

  it.each([
    "I'd rather not say",
    'after 5',
    '5 on Monday',
    'Dana',
    '3 years ago',
    // An age, not a house number (eval/corpus/tune-urgent.json).
    "my dad lives with us he's 84 with a heart condition",
    // An age, then what he is doing (eval/corpus/tune-out-of-town.json).
    "he's eighty one he's got the oven door open to stay warm which i told him not to do",
    // A temperature (eval/corpus/tune-now-or-later.json).
    "but it's only 68 out tonight and supposed to be 70 tomorrow",
  ])('refuses %j even when the address was asked for', (utterance) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBeNull();
  });

  it.each([
    ['unit 12 at 1400 Pearl Street', '1400 Pearl Street Unit 12'],
    ['vivo en el 2840 de la calle quivira', '2840 Calle Quivira'],
    ['6021 calle del norte', '6021 Calle Del Norte'],
    ['en el 915 de la avenida san pedro', '915 Avenida San Pedro'],
  ])('finds the street address in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  // Publication 28's unit designators, after the street or before the house number.
  it.each([
    ['apartment 12 1600 grant street', '1600 Grant Street Apartment 12'],
    ['lot 42 at 5100 north federal boulevard', '5100 North Federal Boulevard Lot 42'],
    ['um building c unit 204 at 3300 south tamarac drive', '3300 South Tamarac Drive Building C Unit 204'],
    ["it's 905 logan street unit 3 c", '905 Logan Street Unit 3C'],
    ['1845 pearl street apartment 2 b as in boy', '1845 Pearl Street Apartment 2B'],
    ['1875 york street number 6', '1875 York Street Number 6'],
    ['space 17 2800 south platte river drive', '2800 South Platte River Drive Space 17'],
  ])('keeps the unit in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  // Rural routes and boxes, numbered roads and highways, directionals and grid addresses.
  it.each([
    ['rural route 2 box 45', 'RR 2 Box 45'],
    ["it's r r 3 box 118", 'RR 3 Box 118'],
    ['24530 county road 17', '24530 County Road 17'],
    ['5110 state route 9', '5110 State Route 9'],
    ['3570 route 6', '3570 Route 6'],
    ['1790 us highway 421 north', '1790 US Highway 421 North'],
    ['4400 fm 1960 west', '4400 FM 1960 West'],
    ['4500 n e 72nd avenue', '4500 NE 72nd Avenue'],
    ['3315 elm street northwest', '3315 Elm Street Northwest'],
    ['842 east 1700 south', '842 East 1700 South'],
  ])('reads the road in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  // A landmark before the address, a correction, the street before its number in Spanish.
  it.each([
    ["the blue house across from the park on oak and 3 it's 300 oak street", '300 Oak Street'],
    ['1412 maple street sorry 1421 maple street', '1421 Maple Street'],
    ['2524 south 17th street no wait 2542 south 17th street', '2542 South 17th Street'],
    ["it's 880 pine road i mean 880 spruce road", '880 Spruce Road'],
    ['vivo en la calle 8 número 1420', '1420 Calle 8'],
  ])('takes the address the caller means in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  // Numbers as digitsInSpeech leaves them: ordinal streets lose their ending, pairs come apart.
  it.each([
    ['42 18 west 23 street', '4218 West 23rd Street'],
    ['1010 east 1 avenue', '1010 East 1st Avenue'],
    ['2051 sw 5 court', '2051 SW 5th Court'],
    ['601 west 112 avenue', '601 West 112th Avenue'],
    ['17 55 42 street', '1755 42nd Street'],
    ['17 55 42nd street', '1755 42nd Street'],
    ['h c 64 box 22 10', 'HC 64 Box 2210'],
    ['37-69 103rd street in corona', '37-69 103rd Street'],
    ['125 dash 42 221st street', '125-42 221st Street'],
    ["um it's uh 14 12 uh maple street", '1412 Maple Street'],
  ])('writes the numbers in %j as an address is written', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  it.each([
    ['the address is 730 um 730 dexter', '730 Dexter'],
    ['uh 55 uh elm', '55 Elm'],
  ])('drops the hesitation in %j, the answer to "what is the address?"', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
  });

  it.each([
    ["we're located at 44:10 elm", '4410 Elm'],
    ['the property is 88 aspen', '88 Aspen'],
    ['you can send him to 1412 maple', '1412 Maple'],
    ['um the address would be 3067 quebec', '3067 Quebec'],
    ['my house number is 4410 elm', '4410 Elm'],
    ["it's 12 oak street apartment number 5", '12 Oak Street Apartment Number 5'],
    ['dana 4410 elm', '4410 Elm'],
    ["it's my mom's place 88 aspen", '88 Aspen'],
    ['let me think 1412 maple', '1412 Maple'],
  ])('takes %j, led in by other words, as the answer to "what is the address?"', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
  });

  it.each(['3 please', '5 tomorrow', 'at 5 instead'])(
    'takes no callback time in %j for the address, even when it was asked for',
    (utterance) => {
      expect(extractAddress(utterance, { expectingAddress: true })).toBeNull();
    },
  );

  it('ends an answer to "what is the address?" where a sentence about people begins', () => {
    expect(extractAddress("dana 4410 elm and i'm home all day", { expectingAddress: true })).toBe('4410 Elm');
    // "either way" is no street (tune-out-of-town.json).
    expect(extractAddress("wife's home all day call her or this one either way", { expectingAddress: true })).toBeNull();
  });

  it.each([
    ['on south dexter 21 14', '2114 South Dexter'],
    ["yeah it's on west maple 88", '88 West Maple'],
    ['on west colfax 1500 apartment 2', '1500 West Colfax Apartment 2'],
  ])('takes the street said first without its type, then its number, in the answer %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
    // Not asked for the address, a direction and a word before a number say too little.
    expect(extractAddress(utterance, { expectingAddress: false })).toBeNull();
  });

  // Speech-to-text writes "twelve twenty six" as a clock time (tune-is-he-there.json, tune-my-name-is.json, tune-reach-me.json).
  it.each([
    ["it's gail at 12:26 clermont", true, '1226 Clermont'],
    ["we're at 11:55 east cherry creek south drive", false, '1155 East Cherry Creek South Drive'],
    ['house is at 4:11 east maple avenue', false, '411 East Maple Avenue'],
    ["it's 3208 and half tejon street", false, '3208 1/2 Tejon Street'],
    ["it's on south dexter, 21 14", true, '2114 South Dexter'],
  ])('reads a house number said like a clock time or with a half in %j', (utterance, expectingAddress, address) => {
    expect(extractAddress(utterance, { expectingAddress })).toBe(address);
  });

  it.each([
    ['apartment 12 400 south xenia street', '400 South Xenia Street Apartment 12'],
    ["405 south emerson call me if next week doesn't work", '405 South Emerson'],
  ])('keeps a unit number off the house number, and ends the street where the sentence goes on: %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
  });

  it.each(['18 bags of base and the order was for 142'])('takes no amount of material in %j for a house number', (utterance) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBeNull();
  });

  it.each(['call me at 4:30 tomorrow', 'at 5:15 sharp', 'after 5:30 mountain time', 'around 9:30 or so', 'at 5:30 west'])(
    'takes the clock time in %j for no house number',
    (utterance) => {
      expect(extractAddress(utterance, { expectingAddress: true })).toBeNull();
    },
  );

  it.each(['i think on south dexter and it is 2114', "i'm on north 25"])(
    'takes no street from a sentence that only ends in a number: %j',
    (utterance) => {
      expect(extractAddress(utterance, { expectingAddress: true })).toBeNull();
    },
  );

  it.each(['there are 3 houses on our street', 'the wind knocked 3 shingles into the street'])(
    'finds no address in the sentence %j',
    (utterance) => {
      expect(extractAddress(utterance, { expectingAddress: false })).toBeNull();
    },
  );

  // Publication 28 street types that are everyday words end a street only where the clause ends.
  it.each([
    ['4410 fox run', '4410 Fox Run'],
    ["i'm at 4410 fox run and the sink is clogged", '4410 Fox Run'],
    ['dana price 2250 aspen grove', '2250 Aspen Grove'],
    ["we're at 77 pine ridge in lakewood", '77 Pine Ridge'],
    ["it's 1420 willow creek unit 5", '1420 Willow Creek Unit 5'],
  ])('finds the street that ends on its type in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  // Spanish speakers' units, kept after an English or a Spanish street.
  it.each([
    ['4410 north elm street apartamento 2', '4410 North Elm Street Apartamento 2'],
    ['1520 de la calle federal apartamento 3', '1520 Calle Federal Apartamento 3'],
    ['3300 south tamarac drive edificio c número 204', '3300 South Tamarac Drive Edificio C Número 204'],
  ])('keeps the Spanish unit in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  it.each([
    ['4410 elm street no sorry elm court', '4410 Elm Court'],
    ['4410 elm street sorry i mean oak street', '4410 Oak Street'],
    ['37-69 103rd street sorry 104th street', '37-69 104th Street'],
  ])('keeps the house number when only the street is taken back in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  it('reads a house number read as a clock before a numbered street, and a pair said twice (tune-one-long-message.json, tune-who-and-where.json)', () => {
    // "the building is at eleven forty east seventh avenue", as digitsInSpeech leaves it.
    expect(extractAddress('the building is at 11:40 east 7th avenue and my number is', { expectingAddress: false })).toBe(
      '1140 East 7th Avenue',
    );
    expect(extractAddress("we're at 6:45 east 8th avenue suite 200 my name is rhonda", { expectingAddress: false })).toBe(
      '645 East 8th Avenue Suite 200',
    );
    expect(
      extractAddress("28 40 south lafayette street no wait what am i saying it's 28 14 28 14 south lafayette", {
        expectingAddress: true,
      }),
    ).toBe('2814 South Lafayette Street');
    // A time is still a time.
    expect(extractAddress('call me at 4:30 east coast time', { expectingAddress: false })).toBeNull();
  });

  // A house known by its corner, when the caller has no number (tune-finding-the-house.json, tune-just-the-facts.json).
  it.each([
    [
      "i honestly don't know her house number it's the corner of sheridan and 64th the yellow house",
      'Corner of Sheridan and 64th',
    ],
    ["it's deb at the corner of elm and 26 just call me with a price", 'Corner of Elm and 26th'],
    ["we're on the corner of bridge street and 4th avenue in brighton", 'Corner of Bridge Street and 4th Avenue'],
    ['the house is on the corner of south pearl and jewell', 'Corner of South Pearl and Jewell'],
    ["oh you know the one it's the corner house garfield and 23", 'Corner of Garfield and 23rd'],
  ])('takes the corner in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
  });

  it.each([
    'i saw your sign on the corner of holly and evans and wanted to make sure i had the right number',
    'the water is coming in at the corner of the bedroom and the hallway',
  ])('takes no corner from %j', (utterance) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBeNull();
  });

  it.each([
    [
      "there's no real house number out there it's off highway 93 right at mile marker 6 on the east side",
      'Highway 93 Mile Marker 6',
    ],
    ["we're at mile marker 12 on us highway 285", 'US Highway 285 Mile Marker 12'],
  ])('takes a numbered road by its mile marker in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
  });

  // The letter of a duplex's half said after the house number (tune-finding-the-house.json).
  it.each([
    ['1420 b south lincoln street the b is the back half of the duplex', '1420 South Lincoln Street Unit B'],
    ['733 a santa fe drive the a is the front unit', '733 Santa Fe Drive Unit A'],
    ['1420 b street', '1420 B Street'],
    ["it's 200 n pearl street", '200 N Pearl Street'],
  ])('reads a letter after the house number as its unit in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  it.each([
    [
      'our office is 7600 east orchard road in greenwood village but the unit is 2475 south dahlia street unit c',
      '2475 South Dahlia Street Unit C',
    ],
    [
      "my address is 980 south ogden street but the job's not there it's her condo 2101 south holly street unit 7",
      '2101 South Holly Street Unit 7',
    ],
    ['my address is 980 south ogden street but call me after 5', '980 South Ogden Street'],
  ])("takes the job's address over the caller's own in %j", (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
  });

  it.each([
    [
      "2814 zenobia street no wait sorry it's 2841 2814 is my neighbor and the last lawn guys did his yard",
      '2841 Zenobia Street',
    ],
    ['2814 zenobia street sorry 2841 not 2814', '2841 Zenobia Street'],
  ])('takes the house number put right, not the one said of after it, in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
  });

  // Answers to the question before last (tune-few-words.json): a numbered street, a unit.
  it.each([
    ['4 4 0 9 west 38th', '4409 West 38th'],
    ['1020 corona apt 5', '1020 Corona Apt 5'],
  ])('takes %j said on its own for the address, whatever was asked', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  // The street first, its number after, and its name said again (tune-about-my-job.json, tune-just-the-facts.json).
  it.each([
    ["name's priya on vine street 22 15 vine", '2215 Vine Street'],
    ["we're on garfield street 51 70 garfield", '5170 Garfield Street'],
  ])('takes the number after the street in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  it('takes the number put right after "not" the old one, and a saint\'s street whole (tune-the-job-is-at.json, tune-not-happy.json)', () => {
    expect(extractAddress("1420 south gaylord street sorry not 1420 it's 1240", { expectingAddress: true })).toBe(
      '1240 South Gaylord Street',
    );
    expect(extractAddress('2607 south st paul street', { expectingAddress: true })).toBe('2607 South Saint Paul Street');
    expect(extractAddress('12 main st apartment 4', { expectingAddress: true })).toBe('12 Main St Apartment 4');
  });

  it.each([
    ['2340 Yo Semi Tea Street', 'no yosemite', true, '2340 Yosemite Street'],
    ['3855 Tea Hon Street', 'sorry te jon tejon', true, '3855 Tejon Street'],
    ['1720 South Win Coop Street', "it's wynkoop", false, '1720 South Wynkoop Street'],
    // Heard right but as two words, then spelled (tune-misheard.json, tune-where-i-live.json).
    ['9810 East Yo Semite', 'yosemite street yosemite', true, '9810 East Yosemite'],
    ['3610 Fill More Street', 'fillmore 1 word fillmore', true, '3610 Fillmore Street'],
    // Not close to the street heard, not a correction, or a spelling cut short of the name heard right.
    ['1833 South Logan Street', 'no lafayette', true, null],
    ['2340 Yo Semi Tea Street', 'yosemite', false, null],
    ['6325 Xenon Street', 'xenon x as in x ray enon', true, null],
  ])('puts right the street of %j when told %j', (address, said, spelled, expected) => {
    expect(streetSaidAgain(address, said, { spelled })).toBe(expected);
  });

  it.each([
    ["morning we're over at 4410 south pearl in englewood and the wind peeled shingles", '4410 South Pearl'],
    ["it's 2875 south kipling in lakewood the townhomes past the rec center", '2875 South Kipling'],
    ["zip is 80219 it's 1290 south federal the salon next to the pho place", '1290 South Federal'],
  ])(
    'takes a number, a direction and one word of a street without its type, the clause ending there, in %j (tune-where-exactly.json)',
    (said, address) => {
      expect(extractAddress(said, { expectingAddress: false })).toBe(address);
    },
  );

  it('takes no such street from a count of things', () => {
    expect(extractAddress('we have 3 west windows and a door', { expectingAddress: false })).toBeNull();
  });
});

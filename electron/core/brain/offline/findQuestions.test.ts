import { describe, expect, it } from 'vitest';
import { findQuestions } from './findQuestions';

const mike = { ownerName: 'Mike Jensen' };

describe('findQuestions', () => {
  it.each([
    ['hi do you do carpet cleaning we had a pet accident', ['do you do carpet cleaning we had a pet accident']],
    [
      "hi what's your hourly rate and are you licensed and insured i need some furniture put together",
      ["what's your hourly rate", 'are you licensed and insured'],
    ],
    ['the lights dim every time the AC turns on is that normal', ['is that normal (the lights dim every time the ac turns on)']],
    [
      'hi i need same day turnover cleanings between guests do you do that',
      ['do you do that (i need same day turnover cleanings between guests)'],
    ],
    ['have you guys ever worked on a slate roof', ['have you guys ever worked on a slate roof']],
    ['does mike do commercial work too', ['does mike do commercial work']],
    ['any chance somebody could come out saturday', ['any chance somebody could come out saturday']],
    // Asked about a time, with or without the auxiliary first.
    ["when's the soonest you could come", ["when's the soonest you could come"]],
    ['when you can come look', ['when you can come look']],
    ['okay and when would he be able to call', ['when would he be able to call']],
    ['who will be coming out is it the same crew every week', ['who will be coming out', 'is it the same crew every week']],
    ["hi there just wondering if you're open on weekends for a tune up", ["if you're open on weekends for a tune up"]],
    ['buenas quiero pintar el exterior ustedes dan presupuesto gratis', ['ustedes dan presupuesto gratis']],
    ['hola cuánto cobran por hora por limpiar una casa', ['cuánto cobran por hora por limpiar una casa']],
    ['¿trabajan los sábados?', ['trabajan los sábados']],
    // Two answers offered are one question (tune-is-this-bad.json, tune-one-more-thing.json).
    ['is it in stock or do you have to order it', ['is it in stock or do you have to order it']],
    ['do you supply the detectors or do i buy them', ['do you supply the detectors or do i buy them']],
    ['are you licensed and do you take cards', ['are you licensed', 'do you take cards']],
    // The owner by name or "he", asked about in an embedded question (eval/corpus/tune-round3.json).
    ['yeah actually does mike pull the permits or do i have to', ['does mike pull the permits or do i have to']],
    ['i was wondering whether he subcontracts any of the work', ['whether he subcontracts any of the work']],
    ["i wanted to ask if there's a charge for coming out to look", ["if there's a charge for coming out to look"]],
    ['curious if mike offers any kind of financing', ['if mike offers any kind of financing']],
    ['would mike be able to give me a quote over the phone', ['would mike be able to give me a quote over the phone']],
    ['would mike need to get into the attic', ['would mike need to get into the attic']],
    ['is this something mike does', ['is this something mike does']],
    // A question after a statement, or a wh-word that an auxiliary follows (eval/corpus/tune-pitches.json).
    ['thank you do you do decks', ['do you do decks']],
    ['the roof is leaking when can you come', ['when can you come']],
    ['i was wondering when you could come out', ['when you could come out']],
    // Asked at once after a lead-in, or opening a turn (eval/corpus/tune-want-owner.json, tune-everyone.json).
    [
      'hi quick one does the owner do tree work himself or just the lawns',
      ['does the owner do tree work himself or just the lawns'],
    ],
    [
      'and whether you will do the power washing also or only staining',
      ['whether you will do the power washing also or only staining'],
    ],
    ['before i book do your cleaners bring their own supplies', ['do your cleaners bring their own supplies']],
    // A price or a visit asked for by "can you give" or "can somebody get" is a question for the owner;
    // only a call, a number or a transfer asked that way is not (tune-*.json).
    ['can you give me a price on fixing the chimney flashing', ['can you give me a price on fixing the chimney flashing']],
    ['can you get somebody out before the twenty second', ['can you get somebody out before the twenty second']],
    ['can you put a grab bar in by the tub if the wall is tile', ['can you put a grab bar in by the tub if the wall is tile']],
    // "do that", "do it" go on with the question; they start none.
    ['our flashing is loose do you guys do that kind of repair', ['do you guys do that kind of repair']],
    ['can somebody do it thursday or friday', ['can somebody do it thursday or friday']],
    // Spanish yes-or-no questions, written without "¿" (tune-es-*.json).
    ['hola buenos días nomás quería saber ustedes arreglan sistemas de aspersores', ['ustedes arreglan sistemas de aspersores']],
    ['aceptan tarjeta de crédito o nomás cheque', ['aceptan tarjeta de crédito o nomás cheque']],
    ['y traen sus propios productos o tengo que comprarlos yo', ['traen sus propios productos o tengo que comprarlos yo']],
    ['pueden venir hoy mismo', ['pueden venir hoy mismo']],
    [
      'quería preguntar si ustedes trabajan con las aseguranzas porque ya vino el ajustador',
      ['ustedes trabajan con las aseguranzas'],
    ],
  ])('finds the questions in %j', (utterance, questions) => {
    expect(findQuestions(utterance, mike)).toEqual(questions);
  });

  it.each([
    'my basement is flooding',
    "there's water dripping out of the light and i don't know what to do",
    'can somebody call me back after 5',
    'can I talk to the owner',
    'how are you doing',
    // Asking for someone by name, whoever it is, is a request for a person, not a question.
    'is this dana',
    'hi is luis around',
    'is this mike',
    '',
    'can mike call me back',
    // Checking who answered is not a question for the owner.
    'hi is this summit roofing',
    'have i reached summit roofing',
    // Statements whose verb looks like a question's start (eval/corpus/tune-*.json).
    'my name is alan whitaker',
    'the floor is wet',
    'the rental is at sixty two twenty five south acoma street',
    "hi i'm a landlord i have a rental house and my tenant sent me photos",
    'there was a loud bang and the power went out',
    // "when", "where", "which" joining a clause to a statement.
    'the breaker flipped off when the space heater and the printer were both going',
    'okay good because when it rains the water just pours over the gutter',
    'new sod put in where the dog tore it up',
    'the panel keeps buzzing which makes me nervous',
    // An auxiliary as the verb of a statement, after a noun, "to", "whoever", "that" (eval/corpus/tune-asking*.json, tune-call-me.json).
    'the girl who came out last time did a great job',
    "mike did my neighbor's sprinkler system",
    'we already have the estimate',
    'the home inspector said my panel is a federal pacific',
    "the reason i'm calling is the toilet in the back bathroom",
    'i want to rip out the grass and do the xeriscape thing with rocks',
    'she said to have you call her',
    'the company who did our windows',
    // About the call itself, nothing for the owner to answer.
    'could you speak up please',
    'are you a robot',
    "is this an actual person or a recording i've been calling painters all day",
    // "have" making someone do something, not asking (tune-*.json).
    'just have the owner call me after five',
    "i'd rather have it done before winter",
    'why you gotta talk so fast',
    // A name put right (tune-pet-owners-day.json): the caller's habit, not a question.
    'wait no sorry nicole brandon i always do that b r a n d o n',
    'we usually do the gutters ourselves',
    // A time or a person told, a cut-off "any chance", a statement's verb (tune-neighbors-and-shared-day.json,
    // tune-past-customers-day.json, tune-stood-up-day.json).
    "when it rains hard there's a drip coming in right along the wall we share",
    'when mike did our tune up last spring he said our air conditioner was getting old',
    'any chance',
    "the agreement was he'd pay half and you'd bill him separately",
    "the guy did it's still heating fine so there's no rush",
    "the guy who did it last year said he'd be back in october and ghosted",
    // A statement's verb after a name or a noun, and a question's first words cut off (tune-*.json).
    'hi mike fixed our stair railing last year and did a great job and now the other handrail is loose',
    'we had a guy do it three weeks ago and it looks awful',
    'my dad lives with us and has a heart condition',
    'the tenant was there four years and had two dogs',
    'my name is edna and i lie down after lunch so call after three would you',
    // A call, a visit or a message asked for, or the call itself: nothing for the owner to answer.
    "i'd rather just have somebody come put it in right",
    'no need to bother him right now just have somebody let me know',
    'can you just have mike call me about that',
    'can you text me instead of calling please',
    'can you pass that along my email is on file',
    'can you leave a message for mike please',
    'could mike give me a call back when he has five minutes',
    'can you put us down for next week',
    'hello hello is there somebody there',
    'is there a supervisor or someone above you i can talk to',
    'are you kidding me',
    'what was that sorry i lost you',
    'can i leave a message for mike',
    'hola buenas sorry can i do english',
    // Spanish told, not asked: a statement's verb after "y" or a noun, a call or the job asked for.
    'la puerta ya no cierra se atora y hay que empujarla bien fuerte',
    'las paredes tienen unos hoyitos de clavos',
    'ustedes vinieron el lunes y ya gotea otra vez',
    'me pueden llamar después de las tres gracias',
    'quería ver si me pueden podar los arbustos de enfrente',
  ])('finds no question in %j', (utterance) => {
    expect(findQuestions(utterance, mike)).toEqual([]);
  });

  it('hears a question about the owner by the name in settings, whoever the owner is', () => {
    const utterance = 'i was trying to figure out who does rosa use for the gutters';
    expect(findQuestions(utterance, { ownerName: 'Rosa Delgado' })).toEqual(['who does rosa use for the gutters']);
    expect(findQuestions(utterance, mike)).toEqual([]);
  });

  it('asks nothing in "it still does it", "only does it when it rains", "are you new", "is he out in the field" or "one of those ai things" (tune-ordinary-tuesday-day.json, tune-ask-for-mike-day.json)', () => {
    const asked = (said: string) => findQuestions(said, { ownerName: 'Mike' });
    expect(
      asked(
        'i jiggled the handle i replaced the flapper thing myself and it still does it and the water bill was double last month',
      ),
    ).toEqual([]);
    expect(asked('only does it when it really rains like last night we put a bucket under it')).toEqual([]);
    expect(asked('last time i called a real girl answered are you new')).toEqual([]);
    expect(asked('is mike in today or is he out in the field')).toEqual([]);
    expect(asked('is there a human there or is this one of those ai things')).not.toContain('is this one of those ai things');
    expect(asked('what city is this')).toEqual([]);
    expect(asked('does mike ever pick up his own phone')).toEqual([]);
    // Still asked: the job's own questions.
    expect(asked('is it still under warranty')).toEqual(['is it still under warranty']);
    expect(asked('does it need a permit')).toEqual(['does it need a permit']);
  });

  it('reads "came out last april and did the air conditioner check" as a visit told, not a question (tune-what-do-they-want-day.json)', () => {
    const asked = (said: string) => findQuestions(said, { ownerName: 'Mike' });
    expect(asked('you guys came out last april and did the air conditioner check and i want the same thing again')).toEqual([]);
    expect(asked('the guy came out tuesday and did he ever fix the leak')).toEqual(['did he ever fix the leak']);
    expect(asked('hi and did you get my message')).toEqual(['did you get my message']);
  });

  it('keeps questions about the owner himself, and not a request for him (tune-is-he-available.json)', () => {
    const asked = (said: string) => findQuestions(said, { ownerName: 'Mike' });
    expect(asked('hi quick question is mike licensed with the city for electrical work and is he insured')).toEqual([
      'is mike licensed with the city for electrical work',
      'is he insured',
    ]);
    expect(asked("is mike the one who'd come out or does he send someone")).toEqual([
      "is mike the one who'd come out or does he send someone",
    ]);
    expect(asked('hi is mike still around')).toEqual([]);
    expect(asked('hi is mike still on a job')).toEqual([]);
  });

  it('keeps no question of the receptionist, for a person or for a quote alone (blind tune-i-need-him-not-a-message.json, tune-should-he-come-now.json, tune-wednesday-calls.json)', () => {
    const asked = (said: string) => findQuestions(said, { ownerName: 'Mike' });
    for (const said of [
      'hi is this one of those machines',
      'hey can you grab mike for me real quick',
      'who runs your company',
      'can i get a quote',
    ])
      expect(asked(said), said).toEqual([]);
    expect(asked('can you come out on a saturday or is that extra')).not.toEqual([]);
    expect(asked('do you guys do ice dam removal')).toEqual(['do you guys do ice dam removal']);
  });

  it('keeps a question asked after "for you" or a comma (blind tune-not-a-customer-sunday.json, tune-put-me-through-sunday.json)', () => {
    const asked = (said: string) => findQuestions(said, { ownerName: 'Mike' });
    expect(asked('hi quick question for you do you folks work on swamp coolers')).toEqual(['do you folks work on swamp coolers']);
    expect(asked('we need a charger put in the garage, is mike a licensed electrician')).toEqual([
      'is mike a licensed electrician',
    ]);
    expect(asked('i already paid for you guys to come out last week')).toEqual([]);
    expect(asked('the one by the door, is leaking')).toEqual([]);
  });

  it('keeps a "how often" or "how long do" going past "i\'m" or "i have", and nothing else (blind tune-late-sunday-*.json)', () => {
    const asked = (said: string) => findQuestions(said, { ownerName: 'Mike' });
    expect(asked("i forgot how often i'm supposed to change it and where do i even buy those")).toEqual([
      "how often i'm supposed to change it",
      'where do i even buy those',
    ]);
    expect(asked('how long do i have to wait before i can paint over the patch')).toEqual([
      'how long do i have to wait before i can paint over the patch',
    ]);
    expect(asked('what is it i have a leak')).toEqual(['what is it']);
    expect(asked('how much i need a quote')).toEqual(['how much']);
  });
});

import { describe, expect, it } from 'vitest';
import { glossSpanish, spanishNumbersToDigits, turnLanguage } from './spanish';

describe('turnLanguage', () => {
  it.each([
    'hola buenas se me rompió un tubo en el sótano',
    'hi um hablo español my water heater is leaking',
    'puedo hablar con el dueño por favor',
    'hi do you speak spanish',
    'cuánto cobran por cambiar un calentador de agua',
    'huele a quemado en la caja de los breakers',
    'no es la casa de lupe hernández',
    // Two words only, but "oiga" is said in no English sentence (tune-es-cuanto-y-cuando.json).
    'oiga está mike',
  ])('hears Spanish in %j', (utterance) => {
    expect(turnLanguage(utterance)).toBe('es');
  });

  it.each([
    'Jorge Ramírez',
    'de la cruz ramon de la cruz three words',
    'gracias',
    'sí',
    '1520 Federal Boulevard',
    'es el 980 south knox court',
    '🙂🙂',
    '',
  ])('hears neither language in %j, which is said alike in both', (utterance) => {
    expect(turnLanguage(utterance)).toBeNull();
  });

  it.each([
    'hi I need a quote for a new roof please',
    'oh english okay yeah sorry i need an estimate for a new roof',
    'hi yes my kitchen sink is leaking the pipe is like está goteando and the floor is wet',
    "hola buenas ah sorry you're in english that's fine i'm bilingual so my bathroom fan stopped",
  ])('hears English in %j (a few Spanish words inside do not make it Spanish)', (utterance) => {
    expect(turnLanguage(utterance)).toBe('en');
  });
});

describe('spanishNumbersToDigits', () => {
  it.each([
    ['mil doscientos perry street', '1200 perry street'],
    ['tres cuatro uno cero calle harrisburg', '3 4 1 0 calle harrisburg'],
    ['mil cuatrocientos veintiuno de la calle elm', '1421 de la calle elm'],
    ['después de las cinco', 'después de las 5'],
    ['un tubo', 'un tubo'],
    // A house number read as two pairs (tune-es-a-que-hora.json).
    ['cuarenta y cuatro diez', '44 10'],
    ['sesenta y seis cincuenta y cinco', '66 55'],
    ['mil novecientos noventa y dos', '1992'],
  ])('reads %j', (text, digits) => {
    expect(spanishNumbersToDigits(text)).toBe(digits);
  });
});

describe('glossSpanish', () => {
  it('glosses a question announced and done, a missed call returned, and work that failed again (tune-es-todo-de-una-vez.json)', () => {
    expect(glossSpanish('hola una pregunta nomás trabajan en aurora')).toBe('quick question nomás trabajan en aurora');
    expect(glossSpanish('ah ok eso era todo gracias')).toBe("ah ok that's all i needed gracias");
    expect(glossSpanish('me llamaron de este número hace rato')).toBe('someone called me from this number hace rato');
    expect(glossSpanish('vinieron a destapar el inodoro y hoy otra vez se tapó')).toBe(
      'you guys fixed el inodoro y hoy clogged again',
    );
  });

  it('glosses "se encuentra mike" as asking for him (tune-es-todo-de-una-vez.json)', () => {
    expect(glossSpanish('buenas tardes se encuentra mike')).toBe('buenas tardes is mike there');
  });

  it('glosses complaints about the work, a no-show, a bill, and thanks, as classifyIntent knows them (tune-es-cuanto-y-cuando.json)', () => {
    expect(glossSpanish('el trabajo quedó mal el piso se levanta')).toContain('shoddy work');
    expect(glossSpanish('la pared se ve con rayas no quedó bien')).toContain('shoddy work');
    expect(glossSpanish('quedó bien bonito')).toBe('quedó bien bonito');
    expect(glossSpanish('nadie vino y nadie me llamó')).toBe('nobody showed y nobody called');
    expect(glossSpanish('me cobraron mucho más de lo que me dijeron')).toContain('overcharged');
    expect(glossSpanish('volvió a gotear en el mismo lugar')).toContain('leaking again');
    expect(glossSpanish('nomás quería decirle a mike que muchas gracias')).toBe('just wanted to say thank you');
  });

  it('glosses names, times and answers in English for the detectors', () => {
    expect(glossSpanish('me llamo josé luis garza')).toBe('my name is josé luis garza');
    expect(glossSpanish('sí soy claudia benavides')).toBe('my name is claudia benavides');
    expect(glossSpanish('soy la señora carmen zamora')).toBe('my name is carmen zamora');
    expect(glossSpanish('si me habla despacito')).toBe('yes me habla despacito');
    expect(glossSpanish('yo soy de aquí')).toBe('yo soy de aquí');
    expect(glossSpanish('que me llame a la tienda')).toBe('call me a la tienda');
    expect(glossSpanish('llámeme después de las cuatro')).toBe('call me after 4');
    expect(glossSpanish('no me llamen antes de las diez por favor')).toBe('not before 10 por favor');
    expect(glossSpanish('mañana en la mañana')).toBe('tomorrow morning');
    // "a eso de", "cualquier día", "que me vuelva a llamar", "me puede marcar" (tune-es-quinta-semana.json).
    expect(glossSpanish('a eso de las tres me puede marcar')).toBe('around 3 call me');
    expect(glossSpanish('después de las cuatro cualquier día')).toBe('after 4 any day');
    expect(glossSpanish('que me vuelva a llamar cuando pueda')).toBe('call me cuando pueda');
    // Who is to call, named between (tune-es-cuanto-y-cuando.json); not "que no me llame".
    expect(glossSpanish('quiero que mike me llame hoy')).toBe('quiero call me hoy');
    expect(glossSpanish('que no me llame')).toBe("que don't call me back");
    // The caller will ring; not "le hablo para preguntar", nor "no me llame antes de" (tune-es-sexta-semana.json).
    expect(glossSpanish('no mejor no me llame yo le hablo mañana temprano')).toBe(
      "actually don't call me back i'll call you back tomorrow temprano",
    );
    expect(glossSpanish('yo le vuelvo a llamar el lunes')).toBe("i'll call you back el lunes");
    expect(glossSpanish('le hablo para preguntar por una limpieza')).toBe('le hablo para preguntar por una limpieza');
    expect(glossSpanish('no me llame antes de las diez')).toBe('no me llame before 10');
    // This morning, not "en la tomorrow" (tune-es-sexta-semana.json).
    expect(glossSpanish('me dijo que le hablara hoy en la mañana')).toBe('me dijo que le hablara hoy in the morning');
    // Asked for by title, then why: "él me dijo que le hablara".
    expect(glossSpanish('buenos días está el señor mike él me dijo que le hablara')).toBe(
      'buenos días is mike there él me dijo que le hablara',
    );
    expect(glossSpanish('a las tres y media')).toBe('at 3:30');
    // Asking for a human, as the detectors read it in English.
    expect(glossSpanish('necesito hablar con una persona no con una máquina')).toBe('can i talk to a person not a machine');
    expect(glossSpanish('déjeme hablar con el encargado')).toBe('can i talk to the boss');
    expect(glossSpanish('hola, ¿está mike?')).toBe('hola, is mike there');
    expect(glossSpanish('¿está el dueño?')).toBe('is the owner there');
    expect(glossSpanish('quiero hablar con alguien')).toBe('can i talk to someone');
    // Names and addresses as Spanish speakers give them.
    expect(glossSpanish('aquí le habla rosa')).toBe('my name is rosa');
    // Who is calling, "de parte de"; not on behalf of a relative or a company.
    expect(glossSpanish('de parte de ramón soto él ya me conoce')).toBe('my name is ramón soto él ya me conoce');
    expect(glossSpanish('le hablo de parte de mi mamá')).toBe('le hablo de parte de mi mamá');
    expect(glossSpanish('le llamamos de parte de la compañía de luz')).not.toContain('my name is');
    // Courtesy after a name, never part of it.
    expect(glossSpanish('rosa díaz para servirle').trim()).toBe('rosa díaz');
    expect(glossSpanish('habla español')).toBe('habla español');
    expect(glossSpanish('el 1475 de la southwest 8th street')).toBe('el 1475 southwest 8th street');
    expect(glossSpanish('el número es mil quinientos veinte de la federal')).toBe('1520 federal');
    expect(glossSpanish('2840 de la calle quivira')).toBe('2840 de la calle quivira');
    expect(glossSpanish('el techo está goteando')).not.toContain('there');
    expect(glossSpanish('después de las seis y cuarto')).toBe('after 6:15');
    expect(glossSpanish('a partir de las cuatro de la tarde')).toBe('after 4 pm');
    expect(glossSpanish('como a las tres')).toBe('around 3');
    expect(glossSpanish('después de las once de la mañana')).toBe('after 11 am');
    expect(glossSpanish('después del mediodía')).toBe('after 12 pm');
    expect(glossSpanish('llámenme en una hora')).toBe('call me in an hour');
    expect(glossSpanish('por la tarde')).toBe('in the afternoon');
    expect(glossSpanish('después de la una')).toBe('after 1');
    expect(glossSpanish('no antes de las diez')).toBe('not before 10');
    expect(glossSpanish('después de las tres no mejor después de las cinco')).toBe('after 3 actually after 5');
    expect(glossSpanish('cuarenta y cuatro diez de la treinta y dos avenida oeste')).toBe('44 10 west 32nd avenue');
    expect(glossSpanish('vivo en el 4521 de la west 38 avenida')).toBe('4521 west 38th avenue');
    expect(glossSpanish('en el 5230 de la avenida 38 oeste')).toBe('5230 west 38th avenue');
    expect(glossSpanish('es en la 38 avenida oeste número 2915')).toBe('es en la 2915 west 38th avenue');
    expect(glossSpanish('cuarto para las cinco')).toBe('4:45');
    expect(glossSpanish('a las cuatro menos cuarto')).toBe('at 3:45');
    expect(glossSpanish('a las doce del día')).toBe('at noon');
    expect(glossSpanish('entre las dos y las cuatro')).toBe('between 2 and 4');
    expect(glossSpanish('a las tres no espérese mejor a las cuatro')).toBe('at 3 actually at 4');
    expect(glossSpanish('no gracias eso es todo')).toBe("no thanks that's all");
  });

  it('glosses asking to be put through, pitches and misdials as the English checks read them (tune-es-urgente.json)', () => {
    expect(glossSpanish('buenos días me comunica con el dueño por favor')).toBe(
      'buenos días put me through to the owner por favor',
    );
    expect(glossSpanish('oiga comuníqueme con el señor mike')).toBe('oiga put me through to mike');
    expect(glossSpanish('me puede pasar con mike')).toBe('put me through to mike');
    // "sí" with its accent, as Twilio writes it, then more words.
    expect(glossSpanish('sí es mi celular')).toBe('yes es mi celular');
    expect(glossSpanish('sígame')).toBe('sígame');
    // Said as to a friend (tune-es-tercera-semana.json).
    expect(glossSpanish('pásame con mike de una vez')).toBe('put me through to mike de una vez');
    expect(glossSpanish('pásemelo si está')).toBe('put him on the phone si está');
    expect(glossSpanish('me lo comunica por favor')).toBe('put him on the phone por favor');
    expect(glossSpanish('no me parece justo')).toBe('not fair');
    expect(glossSpanish('el 2480 de dallas street')).toBe('el 2480 dallas street');
    expect(glossSpanish('está mike quiero hablar con él directamente')).toBe('is mike there can i talk to him directamente');
    expect(glossSpanish('yo quiero una persona')).toBe('yo i want a real person');
    // Someone sent to do the work is no person asked for.
    expect(glossSpanish('quiero alguien que venga a limpiar')).toBe('quiero someone que venga a limpiar');
    // Asked for first and then why, or asked politely (tune-es-no-clientes.json, tune-es-otra-semana.json).
    expect(glossSpanish('buenos días está mike por favor me gustaría hablar con él')).toBe(
      'buenos días is mike there por favor can i talk to him',
    );
    expect(glossSpanish('buenos días se encuentra mike es que él ya me conoce')).toBe(
      'buenos días is mike there es que él ya me conoce',
    );
    expect(glossSpanish('hay alguien ahí con quien pueda hablar una persona de verdad')).toBe(
      'hay someone there i can talk to a real person',
    );
    expect(glossSpanish('quería hablar con el dueño')).toBe('can i talk to the owner');
    // Not the leak itself: "está goteando por favor vengan".
    expect(glossSpanish('hola está goteando por favor vengan')).toBe('hola está goteando por favor vengan');
    expect(glossSpanish('ay perdón me equivoqué')).toBe('ay perdón wrong number');
    expect(glossSpanish('oprima uno para hablar con un especialista')).toBe('press 1 para hablar con un especialista');
    expect(glossSpanish('le hablo de una agencia de marketing')).toBe("i'm calling from a marketing agency");
    // A lead seller, and a caller who finds it is not the tire shop (tune-es-cuarta-semana.json).
    expect(glossSpanish('una agencia de clientes potenciales le mandamos los contactos cada semana')).toBe(
      'una lead generation company we send you leads cada semana',
    );
    expect(glossSpanish('ah no es ahí ok disculpe')).toBe('wrong number ok disculpe');
    expect(glossSpanish('no es ahí es en la cocina')).toBe('no es ahí es en la cocina');
    // This business's work, unfinished or failed again (tune-es-cuarta-semana.json).
    expect(glossSpanish('ustedes me arreglaron el techo y otra vez se metió el agua por el mismo lugar')).toBe(
      'you guys fixed el techo y otra vez se metió el agua same spot',
    );
    // Asked politely, asked for a person "de carne y hueso", a seller and a robocall (tune-es-quinta-semana.json).
    expect(glossSpanish('oiga y no me puede pasar con mike')).toBe('oiga y put me through to mike');
    expect(glossSpanish('no hay alguien de carne y hueso con quien hablar')).toBe('is there a real person con quien hablar');
    expect(glossSpanish('le habla andrea de una agencia de marketing le podemos mandar diez trabajos por semana')).toBe(
      "my name is andrea i'm calling from a marketing agency we send you jobs por semana",
    );
    expect(glossSpanish('su perfil de negocio en google será suspendido oprima el uno')).toBe(
      'su google business profile será suspendido press 1',
    );
    expect(glossSpanish('vino mike a cambiarme la válvula')).toBe('you guys fixed la válvula');
    expect(glossSpanish('denver water vino a cambiar la tubería')).toBe('denver water vino a cambiar la tubería');
    expect(glossSpanish('quedamos que venía el martes y no vino ni me avisó')).toBe("quedamos que venía el martes didn't show");
    expect(glossSpanish('las molduras quedaron sin terminar y nadie ha regresado')).toBe(
      "las molduras weren't done y nobody has been back",
    );
    expect(glossSpanish('hay una demanda contra usted y será arrestado')).toBe('hay legal action against you y arrest warrant');
    expect(glossSpanish('ah no es el taller entonces marqué mal perdone')).toBe(
      'ah no es el taller entonces wrong number perdone',
    );
    expect(glossSpanish('su negocio está precalificado para un préstamo')).toBe('your business está business loan');
    expect(glossSpanish('su cuenta va a ser suspendida hoy')).toBe('your account will be suspended hoy');
    expect(glossSpanish('queremos ser su proveedor')).toBe('we want to be your supplier');
    // On her mother's behalf, not from a company.
    expect(glossSpanish('le hablo de parte de mi mamá')).toBe('le hablo de parte de mi mamá');
  });

  it('glosses the seventh Spanish week: the owner of the company asked for, a relative giving a name, calle before an English street, a price per hour, a bill, a question (tune-es-septima-semana.json)', () => {
    expect(glossSpanish('buenos días oiga se encuentra el dueño de la compañía es que prefiero explicarle a él')).toBe(
      'buenos días oiga is the owner there es que prefiero explicarle a él',
    );
    // A thing of the company that "está" something stays as said.
    expect(glossSpanish('el techo de la compañía está goteando')).toBe('el techo de la compañía está goteando');
    expect(glossSpanish('yo soy la hija alma delia ruiz')).toBe("i'm the daughter alma delia ruiz");
    expect(glossSpanish('soy su vecino')).toBe("i'm the neighbor");
    expect(glossSpanish('4128 de la calle raleigh street')).toBe('4128 raleigh street');
    expect(glossSpanish('el número es 2201 la calle es king street')).toBe('2201 king street');
    // tune-es-octava-semana.json
    expect(glossSpanish('el 9835 de east 104 avenida en thornton')).toBe('el 9835 east 104th avenue en thornton');
    // "de" before a street's own name stays for the rules that read it.
    expect(glossSpanish('el 2840 de la calle quivira')).toBe('el 2840 de la calle quivira');
    // A Spanish street name keeps its "calle".
    expect(glossSpanish('el 2840 de la calle quivira')).toBe('el 2840 de la calle quivira');
    expect(glossSpanish('cuánto cobra por hora el que hace reparaciones')).toBe(
      'how much do you charge por hora el que hace reparaciones',
    );
    expect(glossSpanish('me cobraron como doscientos dólares más de lo que decía el estimado')).toBe(
      'overcharged decía el estimado',
    );
    expect(glossSpanish('me pueden hacer un estimado por escrito')).toBe('me pueden hacer a quote por escrito');
    expect(glossSpanish('y más o menos cuánto sale eso')).toBe('y más o menos how much does it cost eso');
    expect(glossSpanish('no estoy contenta la verdad')).toBe('not happy la verdad');
    expect(glossSpanish('me cobraron casi doscientos dólares más y no me explicaron')).toBe('overcharged y no me explicaron');
    expect(glossSpanish('hola buenas tardes nomás una pregunta ustedes hacen limpieza de oficinas')).toBe(
      'quick question ustedes hacen limpieza de oficinas',
    );
  });

  it('glosses more everyday ways of asking for someone, from a written list: passed or transferred to him, a human being, available or around, the owner alone', () => {
    expect(glossSpanish('me pasa a mike por favor')).toBe('put me through to mike por favor');
    expect(glossSpanish('páseme al encargado')).toBe('put me through to encargado');
    expect(glossSpanish('me puede transferir con mike')).toBe('put me through to mike');
    expect(glossSpanish('quiero hablar con un ser humano')).toBe('can i talk to a human being');
    expect(glossSpanish('quiero hablar directamente con mike')).toBe('can i talk to mike');
    expect(glossSpanish('mike está disponible')).toBe('is mike there');
    expect(glossSpanish('anda mike por ahí')).toBe('is mike there');
    expect(glossSpanish('con el dueño por favor')).toBe('put me through to the owner por favor');
    // Not a day asked about, nor someone coming to pick the caller up.
    expect(glossSpanish('lunes está disponible')).toBe('lunes está disponible');
    expect(glossSpanish('me pasa a buscar mi hijo')).toBe('me pasa a buscar mi hijo');
    // Someone to take the call (tune-es-urgente.json), not someone to help with the roof.
    expect(glossSpanish('hay alguien que me pueda atender en español')).toBe('is there someone i can talk to en español');
    expect(glossSpanish('hay alguien que me pueda ayudar con el techo')).toBe('hay someone que me pueda ayudar con el techo');
  });

  it('glosses the blind tune-llaman-en-espanol.json: a listing threatened and a key to press, a business directory, work this business did failing again, time billed and not spent', () => {
    expect(glossSpanish('su negocio va a aparecer como cerrado en las busquedas')).toBe(
      'your business listing will show as closed en las busquedas',
    );
    expect(glossSpanish('solo tiene que presionar el uno')).toBe('solo tiene que press 1');
    expect(glossSpanish('le llamo de la guia de negocios hispanos')).toBe("i'm calling from a local business directory hispanos");
    expect(glossSpanish('el calentador que me instalaron ya esta goteando otra vez')).toBe(
      'el calentador that you guys did ya leaking again',
    );
    expect(glossSpanish('me cobraron cuatro horas y la muchacha nomas estuvo dos horas')).toBe(
      'charged me 4 horas y la muchacha was only here 2 horas',
    );
  });

  it("glosses the owner's work failing already, a bill over what was said, a booked visit moved and upkeep asked, as the English checks read them (tune-llamadas-de-todos-los-dias.json)", () => {
    expect(glossSpanish('mike me instalo un calentador nuevo y ya esta goteando por abajo')).toBe(
      'mike did un calentador nuevo y already leaking por abajo',
    );
    expect(glossSpanish('me dijeron que iban a ser tres horas y me cobraron cinco')).toBe('they told me and the bill was 5');
    expect(glossSpanish('tengo una limpieza para el jueves a las diez la podemos cambiar para el viernes')).toBe(
      'i have a cleaning on thursday at 10 can we move it to el viernes',
    );
    expect(glossSpanish('el codigo del gate es 4 5 2 1')).toBe('el gate code es 4 5 2 1');
    expect(glossSpanish('estoy buscando trabajo estan contratando')).toBe("i'm looking for work are you hiring");
    expect(glossSpanish('cada cuanto lo tengo que cambiar')).toBe('how often do i have to change');
    expect(glossSpanish('ya nos dio el presupuesto cuando pueden empezar')).toBe('gave us the estimate when can you start');
    expect(glossSpanish('ah no es la taqueria ay perdon disculpe')).toBe('wrong number disculpe');
  });
});

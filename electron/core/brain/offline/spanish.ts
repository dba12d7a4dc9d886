import { withOrdinalSuffix } from './spokenNumbers';
import { normalizeUtterance } from './utteranceText';

/** Words only a Spanish sentence uses; English callers say "hola" and "gracias" too, so one is not enough. */
const spanishWords = new Set(
  `hola buenas buenos días dias tardes noches quiero necesito cotización cotizacion presupuesto gracias por favor
  calle avenida tengo tenemos está esta están hay que para con del los las una unos unas mi mis su ustedes usted
  puedo puede hablar dueño llamo nombre soy vivo casa baño cocina techo agua luz cuánto cuanto cobran se me nos
  después despues antes mañana manana tarde ahorita ahora mismo sí si no es muy mucho fue rompió rompio saliendo
  goteando cayó cayo árbol arbol inodoro calefacción calefaccion frío frio mamá mama mayor español espanol pintar
  limpieza pasto jardín jardin trabajan sábados sabados eso todo bueno luego llamo llaman llamen cuarto puerta pared
  drenaje sótano sotano piso niños ninos emergencia ella vive años anos instalen barras el la de y en le lo al pero
  como cuando donde ya nada nomás nomas también tambien este esto aquí aqui ahí ahi yo son hace bien porque oiga
  oye disculpe perdone encuentra`.split(/\s+/),
);
/** Words that only an English sentence uses, to hear a caller go back to English. */
const englishWords = new Set(
  `the and is it's i'm i my you you're your to of on for with that that's this have has was are be need want just
  like so but not can get out there they we our he she his what how when from at by up about yeah yes hi hey okay
  thanks please after before call do don't if or would could will some all um uh sorry english`.split(/\s+/),
);
/** Words so Spanish that one of them with another Spanish word settles it. */
const strongSpanish =
  /\b(?:hola|oiga|oye|disculpe|buenas|buenos|quiero|necesito|cotizaci[óo]n|presupuesto|gracias|por favor|hablo espa[ñn]ol|me llamo|tengo|tenemos|est[áa]|cu[áa]nto|puedo|usted|ustedes|se (?:me |nos )?(?:rompi[óo]|cay[óo]|fue|regres[óo])|hay|despu[ée]s de|eso es todo)(?![a-záéíóúñ])/;
/** An English speaker asking for Spanish is answered in Spanish too. */
const asksForSpanish = /\b(?:do you speak spanish|speak spanish|habla(?:n)? espa[ñn]ol|hablo espa[ñn]ol|en espa[ñn]ol)\b/;

/**
 * The language this turn is said in, when it says: Spanish when it asks for Spanish or is mostly
 * Spanish words with one that only Spanish has, or nothing but Spanish ("hola" alone, or "está
 * goteando" inside an English sentence, is not); English when it is plainly English ("hola buenos días" ... "oh english okay i
 * need an estimate"). Null for a name, an address or a number, which are said alike in both.
 */
export function turnLanguage(utterance: string): 'en' | 'es' | null {
  const text = normalizeUtterance(utterance);
  if (asksForSpanish.test(text)) return 'es';
  const words = text.split(/[^a-záéíóúñü']+/).filter(Boolean);
  const spanish = words.filter((word) => spanishWords.has(word)).length;
  // Distinct, so a name ("de la cruz ramon de la cruz") is not a Spanish sentence.
  const spanishKinds = new Set(words.filter((word) => spanishWords.has(word))).size;
  const english = words.filter((word) => englishWords.has(word)).length;
  if ((strongSpanish.test(text) && spanish >= 2 && spanish > english) || (spanishKinds >= 4 && english === 0)) return 'es';
  if (english >= 3 && english > 2 * spanish) return 'en';
  return null;
}

const units: Record<string, number> = {
  cero: 0,
  uno: 1,
  una: 1,
  un: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintidós: 22,
  veintidos: 22,
  veintitrés: 23,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
};
const tens: Record<string, number> = {
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};
const hundreds: Record<string, number> = {
  cien: 100,
  ciento: 100,
  doscientos: 200,
  trescientos: 300,
  cuatrocientos: 400,
  quinientos: 500,
  seiscientos: 600,
  setecientos: 700,
  ochocientos: 800,
  novecientos: 900,
};

function numberWord(word: string): boolean {
  return word in units || word in tens || word in hundreds || word === 'mil' || word === 'y';
}

/**
 * Spanish numbers said as words become digits: "mil doscientos" -> "1200", digit by digit "tres
 * cuatro uno cero" -> "3 4 1 0" (joined later like English digits). "un"/"una" alone stay words.
 */
export function spanishNumbersToDigits(text: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    if (!numberWord(word) || word === 'y' || ((word === 'un' || word === 'una') && !numberWord(words[index + 1] ?? ''))) {
      out.push(word);
      index++;
      continue;
    }
    let total = 0;
    let current = 0;
    let lastWasUnit = false;
    const start = index;
    while (index < words.length && numberWord(words[index]!)) {
      const w = words[index]!;
      if (w === 'y') {
        index++;
        continue;
      }
      if (w === 'mil') {
        total += (current || 1) * 1000;
        current = 0;
        lastWasUnit = false;
      } else if (w in hundreds) current += hundreds[w]!;
      // "cuarenta y cuatro diez", "sesenta y seis cincuenta y cinco": a pair said after a pair, as house
      // numbers are read (44 10), not added to it.
      else if (current % 100 !== 0 && (w in tens || units[w]! >= 10)) break;
      else if (w in tens) current += tens[w]!;
      else {
        // Two units in a row ("tres cuatro") are digits read one by one.
        if (lastWasUnit && units[w]! < 10) break;
        current += units[w]!;
        lastWasUnit = units[w]! < 10;
        if (
          lastWasUnit &&
          index > start &&
          !(words[index - 1]! in tens) &&
          words[index - 1] !== 'y' &&
          !(words[index - 1]! in hundreds) &&
          words[index - 1] !== 'mil'
        )
          break;
      }
      index++;
    }
    out.push(String(total + current));
  }
  return out.join(' ');
}

/** Greetings a caller may open with before asking for someone ("buenas tardes, ¿está mike?"), kept as $1. */
const greetings = String.raw`((?:(?:hola|buenas|buenos d[íi]as|buenas tardes|buenas noches|oiga|disculpe)[,\s]+)*)`;
/** A whole-utterance pattern that may open with greetings. */
const afterGreeting = (rest: string): RegExp => new RegExp(`^${greetings}${rest}`, 'u');

/** Spanish phrases the English extractors understand, as a gloss for detection only (the caller's words are kept). */
const compassPoints: Record<string, string> = { oeste: 'west', este: 'east', norte: 'north', sur: 'south' };
type Gloss = string | ((said: string, ...groups: string[]) => string);
const relatives: Record<string, string> = {
  hija: 'daughter',
  hijo: 'son',
  esposa: 'wife',
  esposo: 'husband',
  nieta: 'granddaughter',
  nieto: 'grandson',
  sobrina: 'niece',
  sobrino: 'nephew',
  hermana: 'sister',
  hermano: 'brother',
  vecina: 'neighbor',
  vecino: 'neighbor',
};
const failingVerbs: Record<string, string> = {
  goteando: 'leaking',
  despegando: 'coming off',
  pelando: 'peeling',
  cayendo: 'falling',
  cuarteando: 'cracking',
  oxidando: 'rusting',
};
const upkeepVerbs: Record<string, string> = { cambiar: 'change', limpiar: 'clean', regar: 'water' };
const weekdays: Record<string, string> = {
  lunes: 'monday',
  martes: 'tuesday',
  miercoles: 'wednesday',
  jueves: 'thursday',
  viernes: 'friday',
  sabado: 'saturday',
  domingo: 'sunday',
};
const glossary: [RegExp, Gloss][] = [
  [/\b(?:me llamo|mi nombre es)\b/g, 'my name is'],
  // "yo soy la hija alma delia ruiz": calling for a parent, as the English "i'm the daughter lori saenz".
  [
    /\b(?:yo )?soy (?:la|el|su) (hija|hijo|esposa|esposo|nieta|nieto|sobrina|sobrino|hermana|hermano|vecina|vecino)(?![\p{L}])/gu,
    (_said, relative: string) => `i'm the ${relatives[relative]}`,
  ],
  // "de parte de ramón soto", said of who is calling: not "de parte de mi mamá", "de parte de la compañía".
  [/\bde parte de\b(?! (?:mi|mis|su|sus|tu|una|un|los|las|la (?!señora)|el (?!señor))\b)/gu, 'my name is'],
  // "rosa díaz para servirle", "a sus órdenes": courtesy after a name, never part of it.
  [/\b(?:para servirle|a sus [óo]rdenes|a la orden|su servidora?)(?![\p{L}])/gu, ''],
  // "soy rosa", "sí soy claudia benavides", "hola oiga soy rebeca luna": not "soy de aquí".
  [/(?:^|\b(?:hola|bueno|buenas|sí|si|oiga|pues|yo|mire)\s+)soy\b(?! de\b)/g, 'my name is'],
  // "aquí le habla rosa", "buenos días habla la señora irma": not "si me habla despacito".
  [
    /(?:^|\b(?:días|tardes|noches|hola|buenas|bueno) |\b(?:aqu[íi] )?(?:le|les) )habla\b(?! (?:espa[ñn]ol|ingl[ée]s))/g,
    'my name is',
  ],
  // "el 330 de la olive street": the house number before an English street name.
  [/\b(\d{1,6}) (?:de la|del) (?!calle\b|avenida\b|av\b|camino\b|carretera\b|tarde\b|noche\b|ma[ñn]ana\b|mediod[íi]a\b)/g, '$1 '],
  // "4128 de la calle raleigh street", "2201 la calle es king street": "calle" said before a street
  // Denver names in English.
  [
    /\b(\d{1,6}) (?:de )?(?:la )?calle (?:es )?(?=[a-z]+ (?:street|avenue|way|drive|court|road|place|boulevard|circle|lane|parkway)\b)/g,
    '$1 ',
  ],
  // "el 2480 de dallas street": "de" alone before an English street name.
  [/\b(\d{3,6}) de (?=[a-z]+ (?:street|avenue|way|drive|court|road|place|boulevard|circle|lane|parkway)\b)/g, '$1 '],
  // "el 9835 de east 104 avenida": "de" between the house number and the street's direction.
  [/\b(\d{1,6}) de (?=(?:east|west|north|south) )/g, '$1 '],
  // "cuarenta y cuatro diez de la treinta y dos avenida oeste": 4410 West 32nd Avenue.
  // "4521 west 38 avenida" and "5230 de la avenida 38 oeste" too.
  [
    /(?<=\b\d{1,6} (?:(?:west|east|north|south) )?|\bla (?:(?:west|east|north|south) )?)(\d{1,3}) avenida(?: (oeste|este|norte|sur))?\b/g,
    (_, street: string, side?: string) => `${side ? `${compassPoints[side]} ` : ''}${withOrdinalSuffix(street)} avenue`,
  ],
  [
    /(?<=\b\d{1,6} )(?:de la |del )?avenida (\d{1,3})(?: (oeste|este|norte|sur))?\b/g,
    (_, street: string, side?: string) => `${side ? `${compassPoints[side]} ` : ''}${withOrdinalSuffix(street)} avenue`,
  ],
  // "la 38 avenida oeste número 2915": the house number said after the street.
  [/\b((?:(?:west|east|north|south) )?\d{1,3}(?:st|nd|rd|th) avenue) n[úu]mero (\d{1,6})\b/g, '$2 $1'],
  [/^(?:(?:mi direcci[óo]n|la direcci[óo]n|el n[úu]mero) es|(?:es|estoy en|vivo en|en) (?:el|la))\s+(?=\d)/g, ''],
  [/\bno (?:me llamen )?antes de las?\b/g, 'not before'],
  // "después de las tres no mejor después de las cinco": the time put right.
  [/\b(?:no|o),? (?:esp[ée]rese,? |espere,? |perd[óo]n,? )?mejor\b/g, 'actually'],
  // "cuarto para las cinco", "quince para las cinco", "las cuatro menos cuarto": a quarter to.
  [/\b(?:(?:un )?cuarto|15) para (?:las?|el) (\d{1,2})\b/g, (_, hour: string) => `${Number(hour) - 1 || 12}:45`],
  [/\b(\d{1,2}) menos (?:cuarto|15)\b/g, (_, hour: string) => `${Number(hour) - 1 || 12}:45`],
  // The house-number gloss above has taken the "del" of "las doce del día".
  [/\b12 (?:del )?d[íi]a\b/g, 'noon'],
  // "entre las dos y las cuatro": the number words have taken the "y".
  [/\bentre las? (\d{1,2}) (?:y )?las? (\d{1,2})\b/g, 'between $1 and $2'],
  // Clock times as said in Spanish: "las tres y media de la tarde", "a partir de las cuatro", "como a las tres".
  [/\b(\d{1,2}) (?:y )?media\b/g, '$1:30'],
  [/\b(\d{1,2}) (?:y )?cuarto\b/g, '$1:15'],
  [/\bde la (?:tarde|noche)\b/g, 'pm'],
  [/\bde la ma[ñn]ana\b/g, 'am'],
  [/\b(?:despu[ée]s del|al) mediod[íi]a\b/g, 'after 12 pm'],
  [/\bmediod[íi]a\b/g, 'noon'],
  [/\ben (?:una|1) hora\b/g, 'in an hour'],
  [/\ben media hora\b/g, 'in half an hour'],
  [/\ben (\d+) horas\b/g, 'in $1 hours'],
  [/\ben (\d+) minutos\b/g, 'in $1 minutes'],
  // One o'clock is "la una", which stays a word.
  [/\b(?:despu[ée]s de|a partir de) la una\b/g, 'after 1'],
  [/\ba la una\b/g, 'at 1'],
  [/\b(?:despu[ée]s de las?|a partir de las?)\b/g, 'after'],
  [/\b(?:como|m[áa]s o menos|tipo) a las?\b|\ba eso de las?\b/g, 'around'],
  [/\bcualquier d[íi]a\b/g, 'any day'],
  [/\ba las\b/g, 'at'],
  [/\b(?:por|en) la tarde\b/g, 'in the afternoon'],
  [/\bpor la ma[ñn]ana\b/g, 'in the morning'],
  [/\bpor la noche\b/g, 'in the evening'],
  [/\bantes de las?\b/g, 'before'],
  [/\bma[ñn]ana en la ma[ñn]ana\b/g, 'tomorrow morning'],
  // Before "mañana" alone: "hoy en la mañana" is this morning, not "en la tomorrow".
  [/\ben la ma[ñn]ana\b/g, 'in the morning'],
  [/\bma[ñn]ana\b(?! en)/g, 'tomorrow'],
  [/\ben la tarde\b/g, 'in the afternoon'],
  [/\ben la noche\b/g, 'in the evening'],
  [/\b(?:ahorita|ahora mismo|lo m[áa]s pronto posible|ya por favor)\b/g, 'as soon as possible'],
  [/\b(?:yo )?(?:les|le) llamo (?:luego|despu[ée]s|m[áa]s tarde)\b/g, "i'll call back later"],
  // "no mejor no me llame ... yo le hablo mañana temprano", "yo le vuelvo a llamar el lunes": the caller
  // will ring, not "le hablo para preguntar" (I am calling to ask) nor "no me llame antes de" (above).
  [/\bno me llamen?\b(?! (?:antes|despu[ée]s|hasta|a la|al|before|after|until|at|around|between)\b)/gu, "don't call me back"],
  [/\b(?:yo )?(?:le|les) vuelvo a (?:llamar|hablar|marcar)\b/gu, "i'll call you back"],
  [
    /\b(?:yo )?(?:le|les) (?:hablo|llamo|marco) (?=(?:ma[ñn]ana|tomorrow|luego|later|despu[ée]s|m[áa]s tarde|otro d[íi]a|la (?:pr[óo]xima|otra) semana|next week|el (?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo))(?![\p{L}]))/gu,
    "i'll call you back ",
  ],
  [
    // "quiero que mike me llame hoy": one word may name who is to call.
    /\bll[áa]men?me\b|\bme (?:puede|pueden|podr[íi]a|podr[íi]an) (?:llamar|marcar)\b|\b(?:que|dígale que) (?:(?!no(?![\p{L}]))\p{L}+ )?me (?:vuelva a )?(?:llame|llamar|marque|marcar)(?![\p{L}])/gu,
    'call me',
  ],
  [
    /\b(?:puedo|quiero|quisiera|quer[íi]a|necesito|necesitaba|d[ée]jeme|me deja|me gustar[íi]a|podr[íi]a) hablar (?:directamente |personalmente )?con\b/g,
    'can i talk to',
  ],
  // "hay alguien ahí con quien pueda hablar": someone there to talk to, as the English check reads it.
  [/\bcon qui[ée]n (?:pueda|puedo|podr[íi]a) hablar\b/g, 'i can talk to'],
  [/\balguien ah[íi](?![\p{L}])/gu, 'someone there'],
  // "hay alguien que me pueda atender en español": someone to take the call, not to do the work.
  [/\bhay alguien que me (?:pueda|puede|podr[íi]a) (?:atender|explicar)(?![\p{L}])/gu, 'is there someone i can talk to'],
  // "no hay alguien de carne y hueso con quien hablar": a person, not a machine.
  [/\b(?:no )?hay alguien de carne y hueso\b/g, 'is there a real person'],
  [/\bde carne y hueso\b/g, 'real person'],
  // "¿está Mike?", "¿está el dueño?" said on its own, not "el techo está goteando".
  [
    afterGreeting(String.raw`¿?\s*(?:est[áa]|se encuentra) ((?:el |la )?\p{L}+)(?: por ah[íi]| disponible)?\s*\??\s*$`),
    '$1is $2 there',
  ],
  // "buenos días está mike por favor quería hablar con él", "se encuentra el dueño de la compañía es
  // que prefiero explicarle a él": asked for first, then why; not a thing that "está goteando" or
  // "está mojado".
  [
    afterGreeting(
      String.raw`¿?\s*(?:est[áa]|se encuentra) ((?:el |la )?(?:se[ñn]or |se[ñn]ora |don |doña )?(?!\p{L}+(?:ando|iendo|ado|ido)(?![\p{L}]))\p{L}+)(?: de la (?:compa[ñn][íi]a|empresa)| del negocio)?(?: por ah[íi]| disponible)?\s*\??(?=\s+(?:por favor|es que|quer[íi]a|quiero|quisiera|me gustar[íi]a|necesito|para hablar|can i talk|(?:él |ella )?me dijo)(?![\p{L}]))`,
    ),
    '$1is $2 there',
  ],
  // "mike está disponible", "anda mike por ahí", said on their own.
  [
    afterGreeting(
      String.raw`¿?\s*(?:anda )?(?!(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|ma[ñn]ana|hoy|eso|esto|todo|qui[ée]n)(?![\p{L}]))(\p{L}+) (?:est[áa] (?:disponible|por ah[íi])|por ah[íi])\s*\??\s*$`,
    ),
    '$1is $2 there',
  ],
  [/\bel due[ñn]o\b/g, 'the owner'],
  [/\balguien\b/g, 'someone'],
  [/\bun humano\b/g, 'a human'],
  [/\bun ser humano\b/g, 'a human being'],
  [/\b(?:el jefe|el patr[óo]n|el encargado)\b/g, 'the boss'],
  [/\buna persona (?:real|de verdad)(?![\p{L}])/gu, 'a real person'],
  [/\buna persona\b/g, 'a person'],
  [/\bno con una (?:m[áa]quina|grabaci[óo]n|computadora)\b/g, 'not a machine'],
  // Also "oiga y no me puede pasar con mike": asked politely, not refused.
  [
    /\b(?:no me (?:puede|podr[íi]a)n? (?:pasar|comunicar) con|me (?:puede(?:n)? )?(?:comunica(?:n|r)?(?: con)?|pasa(?:n|r)? con|transferir (?:con|a)|pasa(?:n|r)? al?(?= (?!\p{L}+(?:ar|er|ir)(?![\p{L}]))))|com[uú]n[íi]queme con|transfi[ée]rame (?:con|a)|p[áa]s[ae]me (?:al?|con))(?![\p{L}])/gu,
    'put me through to',
  ],
  // "con el dueño por favor", said alone: put through to him.
  [afterGreeting(String.raw`con (?=(?:the owner|the boss|a person|a real person)(?:\s+por favor)?\s*$)`), '$1put me through to '],
  [/\b(?:p[áa]s[ae]melo|me lo (?:puede(?:n)? )?(?:comunica(?:n|r)?|pasa(?:n|r)?))\b/g, 'put him on the phone'],
  // "con el señor mike", "soy la señora carmen zamora": the title before a name.
  [/\b(?:(?:el |al )?se[ñn]or|(?:la )?se[ñn]ora|don|doña) (?=\p{L})/gu, ''],
  [/\b(?:con|to) él(?![\p{L}])/gu, 'to him'],
  // Not "quiero alguien que venga a limpiar", someone sent to do the work.
  [/\bquiero (?:a person|someone|a human)\b(?! (?:que|para|a) )/g, 'i want a real person'],
  // Misdials and pitches, in the words the English checks know.
  [
    /\b(?:se )?equivoc[óo] de n[úu]mero\b|\bme equivoqu[ée](?: de n[úu]mero)?(?![\p{L}])|\bn[úu]mero equivocado\b|\b(?:marqu[ée]|marc[óo]) mal\b|\b(?:me dieron|me pasaron|tengo|tiene) mal el n[úu]mero\b|\bes otro n[úu]mero\b/gu,
    'wrong number',
  ],
  // "ah no es ahí ok disculpe": not the place they called.
  [/\b(?:ah|oh|ay) no es ah[íi](?= (?:ok|okay|disculpe|perdón|perdone|gracias)|$)/gu, 'wrong number'],
  // "ah no es la taqueria ay perdon disculpe": another place, and an apology.
  [
    /\b(?:ah|oh|ay),? no es (?:la|el|los|las) \p{L}+(?: \p{L}+)?,? (?:ay |oh )?(?:perd[óo]n(?:e)?|disculpe|lo siento)\b/gu,
    'wrong number',
  ],
  [/\bdepartamento de impuestos\b/g, 'the irs'],
  // Leads sold to contractors: "una agencia de clientes potenciales", "le mandamos los contactos cada semana".
  [/\b(?:agencia|compañía|empresa) de clientes potenciales\b/g, 'lead generation company'],
  [/\ble mandamos (?:los )?(?:contactos|clientes)\b/g, 'we send you leads'],
  // Not "le hablo de parte de mi mamá", on her behalf.
  [/\ble (?:hablo|hablamos|llamo|llamamos) (?:de|desde)(?! parte)(?: una| la| el)?\b/g, "i'm calling from a"],
  // "le habla andrea de una agencia de marketing ... le podemos mandar diez trabajos por semana".
  [/\bmy name is (\p{L}+) (?:de|desde) (?:una|la|el)\b/gu, "my name is $1 i'm calling from a"],
  [/\ble (?:podemos|vamos a) mandar (?:[\p{L}\d]+ )?(?:trabajos|clientes|contactos)\b/gu, 'we send you jobs'],
  // "para ofrecerle publicidad para su negocio": a seller of advertising.
  [
    /\b(?:ofrecerle|ofrecerles|venderle|venderles) (?:publicidad|anuncios)(?: (?:para|a) su (?:negocio|empresa))?/g,
    'advertise your business',
  ],
  [/\bsalga primero en google\b/g, 'show up first on google'],
  [/\b(?:una )?llamada por cobrar\b/g, 'a collect call'],
  [/\bacepta (?:usted )?los cargos\b/g, 'accept the charges'],
  [/\b(?:oprima|oprimir|presione|presionar|marque)(?: el)?\b/g, 'press'],
  // "su negocio va a aparecer como cerrado en las búsquedas": a listing threatened, as the English scripts put it.
  [
    /\bsu negocio (?:va a aparecer|aparece|aparecer[áa]|puede aparecer) como cerrado\b/g,
    'your business listing will show as closed',
  ],
  [/\bperfil de negocio(?:s)? (?:en|de) google\b/g, 'google business profile'],
  [/\bgarant[íi]a de su (?:veh[íi]culo|carro|auto)\b/g, 'car warranty'],
  [/\bser[áa] arrestad[oa]\b|\borden de arresto\b/g, 'arrest warrant'],
  [/\b(?:una )?demanda contra usted\b|\bacci[óo]n legal\b/g, 'legal action against you'],
  [/\bagencia de (?:marketing|mercadotecnia|publicidad)\b/g, 'marketing agency'],
  [/\bdescuento en su factura\b/g, 'discount on your bill'],
  [/\bsu (?:negocio|empresa|compañ[íi]a)\b/g, 'your business'],
  [/\bsu cuenta(?: comercial)?\b/g, 'your account'],
  [/\b(?:va a ser|ser[áa]) (?:suspendida|cancelada|desconectada)\b/g, 'will be suspended'],
  [/\bpago atrasado\b|\bsaldo vencido\b/g, 'past due balance'],
  [/\btarjetas? prepagadas?\b/g, 'prepaid card'],
  [/\bcortar(?:le)? (?:la luz|el gas|el servicio)\b/g, 'cut off the power'],
  [/\b(?:usted )?(?:fue|ha sido) (?:seleccionad|elegid)[oa]\b|\bganador de (?:nuestro|un) sorteo\b/g, 'you have been selected'],
  [/\bse gan[óo] (?:un|una)\b/g, 'you won a'],
  [/\btarjetas? de regalo\b/g, 'gift card'],
  [/\bsolicitud de pr[ée]stamo\b/g, 'loan application'],
  [/\bpr[ée]stamos? para (?:pequeños )?negocios\b|\bprecalificad[oa] para un pr[ée]stamo\b/g, 'business loan'],
  [/\b(?:estamos )?haciendo una encuesta\b/g, 'conducting a survey'],
  [/\b(?:agencia de trabajo temporal|agencia de personal)\b/g, 'staffing agency'],
  [/\bqueremos ser su proveedor\b/g, 'we want to be your supplier'],
  [/\bpara (?:los )?(?:contratistas|negocios|empresas)\b/g, 'for contractors'],
  [/\b(?:paquetes de )?anuncios\b/g, 'advertising'],
  [/\b(?:directorio comercial|gu[íi]a (?:de|comercial de) negocios)\b/g, 'local business directory'],
  [/\brese[ñn]as de una estrella\b/g, 'one star reviews'],
  [/\bpor una cuota\b/g, 'for a small fee'],
  // "sí": \b finds no edge after an accented letter, so the word ends where no letter follows.
  [/^s[íi](?!\p{L})/gu, 'yes'],
  [/\bno gracias\b/g, 'no thanks'],
  [/\beso es todo\b/g, "that's all"],
  [/\badi[óo]s\b/g, 'bye'],
  // Complaints about this business's work, a no-show or a bill, and thanks, in the words classifyIntent knows.
  [
    /\b(?:el trabajo |todo )?(?:qued[óo]|est[áa]) mal hecho\b|\b(?:el trabajo |la pintura |todo )?(?:no )?qued[óo] (?:mal|bien)\b/g,
    (said) => (/\bno qued|mal/.test(said) ? 'shoddy work' : said),
  ],
  [/\bnadie (?:vino|lleg[óo]|se present[óo])(?![\p{L}])/gu, 'nobody showed'],
  // "quedamos que mike venía el martes y no vino ni me avisó".
  [/\b(?:y )?no vino ni (?:me |nos )?avis[óo](?![\p{L}])/gu, "didn't show"],
  // "vino mike a cambiarme la válvula": someone sent by this business, as "vinieron a" below.
  [
    /\bvino (?:\p{L}+|su (?:técnico|plomero|muchacho|trabajador)) a (?:cambiar|arreglar|pintar|instalar|limpiar|reparar|destapar|dar(?:le|me|nos)? servicio)(?:me|le|nos)?(?![\p{L}])/gu,
    'you guys fixed',
  ],
  // "ya le pagué y sigue goteando, no me parece justo": work paid for, not right.
  [/\bno (?:es|me parece) justo\b/g, 'not fair'],
  // "el calentador que me instalaron hace dos semanas", "la muchacha nomás estuvo dos horas", "ya está
  // goteando otra vez": work this business did, billed for more time than was spent, failed again.
  [/\b(?:que|lo que) (?:me|nos|le) (?:instalaron|pusieron|cambiaron|arreglaron|pintaron)(?![\p{L}])/gu, 'that you guys did'],
  [/\b(?:nom[áa]s|s[óo]lo|solamente) (?:estuvo|estuvieron)(?![\p{L}])/gu, 'was only here'],
  [/\b(?:est[áa] )?goteando (?:otra vez|de nuevo)\b/g, 'leaking again'],
  [
    /\b(?:otra vez|de nuevo) se (?:tap[óo]|descompuso|rompi[óo])(?![\p{L}])|\bse volvi[óo] a (?:tapar|descomponer|romper)\b/gu,
    'clogged again',
  ],
  // "el martes vinieron a destapar el inodoro": this business's visit, for whether its work failed since.
  [/\b(?:ustedes )?vinieron a (?:destapar|arreglar|pintar|instalar|limpiar|cambiar|reparar|componer)\b/g, 'you guys fixed'],
  // "ustedes me cambiaron el calentador": this business's past work, said as the English checks know it.
  [/\bustedes (?:me |nos |le )?(?:arreglaron|repararon)\b/g, 'you guys fixed'],
  [/\bustedes (?:me |nos |le )?(?:cambiaron|instalaron|pusieron)\b/g, 'you guys did'],
  [/\bustedes (?:me |nos |le )?pintaron\b/g, 'you guys painted'],
  [/\bustedes (?:me |nos |le )?limpiaron\b/g, 'you guys cleaned'],
  // "mike me instalo un calentador ... y ya esta goteando", "ya se esta despegando uno": the owner's work
  // ("did", which the English checks read as work done, not as new work wanted), failing already.
  [/\b(?:me|nos) (?:instal[óo]|puso|cambi[óo]|arregl[óo]|pint[óo]|limpi[óo])(?![\p{L}])/gu, 'did'],
  [
    /\bya (?:se )?est[áa]n? (goteando|despegando|pelando|cayendo|cuarteando|oxidando)\b/g,
    (_, verb: string) => `already ${failingVerbs[verb]}`,
  ],
  // "me dijeron que iban a ser tres horas y me cobraron cinco": billed over what was said.
  [/\bme dijeron que (?:iba|iban) a (?:ser|cobrar|tardar)\b[^.!?]{0,30}\by me cobraron\b/g, 'they told me and the bill was'],
  // A booked visit moved, word left for it: "tengo una limpieza para el jueves ... la podemos cambiar para el
  // viernes", "para avisarle a mike que tomorrow que venga ... el codigo del gate es 4 5 2 1".
  [
    /\btengo (?:una|mi) (limpieza|cita) para el (lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\b/g,
    (_, visit: string, day: string) =>
      `i have ${visit === 'cita' ? 'an appointment' : 'a cleaning'} on ${weekdays[day.normalize('NFD').replace(/\p{M}/gu, '')]}`,
  ],
  [/\b(?:la|lo) (?:podemos|puedo|pueden|puede) (?:cambiar|mover|pasar) (?:para|al?)\b/g, 'can we move it to'],
  [/\bque tomorrow que venga\b|\bcuando venga tomorrow\b/g, "he's coming tomorrow"],
  [/\bc[óo]digo del (?:gate|port[óo]n|candado|garage)\b/g, 'gate code'],
  // Work, not a job: "estoy buscando trabajo ... están contratando".
  [/\b(?:estoy|ando) buscando trabajo\b/g, "i'm looking for work"],
  [/\best[áa]n contratando\b/g, 'are you hiring'],
  // Upkeep asked about: "cada cuanto lo tengo que cambiar".
  [
    /\bcada cu[áa]nto (?:lo |la |los |las )?(?:tengo|tenemos|hay) que (cambiar|limpiar|regar)\b/g,
    (_, verb: string) => `how often do i have to ${upkeepVerbs[verb]}`,
  ],
  // A price given and taken: "ya nos dio el presupuesto ... cuando pueden empezar".
  [/\b(?:ya )?(?:nos|me) dio el (?:presupuesto|estimado|precio)\b/g, 'gave us the estimate'],
  [/\bcu[áa]ndo (?:pueden|puede|podr[íi]an) empezar\b/g, 'when can you start'],
  // "dejaron gotas de pintura ... quedaron sin terminar ... nadie ha regresado": paid for, not finished.
  [/\b(?:quedaron |qued[óo] |est[áa]n? )?sin terminar\b/g, "weren't done"],
  [/\bnadie (?:ha )?(?:regresado|vuelto|regres[óo]|volvi[óo])\b/g, 'nobody has been back'],
  [/\b(?:por|en) el mismo lugar\b/g, 'same spot'],
  // "hola una pregunta nomás", "eso era todo gracias": a question only, and answered.
  [
    /^(?:(?:hola|buenas|buenos d[íi]as|buenas tardes|oiga|mire)\s+)*(?:nom[áa]s |s[óo]lo |nada m[áa]s )?una pregunta\b/g,
    'quick question',
  ],
  [/\beso (?:era|es) todo\b(?= gracias| muchas gracias|$)/g, "that's all i needed"],
  [/\bme (?:llamaron|marcaron) de este n[úu]mero\b/g, 'someone called me from this number'],
  [/\bnadie me (?:llam[óo]|regres[óo] la llamada)(?![\p{L}])/gu, 'nobody called'],
  [/\bme cobraron (?:mucho |bastante |(?:casi |como |unos )?\d+ d[óo]lares )?m[áa]s(?: de lo que)?\b/g, 'overcharged'],
  [/\bno (?:estoy|estamos|quedamos|qued[ée]) (?:nada |muy )?content[oa]s?\b/g, 'not happy'],
  [/\bvolvi[óo] a (?:gotear|salir|fallar|tapar(?:se)?|romper(?:se)?)\b/gu, 'leaking again'],
  [
    /\b(?:nom[áa]s |solo |s[óo]lo )?(?:quer[íi]a|quiero|llamo para|le llamo para) (?:decirle|darle)(?: a \p{L}+)?(?: que)? (?:las )?(?:muchas )?gracias\b/gu,
    'just wanted to say thank you',
  ],
  [/\bcu[áa]nto (?:me |nos )?(?:cobra|cobran|cobrar[íi]an?)\b/g, 'how much do you charge'],
  [/\bme cobraron\b/g, 'charged me'],
  [/\bcu[áa]nto (?:me |nos )?(?:sale|saldr[íi]an?|cuesta|costar[íi]a)\b/g, 'how much does it cost'],
  [/\b(?:cotizaci[óo]n|presupuesto)\b/g, 'quote'],
  // "me pueden hacer un estimado": one asked for; "lo que decía el estimado" is one given.
  [/\bun estimado\b/g, 'a quote'],
];

/** The utterance with Spanish numbers as digits and common Spanish phrases glossed in English. */
export function glossSpanish(utterance: string): string {
  let text = spanishNumbersToDigits(normalizeUtterance(utterance));
  for (const [pattern, english] of glossary)
    text = typeof english === 'string' ? text.replace(pattern, english) : text.replace(pattern, english);
  return text;
}

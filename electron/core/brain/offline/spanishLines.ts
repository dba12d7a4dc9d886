import type { Settings } from '../../../shared/settings';
import type { Question } from './conversationState';
import type { SafetyStep } from './safetyFirst';
import { firstName } from './receptionistLines';
import { speakDigits } from './speakDigits';

type Business = Pick<Settings, 'businessName' | 'ownerName'>;

/** Who the caller is put through to or called back by, in Spanish. */
function owner(business: Business): string {
  return business.ownerName.trim() || 'el dueño';
}

/** The receptionist's basic lines in Spanish, for a caller who speaks Spanish. */
export function ask(
  question: Question,
  {
    business,
    misses,
    numberToConfirm = null,
    numberJustSaid = false,
  }: {
    business: Business;
    misses: number;
    numberToConfirm?: string | null;
    numberJustSaid?: boolean;
  },
): string {
  const again = misses > 0;
  switch (question) {
    case 'project':
      return again ? 'Perdón, ¿me puede decir qué trabajo necesita?' : '¿En qué le podemos ayudar?';
    case 'name':
      return again ? 'Perdón, no entendí su nombre. ¿Cómo se llama?' : '¿Me da su nombre, por favor?';
    case 'address':
      return again ? 'Perdón, ¿cuál es la dirección donde es el trabajo?' : '¿Cuál es la dirección del trabajo?';
    case 'callbackTime':
      return `¿A qué hora le puede llamar ${owner(business)}?`;
    case 'callbackNumber':
      if (numberToConfirm === null) return '¿A qué número le llamamos?';
      if (numberJustSaid) return `Le repito el número: ${speakDigits(numberToConfirm)}. ¿Es correcto?`;
      return `¿Le llamamos al ${speakDigits(numberToConfirm)}?`;
    case 'anythingElse':
      return again ? 'Perdón, no le entendí. ¿Algo más en que le pueda ayudar?' : '¿Algo más en que le pueda ayudar?';
  }
}

export function emergencyTransfer(business: Business): string {
  return `Eso parece una emergencia. Le comunico con ${owner(business)} ahora mismo.`;
}

export function emergencyMessage(business: Business): string {
  return `Eso parece una emergencia. ${owner(business)} no puede contestar ahora; deje un mensaje con su dirección después del tono y lo marco como urgente.`;
}

/** Said first, before the emergency line (receptionistLines.safetyFirst). */
export function safetyFirst(step: SafetyStep): string {
  switch (step) {
    case 'gas':
      return 'Salgan todos ahora, no prendan ni apaguen nada, y llamen al 911 o a la compañía de gas desde afuera.';
    case 'carbonMonoxide':
      return 'Salgan todos al aire libre ahora mismo y llamen al 911.';
    case 'fire':
      return 'Salgan todos ahora y llamen al 911.';
    case 'someoneHurt':
      return 'Llame al 911 ahora si hay alguien herido o atrapado.';
  }
}

/** An emergency heard, before the one thing asked first (the address, or who is calling). */
function gettingOwner(business: Business): string {
  return `Eso parece una emergencia y le voy a comunicar con ${owner(business)}.`;
}

export function emergencyAddress(business: Business): string {
  return `${gettingOwner(business)} Rápido, ¿cuál es la dirección?`;
}

/** In an emergency, of a caller who gave their name when asked the address. */
export function addressAfterName(name: string, business: Business): string {
  return `Gracias, ${firstName(name)}. ¿Y la dirección, para que ${owner(business)} llegue?`;
}

/** In an emergency told with its address: who is calling, once, before the transfer. */
export function emergencyName(business: Business): string {
  return `${gettingOwner(business)} Rápido, ¿cómo se llama?`;
}

/** In an emergency, once the address is told: who is calling, before the transfer. */
export function nameAfterAddress(business: Business): string {
  return `Entendido. ¿Y su nombre, para que ${owner(business)} sepa quién llama?`;
}

export function whoIsCalling(business: Business): string {
  return `Claro, le comunico con ${owner(business)}. ¿De parte de quién?`;
}

export function slotGivenUp(): string {
  return 'No se preocupe.';
}

export function messageInstead(business: Business, name: string | null): string {
  return `Está bien${name ? `, ${firstName(name)}` : ''}, le dejo el recado a ${owner(business)}.`;
}

export function nameForOwner(business: Business): string {
  return `Con gusto. ¿Y su nombre, para que ${owner(business)} sepa quién llama?`;
}

export function nameBeforeGoing(business: Business): string {
  return `Claro. Antes de colgar, ¿me da su nombre para que ${owner(business)} sepa que llamó?`;
}

export function whatItsAbout(business: Business, name: string | null = null): string {
  return `${name ? `Gracias, ${name}.` : 'Claro.'} ¿De qué se trata, para decírselo a ${owner(business)}?`;
}

export function transfer(business: Business): string {
  return `Claro, le comunico con ${owner(business)}.`;
}

export function offerMessage(business: Business): string {
  return `${owner(business)} no puede contestar ahora, pero puedo tomar un mensaje. Déjelo después del tono.`;
}

export function noAnswer(business: Business): string {
  return `Buena pregunta. Se la anoto a ${owner(business)} para que le conteste cuando le llame.`;
}

export function thanks(name: string): string {
  return `Gracias, ${firstName(name)}.`;
}

export function acknowledge(kind: 'project' | 'complaint' | 'time' | 'number' | 'address'): string {
  switch (kind) {
    case 'project':
      return 'Claro, con gusto le ayudamos.';
    case 'complaint':
      return 'Lamento mucho oír eso.';
    case 'time':
      return 'Muy bien.';
    case 'number':
      return 'Perfecto.';
    case 'address':
      return 'Entendido.';
  }
}

export function wrapUp(business: Business, nothingToFollowUp: boolean): string {
  if (nothingToFollowUp) return `Gracias por llamar a ${business.businessName}. Adiós.`;
  return `Gracias por llamar. ${owner(business)} le va a devolver la llamada. Que tenga buen día.`;
}

export function wrongNumber(business: Business): string {
  return `No se preocupe. Aquí es ${business.businessName}. Que tenga buen día.`;
}

/** Who a caller who may have misdialled has reached. */
function reachedUs(business: Business): string {
  return `Se comunicó con ${business.businessName}, una empresa de contratistas.`;
}

export function wrongNumberOffer(business: Business): string {
  return `${reachedUs(business)} ¿Le podemos ayudar en algo?`;
}

export function checkWrongNumber(business: Business): string {
  return `${reachedUs(business)} ¿Buscaba a otra persona?`;
}

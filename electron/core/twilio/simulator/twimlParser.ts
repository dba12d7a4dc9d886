/** A parsed XML element. Text children keep their entities decoded. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class TwimlParseError extends Error {
  constructor(message: string, offset: number) {
    super(`${message} at offset ${offset}`);
    this.name = 'TwimlParseError';
  }
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const nameChar = /[A-Za-z0-9_:.-]/;
const nameStart = /[A-Za-z_:]/;

/** A strict parser for the XML subset TwiML uses: elements, attributes, text, CDATA, comments. */
class XmlParser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parseDocument(): XmlElement {
    this.skipProlog();
    if (this.src[this.pos] !== '<') this.fail('expected the root element');
    const root = this.parseElement();
    this.skipMisc();
    if (this.pos < this.src.length) this.fail('content after the root element');
    return root;
  }

  private fail(message: string): never {
    throw new TwimlParseError(message, this.pos);
  }

  private startsWith(token: string): boolean {
    return this.src.startsWith(token, this.pos);
  }

  private skipWhitespace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] ?? '')) this.pos++;
  }

  private skipPast(terminator: string, what: string): number {
    const end = this.src.indexOf(terminator, this.pos);
    if (end < 0) this.fail(`unterminated ${what}`);
    this.pos = end + terminator.length;
    return end;
  }

  private skipProlog(): void {
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipWhitespace();
    if (this.startsWith('<?xml')) this.skipPast('?>', 'XML declaration');
    this.skipMisc();
    if (this.startsWith('<!DOCTYPE')) this.skipPast('>', 'DOCTYPE');
    this.skipMisc();
  }

  private skipMisc(): void {
    for (;;) {
      this.skipWhitespace();
      if (this.startsWith('<!--')) this.skipPast('-->', 'comment');
      else if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
      else return;
    }
  }

  private parseName(): string {
    const start = this.pos;
    if (!nameStart.test(this.src[this.pos] ?? '')) this.fail('expected a name');
    while (nameChar.test(this.src[this.pos] ?? '')) this.pos++;
    return this.src.slice(start, this.pos);
  }

  private parseElement(): XmlElement {
    this.pos++; // '<'
    const name = this.parseName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = this.pos;
      this.skipWhitespace();
      if (this.startsWith('/>')) {
        this.pos += 2;
        return { name, attributes, children: [] };
      }
      if (this.startsWith('>')) {
        this.pos++;
        break;
      }
      if (this.pos === before) this.fail(`expected whitespace before an attribute of <${name}>`);
      const attr = this.parseName();
      this.skipWhitespace();
      if (this.src[this.pos] !== '=') this.fail(`expected = after attribute ${attr}`);
      this.pos++;
      this.skipWhitespace();
      if (attr in attributes) this.fail(`duplicate attribute ${attr}`);
      attributes[attr] = this.parseQuoted();
    }
    const children = this.parseContent(name);
    return { name, attributes, children };
  }

  private parseQuoted(): string {
    const quote = this.src[this.pos];
    if (quote !== '"' && quote !== "'") this.fail('expected a quoted attribute value');
    this.pos++;
    const end = this.src.indexOf(quote, this.pos);
    if (end < 0) this.fail('unterminated attribute value');
    const raw = this.src.slice(this.pos, end);
    if (raw.includes('<')) this.fail('< inside an attribute value');
    const value = this.decode(raw, this.pos);
    this.pos = end + 1;
    return value;
  }

  private parseContent(parent: string): XmlNode[] {
    const children: XmlNode[] = [];
    let text = '';
    const flushText = (): void => {
      if (text) children.push(text);
      text = '';
    };
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`unclosed <${parent}>`);
      if (this.startsWith('</')) {
        this.pos += 2;
        const name = this.parseName();
        if (name !== parent) this.fail(`</${name}> closes <${parent}>`);
        this.skipWhitespace();
        if (this.src[this.pos] !== '>') this.fail(`expected > after </${name}`);
        this.pos++;
        flushText();
        return children;
      }
      if (this.startsWith('<!--')) {
        this.skipPast('-->', 'comment');
      } else if (this.startsWith('<![CDATA[')) {
        this.pos += 9;
        const start = this.pos;
        text += this.src.slice(start, this.skipPast(']]>', 'CDATA section'));
      } else if (this.startsWith('<?')) {
        this.skipPast('?>', 'processing instruction');
      } else if (this.startsWith('<')) {
        flushText();
        children.push(this.parseElement());
      } else {
        const next = this.src.indexOf('<', this.pos);
        const end = next < 0 ? this.src.length : next;
        text += this.decode(this.src.slice(this.pos, end), this.pos);
        this.pos = end;
      }
    }
  }

  private decode(raw: string, offset: number): string {
    return raw.replace(/&([^;\s&]*);?/g, (match, body: string, index: number) => {
      if (!match.endsWith(';')) throw new TwimlParseError('unescaped &', offset + index);
      const named = namedEntities[body];
      if (named !== undefined) return named;
      const numeric = /^#x([0-9a-fA-F]+)$/.exec(body) ?? /^#([0-9]+)$/.exec(body);
      if (numeric?.[1]) {
        const code = Number.parseInt(numeric[1], body.startsWith('#x') ? 16 : 10);
        if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      }
      throw new TwimlParseError(`unknown entity &${body};`, offset + index);
    });
  }
}

export function parseXml(source: string): XmlElement {
  return new XmlParser(source).parseDocument();
}

/** Parses a TwiML document; its root must be <Response>, as Twilio requires. */
export function parseTwiml(source: string): XmlElement {
  const root = parseXml(source);
  if (root.name !== 'Response') throw new TwimlParseError(`root element is <${root.name}>, not <Response>`, 0);
  return root;
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** All text inside an element (including nested SSML tags), with whitespace collapsed as speech would. */
export function textOf(element: XmlElement): string {
  const collect = (node: XmlNode): string => (typeof node === 'string' ? node : node.children.map(collect).join(''));
  return element.children.map(collect).join('').replace(/\s+/g, ' ').trim();
}

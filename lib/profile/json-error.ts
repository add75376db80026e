/**
 * Where a JSON text breaks, as "line L, column C: what was expected". Engines word their
 * SyntaxError differently (Node 20 gives no position at all for some errors), so a small
 * scanner finds the first error itself; the engine's message is the fallback.
 */

type Found = { offset: number; expected: string };

/**
 * An open container and whether a value has been read in it yet. Kept on an explicit stack,
 * not the call stack: a file of 20,000 "[" must get a message, not a stack overflow.
 */
type Frame = { close: ']' | '}'; first: boolean };

class Scan {
  i = 0;
  private readonly stack: Frame[] = [];
  constructor(private readonly s: string) {}

  run(): Found | null {
    try {
      this.ws();
      this.value();
      for (let top = this.stack.at(-1); top; top = this.stack.at(-1)) this.step(top);
      this.ws();
      if (this.i < this.s.length) this.fail('the end of the file');
      return null;
    } catch (found) {
      if (typeof found === 'object' && found && 'offset' in found) return found as Found;
      throw found;
    }
  }

  private fail(expected: string): never {
    throw { offset: this.i, expected } satisfies Found;
  }

  private ws() {
    while (/[ \t\n\r]/.test(this.s[this.i] ?? '')) this.i++;
  }

  /** A scalar is read whole; "[" or "{" only opens its container, which run() then reads. */
  private value(): void {
    const c = this.s[this.i];
    if (c === '{' || c === '[') {
      this.i++;
      this.stack.push({ close: c === '{' ? '}' : ']', first: true });
    } else if (c === '"') this.string();
    else if (c !== undefined && /[-0-9]/.test(c)) this.number();
    else this.literal();
  }

  /** One step inside the innermost container: its end, or the next (comma-separated) entry. */
  private step(top: Frame) {
    this.ws();
    const c = this.s[this.i];
    if (c === top.close) {
      this.i++;
      this.stack.pop();
      return;
    }
    if (!top.first) {
      if (c !== ',') this.fail(`a comma or ${top.close}`);
      this.i++;
      this.ws();
    }
    top.first = false;
    if (top.close === '}') {
      if (this.s[this.i] !== '"') this.fail('a "quoted" property name');
      this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail('a colon');
      this.i++;
      this.ws();
    }
    this.value();
  }

  private literal(): void {
    for (const word of ['true', 'false', 'null']) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    this.fail('a value');
  }

  private string() {
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined || c === '\n') this.fail('a closing quote');
      this.i += c === '\\' ? 2 : 1;
      if (c === '"') return;
    }
  }

  private number() {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (!match?.[0]) this.fail('a number');
    this.i += match[0].length;
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export function describeJsonError(text: string, error: unknown): string {
  const found = new Scan(text).run();
  if (found) {
    const where =
      found.offset >= text.length ? 'the end of the file (is it cut short?)' : lineColumn(text, found.offset);
    return `${where}: expected ${found.expected}`;
  }
  return error instanceof Error ? error.message : String(error);
}

import type { Candidate } from './scan';

/**
 * Brackets that count people, in any of the posting languages: "(7 persone tra ingegneri di
 * processo e sviluppatori MES)", "(je 7–9 Personen: Java-Entwickler:innen, Tester:innen)", "(28
 * engineers in four teams: Feature Platform, Model Serving)", "(5 pessoas)". What they name is who
 * the people are or what their teams are called, not what the candidate is asked for; so is a
 * name right before such a bracket ("O time de Speech & NLP (5 pessoas)": a team's name).
 */

/** After "(": a head count, possibly behind a word or two ("je", "around", "ca."), and a people noun. */
const HEAD_COUNT =
  /^\s*(?:[\p{L}.~≈]+\s+){0,2}?[~≈]?\d{1,4}(?:\s*[–-]\s*\d{1,4})?\+?\s+(?:[\p{L}-]+\s+){0,2}?(?:people|persons?|personnes|personas|pessoas|persone|personen|personer|henkilöä|osób|osoby|kişi|lidí|ludzi|mensen|members|ftes?|engineers|developers|devs|scientists|analysts|specialists|experts|agents|colleagues|employees|ingénieurs|développeurs|ingenieros|desarrolladores|ingegneri|sviluppatori|engenheiros|programadores|desenvolvedores|entwickler\p{L}*|ingenieur\p{L}*|mitarbeit\p{L}*|kolleg\p{L}*|ontwikkelaars|medewerkers|analytiků|inženýrů)\b/iu;

/**
 * The head-count brackets of one text, found once; candidates are then asked about in text
 * order, with a cursor over the brackets.
 */
export class HeadCounts {
  /** Where head-count brackets open and close, in text order. */
  private readonly opens: number[] = [];
  private readonly closes: number[] = [];
  private next = 0;

  constructor(private readonly text: string) {
    // A digit within a few characters after the bracket: most brackets stop at that native search.
    for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
      let digit = false;
      for (let k = at + 1; k < at + 14 && k < text.length; k++) {
        const ch = text.charCodeAt(k);
        if (ch >= 48 && ch <= 57) {
          digit = true;
          break;
        }
        if (ch === 41 || ch === 10) break;
      }
      if (!digit || !HEAD_COUNT.test(text.slice(at + 1, at + 80))) continue;
      let close = at + 1;
      while (close < text.length) {
        const ch = text.charCodeAt(close);
        if (ch === 41 || ch === 10) break;
        close++;
      }
      this.opens.push(at);
      this.closes.push(close);
    }
  }

  /** Is the candidate inside a head-count bracket, or right before one ("Speech & NLP (5 pessoas)")? */
  holds(c: Candidate): boolean {
    const { opens, closes, text } = this;
    while (this.next < opens.length && (closes[this.next] as number) <= c.start) this.next++;
    if (this.next >= opens.length) return false;
    const open = opens[this.next] as number;
    if (open < c.start) return c.end <= (closes[this.next] as number);
    // Right before: only spaces between the name and the bracket.
    for (let k = c.end; k < open; k++) {
      const ch = text.charCodeAt(k);
      if (ch !== 32 && ch !== 0xa0) return false;
    }
    return true;
  }
}

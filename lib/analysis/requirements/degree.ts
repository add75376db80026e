import { after, before, sentenceAround } from '../matcher/context';
import type { Cue } from '../matcher/scan';
import type { Degree } from '../types';

/**
 * Degree levels named at "degree" cue words. Short forms (BS, MS, BA, M.S.) count only written in
 * capitals and in a sentence that talks about degrees or fields of study, so "MS Excel", "100 ms"
 * and "BA" (business analyst) do not.
 */

const LEVEL: Record<string, Degree> = {
  bachelor: 'bachelor',
  bachelors: 'bachelor',
  bsc: 'bachelor',
  beng: 'bachelor',
  licence: 'bachelor',
  licenciatura: 'bachelor',
  master: 'master',
  masters: 'master',
  msc: 'master',
  meng: 'master',
  máster: 'master',
  diplom: 'master',
  phd: 'phd',
  doctorate: 'phd',
  doctoral: 'phd',
  doctorado: 'phd',
};

const DEGREE_TALK =
  /\b(?:degree|diploma|bachelor|master|ph\.?d|doctorate|computer science|related (?:field|discipline)|quantitative field|engineering|mathematics|math|statistics|physics|university|equivalent)\b|\b(?:BS|MS|BA|BSc|MSc)\s*\/|\/\s*(?:BS|MS|MSc|PhD|Ph\.D)/i;

/** "BS/MS", "MS in", "MS or PhD", "BS degree": a short form standing as a degree. */
function shortFormContext(b: string, a: string): boolean {
  return (
    /^\s*(?:\/|or\b|in\b|degree|,|&|and\b|\(|from\b|required|preferred)/i.test(a) ||
    /(?:\/|\bor|,)\s*$/i.test(b)
  );
}

function dotted(text: string, cue: Cue, letters: RegExp): boolean {
  return letters.test(text.slice(cue.end, cue.end + 6));
}

/** Does the sentence, apart from the word itself, talk about degrees or fields of study? */
function degreeTalk(text: string, cue: Cue, written: string): boolean {
  const [s, e] = sentenceAround(text, cue.start);
  return DEGREE_TALK.test(text.slice(s, e).replace(written, ' '));
}

function levelAt(text: string, cue: Cue): Degree | null {
  const written = text.slice(cue.start, cue.end);
  const word = written.toLowerCase();
  const b = before(text, cue.start, 24);
  const a = after(text, cue.end, 24);
  switch (word) {
    case 'master':
    case 'masters':
      if (/\bscrum\s+$/i.test(b) || /^\s+(?:data|key|class|plan|branch|node)\b/i.test(a)) return null;
      return /^(?:'s|’s|s)/.test(a) ||
        word === 'masters' ||
        /^\s+(?:degree|of|in)\b/i.test(a) ||
        degreeTalk(text, cue, written)
        ? 'master'
        : null;
    case 'degree':
      if (/\b(?:some|high|certain|large|great|what|varying|any)\s+$/i.test(b) || /^\s+of\b/i.test(a))
        return null;
      if (/\b(?:advanced|graduate|postgraduate)\s+$/i.test(b)) return 'master';
      return /\b(?:university|college|a|an|4-year|four-year|undergraduate|bachelor'?s?|relevant|technical|stem)\s+$/i.test(
        b,
      ) || /^\s+in\b/i.test(a)
        ? 'bachelor'
        : null;
    case 'bs':
    case 'ba':
      return written === word.toUpperCase() && shortFormContext(b, a) && degreeTalk(text, cue, written)
        ? 'bachelor'
        : null;
    case 'ms':
      return written === 'MS' && shortFormContext(b, a) && degreeTalk(text, cue, written) ? 'master' : null;
    case 'b':
      return written === 'B' && dotted(text, cue, /^\.\s?(?:S|A|Sc|Eng|Tech)\b/) ? 'bachelor' : null;
    case 'm':
      return written === 'M' && dotted(text, cue, /^\.\s?(?:S|Sc|Eng|Tech)\b/) ? 'master' : null;
    case 'ph':
      return /^\.\s?D/i.test(text.slice(cue.end, cue.end + 4)) ? 'phd' : null;
    default:
      return LEVEL[word] ?? null;
  }
}

const RANK: Record<Degree, number> = { bachelor: 0, master: 1, phd: 2 };

/** The lowest degree level the posting names ("BS/MS or PhD" is a bachelor's), or null. */
export function findDegree(text: string, cues: readonly Cue[], degreeCode: number): Degree | null {
  let best: Degree | null = null;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    if (cue.code !== degreeCode) continue;
    const level = levelAt(text, cue);
    if (level && (best === null || RANK[level] < RANK[best])) best = level;
    if (best === 'bachelor') break; // nothing lower exists
  }
  return best;
}

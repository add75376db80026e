import { isRegExpSpace } from '../matcher/chars';
import { after, sentenceAround } from '../matcher/context';
import type { Cue } from '../matcher/scan';
import { NUMBER, toNumber } from './numbers';

/**
 * Years of experience asked. Read at each "years" cue word: the figure before it ("5+ years",
 * "3-5 years", "3 to 5 years", "at least two years", "minimum of 4 years", "5 years or more",
 * "3+ Jahre"), kept only when the sentence is about experience, not the company's age.
 */

export interface YearsFound {
  pos: number;
  min: number;
  max?: number;
}

const SEPARATOR = String.raw`\s*(?:-|–|—|to|bis|à|a|y)\s*`;
const RANGE = new RegExp(`\\b${NUMBER}\\s*\\+?${SEPARATOR}${NUMBER}\\s*\\+?\\s*$`, 'i');
const SINGLE = new RegExp(`\\b${NUMBER}\\s*(\\+|plus)?\\s*$`, 'i');
const OR_MORE = /^\s*(?:\+|or more|or longer|and above|or above|oder mehr|ou plus|o más)/i;
const EXPERIENCE =
  /\b(?:experience|experienced|expertise|erfahrung|berufserfahrung|expérience|experiencia|professional|industry|hands-on|track record|working|work|building|developing|writing|shipping|using|programming)\b/i;
const NOT_EXPERIENCE =
  /\b(?:founded|ago|anniversary|history|established|old|since|warranty|contract|visa|guarantee|vesting|cliff|funded|runway|in business|track record of growth)\b/i;
/** "5+ years of Python", "3 years in ML", "2 Jahre Erfahrung": the figure is about experience. */
const EXPERIENCE_AFTER =
  /^\s*\+?\s*(?:of|in|with|as|working|hands|professional|industry|relevant|building|erfahrung|berufserfahrung|de|d'|d’)\b/i;

/** What the "ago"/"old" test needs first, read by hand: past white space, "ag" or "ol" (any case). */
export function mayBeAgoOrOld(tail: string): boolean {
  let k = 0;
  while (k < tail.length && isRegExpSpace(tail.charCodeAt(k))) k++;
  const c = tail.charCodeAt(k) | 32;
  const d = tail.charCodeAt(k + 1) | 32;
  return (c === 97 && d === 103) || (c === 111 && d === 108);
}

/** Every "up to" phrase holds one of these (lower-cased): under a non-Unicode /i only ASCII letters fold to them. */
const UP_TO_PIECES = ['up to', 'less than', 'under', 'bis zu', 'no more than'];

/** Whether `head` may match the "up to" test: it holds one of its phrases, in any case. */
export function mayBeUpTo(head: string): boolean {
  const lower = head.toLowerCase();
  for (const piece of UP_TO_PIECES) if (lower.includes(piece)) return true;
  return false;
}

/** The years of experience asked at the "years" cue word `cue`, or null when it asks none. */
export function yearsAt(text: string, cue: Cue): YearsFound | null {
  const head = text.slice(Math.max(0, cue.start - 40), cue.start);
  const tail = after(text, cue.end, 24);
  if (mayBeAgoOrOld(tail) && /^\s*(?:ago|old)\b/i.test(tail)) return null;
  let min: number | null = null;
  let max: number | undefined;
  const range = RANGE.exec(head);
  if (range) {
    min = toNumber(range[1] as string);
    const hi = toNumber(range[2] as string);
    if (hi !== null && min !== null && hi > min) max = hi;
  } else {
    const single = SINGLE.exec(head);
    if (!single) return null;
    min = toNumber(single[1] as string);
  }
  if (min === null || min > 30) return null;
  if (
    mayBeUpTo(head) &&
    !OR_MORE.test(tail) &&
    /(?:up to|less than|under|bis zu|no more than)\s*\S*\s*$/i.test(head)
  )
    return null;
  const [a, b] = sentenceAround(text, cue.start);
  const sentence = text.slice(a, b);
  if (NOT_EXPERIENCE.test(sentence) || !(EXPERIENCE_AFTER.test(tail) || EXPERIENCE.test(sentence)))
    return null;
  return max === undefined ? { pos: cue.start, min } : { pos: cue.start, min, max };
}

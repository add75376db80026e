import type { SectionSpan } from '../sections/headers';
import { lineStartOf, sentenceEnd, sentenceStart } from './context';
import type { Candidate } from './scan';

/**
 * Concepts named in a sentence where the employer speaks of itself, outside the opening and
 * "About us" prose that ../sections/employer.ts finds: "We use machine learning to approve
 * loans", "Our deep learning models watch camera feeds", "Sightframe AI builds computer-vision
 * safety software". The sentence describes the employer's product, not what the candidate
 * must know. It must be prose (no bullet), outside the requirements, and must not address the
 * candidate or the job ("our models, which you will retrain": the candidate's work). Tools in
 * such sentences stay skills: "Our stack: Go, gRPC, Kafka" names the job's tools.
 */

/** The employer as the sentence's subject, at its start. */
const SELF =
  /^[\s"'“«(]*(?:we|we're|we’re|we've|our|nous|notre|nos|wir|unser\w*|nuestr[oa]s?|trabajamos|usamos|utilizamos|il nostro|la nostra|i nostri|le nostre|usiamo)\b/i;
const BULLET = /^\s*(?:[-*•·▪►▸◦‣⁃○●■□✓✔✅⭐➤→–—+]|\d{1,2}[.)])\s/;
const CANDIDATE =
  /\b(?:you|your|you'll|you're|you’ll|you’re|yourself|candidate|role|position|du|dich|dein\w*|dir|vous|votre|vos|tu|tus|te|ti|tuo|tua|looking for|hiring|join)\b/i;

export function dropEmployerSays(
  text: string,
  candidates: readonly Candidate[],
  spans: readonly SectionSpan[],
  company: string,
): { kept: Candidate[]; dropped: Candidate[] } {
  const kept: Candidate[] = [];
  const dropped: Candidate[] = [];
  let s = 0;
  let lastStart = -1;
  let lastVerdict = false;
  for (const c of candidates) {
    let mine = false;
    if (c.terminal.concept) {
      while (s + 1 < spans.length && (spans[s] as SectionSpan).end <= c.start) s++;
      const kind = spans[s]?.kind;
      if (kind !== 'requirements' && kind !== 'preferred') {
        const a = sentenceStart(text, c.start);
        if (a !== lastStart) {
          const line = lineStartOf(text, c.start + 1);
          const head = text.slice(a, c.start);
          lastStart = a;
          lastVerdict =
            !BULLET.test(text.slice(line, line + 4)) &&
            (SELF.test(head) || (company !== '' && head.trimStart().startsWith(company))) &&
            !CANDIDATE.test(text.slice(a, sentenceEnd(text, c.end)));
        }
        mine = lastVerdict;
      }
    }
    (mine ? dropped : kept).push(c);
  }
  return { kept, dropped };
}

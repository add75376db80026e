/**
 * Free text a person gives as a skill, wherever it enters: typed in the options page, read
 * from an imported file, or found in a pasted résumé. Compatibility forms are folded (NFKC:
 * "ＰｙＴｏｒｃｈ" → "PyTorch"), format characters (Cf: zero-width spaces and joiners, bidi
 * controls, soft hyphens) are removed, since they make two names that look the same differ
 * and can reorder what the page shows; a skill holding any other control character is refused.
 */

export type CleanSkillText = { ok: true; text: string } | { ok: false; reason: string };

const FORMAT = /\p{Cf}/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

/** Normalised, on one line, trimmed; or why it is refused. Empty text is ok and empty. */
export function cleanSkillText(raw: string): CleanSkillText {
  const text = raw.normalize('NFKC').replace(FORMAT, '');
  if (CONTROL.test(text)) return { ok: false, reason: 'it contains control characters' };
  return { ok: true, text: text.replace(/\s+/g, ' ').trim() };
}

/** A résumé's text before the engine reads it: NFKC, format characters removed, lines kept. */
export function cleanResumeText(raw: string): string {
  return raw.normalize('NFKC').replace(FORMAT, '');
}

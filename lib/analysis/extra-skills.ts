import { CATALOGUE } from './catalogue';
import type { SkillEntry } from './catalogue/schema';
import { type CompiledMatcher, compileMatcher, type Terminal } from './matcher/compile';
import { type AmbiguityRule, defaultRule, RULES } from './matcher/rules';
import { phraseTokens } from './matcher/tokenize';
import { ORDINARY_WORDS } from './ordinary-words';
import type { Analysis, Category, Side } from './types';

/**
 * Skills from outside the catalogue (the user's own), found with the catalogue's matcher rules.
 * They are compiled together with the catalogue, so that a catalogue skill in the sentence
 * confirms an ambiguous one ("Dash and Python"), and the compiled matcher is kept for as long
 * as the extras stay the same (a profile changes far less often than postings are read).
 */

export interface ExtraSkill {
  id: string;
  name: string;
  aliases: readonly string[];
  category: Category;
  side: Side;
}

/** Neighbours that make an ambiguous own skill the skill: "with Dash", "Dash experience". */
const CONFIRM_BEFORE = /\b(?:in|using|with|of|including)\s+$/i;
const CONFIRM_AFTER =
  /^\s+(?:experience|skills?|knowledge|proficiency|programming|language|framework|library)\b/i;

/**
 * One or two letters, or an ordinary English word (or one the catalogue already treats as
 * ambiguous): such a form counts only with context, like the catalogue's Go, R or Spark.
 */
export function isAmbiguousForm(form: string): boolean {
  const tokens = phraseTokens(form);
  if (tokens.length !== 1) return false;
  const word = tokens[0] as string;
  return word.length <= 2 || ORDINARY_WORDS.has(word) || word in RULES;
}

function ruleFor(form: string): AmbiguityRule {
  const tokens = phraseTokens(form);
  const word = tokens[0] as string;
  const own = RULES[word];
  if (own) return own;
  // A letter or two is taken only as written ("R", never "r") and only with evidence from a
  // list or a confirming neighbour; a word needs a skill in the same sentence, as the catalogue's.
  if (word.length <= 2)
    return {
      forms: [form.trim()],
      evidence: 'list',
      confirmBefore: CONFIRM_BEFORE,
      confirmAfter: CONFIRM_AFTER,
    };
  return { ...defaultRule(form.trim()), confirmBefore: CONFIRM_BEFORE, confirmAfter: CONFIRM_AFTER };
}

function toEntry(skill: ExtraSkill): SkillEntry {
  return {
    id: skill.id,
    name: skill.name,
    aliases: [...skill.aliases],
    category: skill.category,
    side: skill.side,
    kind: 'practice',
    ...([skill.name, ...skill.aliases].some(isAmbiguousForm) ? { ambiguous: true } : {}),
  };
}

/**
 * Compiles the catalogue plus `extras`. Every ambiguous form of an extra gets a rule (the
 * compiler gives one to the name only), and its plural and singular variants are dropped, as
 * the compiler does for the catalogue's ruled forms ("Dashes" is never the skill).
 */
export function compileWithExtras(extras: readonly ExtraSkill[]): CompiledMatcher {
  const entries = extras.map(toEntry);
  const matcher = compileMatcher([...CATALOGUE, ...entries]);
  const extraIds = new Set(entries.map((e) => e.id));
  const written = new Map<string, Map<string, string>>();
  for (const skill of extras) {
    const forms = new Map<string, string>();
    for (const form of [skill.name, ...skill.aliases]) forms.set(phraseTokens(form).join(' '), form);
    written.set(skill.id, forms);
  }
  const terminals = matcher.terminals as Array<Terminal | undefined>;
  terminals.forEach((terminal, node) => {
    if (!terminal || !extraIds.has(terminal.entry.id)) return;
    const form = written.get(terminal.entry.id)?.get(terminal.surface);
    if (form === undefined) {
      if (terminal.entry.ambiguous) terminals[node] = undefined;
      return;
    }
    if (isAmbiguousForm(form)) terminal.rule = ruleFor(form);
  });
  return matcher;
}

let cached: { key: string; matcher: CompiledMatcher } | null = null;

/** compileWithExtras, kept while the extras stay the same. */
export function matcherWithExtras(extras: readonly ExtraSkill[]): CompiledMatcher {
  const key = JSON.stringify(extras.map((e) => [e.id, e.name, e.aliases, e.category, e.side]));
  if (cached?.key !== key) cached = { key, matcher: compileWithExtras(extras) };
  return cached.matcher;
}

/**
 * The catalogue's analysis with the extras' mentions and skills added from `withExtras` (the
 * same text read by the matcher with extras), each flagged `own`. The catalogue's own findings
 * and the role are taken from `base` unchanged: they show in the page, which must not be able
 * to tell from them what the user's skills are.
 */
export function addExtraFindings(
  base: Analysis,
  withExtras: Pick<Analysis, 'mentions' | 'skills'>,
  extras: readonly ExtraSkill[],
): Analysis {
  const ids = new Set(extras.map((e) => e.id));
  const mentions = withExtras.mentions
    .filter((m) => ids.has(m.skill))
    .map((m) => ({ ...m, own: true as const }));
  if (mentions.length === 0) return base;
  return {
    ...base,
    mentions: [...base.mentions, ...mentions],
    skills: [...base.skills, ...withExtras.skills.filter((s) => ids.has(s.id))],
  };
}

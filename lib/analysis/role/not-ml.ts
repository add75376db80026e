import { CUE_CODE } from '../cues';
import type { Cue } from '../matcher/scan';

/**
 * A posting that says its job is no ML work ("this is NOT an ML role", "you won't be building
 * ML models", "keine ML-Rolle", "ce n'est pas un poste de ML", "you don't need any machine
 * learning background", "if you want to train neural networks, this is not the job") is no
 * ML-engineer posting, however many ML words describe the employer's product or the users the
 * job serves.
 *
 * Every statement holds a negation: the scan found the negation words (cue kind negation in
 * ../cues.ts), and the words after each are read.
 */
const NEGATION = CUE_CODE.negation;
/** "won't", "don't", "isn't", "wouldn't": the scan reads the word before the apostrophe. */
const CONTRACTED = /^['’]t(?![\p{L}\p{N}_])/u;
const CONTRACTION_STEMS = new Set(['won', 'don', 'wouldn', 'isn']);

/**
 * The field: ML or AI ("KI", "IA" in the posting languages). Not research, modelling, data
 * science or GenAI: "this is not a research role", "not a GenAI role" are said of ML jobs.
 */
const FIELD = String.raw`(?:ml|machine[- ]learning|ai|a\.i\.|ki|ia)`;
const ROLE =
  '(?:role|job|position|rolle|stelle|poste|rôle|puesto|rol|ruolo|vaga|função|cargo|functie|roll|tjänst|stanowisko|rola)';

/**
 * After the negation, articles and copulas only, then the field beside a role noun: "not an ML
 * role", "keine KI-Stelle", "pas un poste de ML", "não é uma vaga de IA", "inte en AI-roll".
 * "Not a typical ML role" says nothing of the kind.
 */
const ML_JOB = new RegExp(
  String.raw`^(?:[\s']+(?:a|an|un|una|une|um|uma|en|ett|een|è|é|es|is|jest|to|d['’]un))*\s+(?:${FIELD}[- ]?(?:engineering\s+)?${ROLE}|${ROLE}\s+(?:de\s+|di\s+|d['’]|en\s+|w\s+)?${FIELD})\b`,
  'i',
);

/**
 * No model work: "won't be building ML models", "keine Modelle trainieren", "n'entraînerez pas
 * de modèles", "não vai treinar modelos". Models within a few words after the negation and a
 * verb of making them nearby; not "models from scratch", "models in notebooks" (the job still
 * makes models).
 */
const MODELS = new RegExp(
  String.raw`^(?:\s+[\w'’-]+){0,3}?\s+(?:de\s+|any\s+)?(?:${FIELD}[- ])?(?:modellen|modelle|modelli|modelos|modèles|models)\b(?!\s+(?:from\s+scratch|alone|in\s+isolation|on\s+your\s+own|by\s+yourself|in\s+(?:a\s+)?(?:notebooks?|jupyter)|for\s+research|before|yet))`,
  'i',
);
const MAKE =
  /\b(?:build|train|develop|design|bau|trainier|entwickel|construi|développ|entraîn|conce|entren|desarroll|trein|desenvolv|addestr|svilupp|costrui|bouw|trainen|ontwikkel)/i;

/**
 * No ML background needed: "You don't need any machine learning or computer vision background",
 * "no prior ML experience required", "pas besoin d'expérience en machine learning", "keine
 * KI-Erfahrung nötig". The field within a few words after the negation, then what a candidate
 * brings. Not a subfield: "You don't need deep learning experience" in a job training
 * gradient-boosted models is still ML work.
 */
const NO_ML_BACKGROUND = new RegExp(
  String.raw`^(?:['’]t)?(?:\s+[\w'’-]+){0,5}?\s+(?:${FIELD}|data[- ]science|modell?ing)(?:[- ]|\s+(?:or|and|ni|o|ou|oder|of)\s+[\w -]{1,30}?\s*)?(?:experience|background|knowledge|expertise|skills|erfahrung|kenntnisse|expérience|connaissances|experiencia|conocimientos|esperienza|conoscenze|ervaring|kennis|doświadczeni\p{L}*|experiência|conhecimentos?)\b`,
  'iu',
);
/** The same with what a candidate brings first: "pas besoin d'expérience en machine learning", "no experience with ML needed". */
const NO_BACKGROUND_IN_ML = new RegExp(
  String.raw`^(?:['’]t)?(?:\s+[\w'’-]+){0,4}?\s*(?:d['’])?(?:experience|background|knowledge|expérience|experiencia|esperienza|erfahrung|ervaring|doświadczenia|experiência)\s+(?:in|with|of|en|de|d['’]|mit|con|met|w|em|z|im)\s+(?:the\s+)?(?:${FIELD}|data[- ]science)\b`,
  'iu',
);
/** The need negated: "need", "required", "nötig", "besoin", "necesario", "richiesta", "vereist", "wymagane". */
const NEEDED =
  /(?:need|requir|n[eé]cess?|mandatory|besoin|nötig|notwendig|erforderlich|requis|exig|richiest|nodig|vereist|wymagan|precis|imprescindib)/i;
/** Not needed yet, not none: "you won't need deep learning experience on day one". */
const NOT_YET =
  /\b(?:day\s+one|first\s+day|upfront|up\s+front|to\s+start|initially|right\s+away|from\s+the\s+start|yet|at\s+first)\b/i;

/** What the job is not, after what a candidate might want: "If you want to train neural networks, this is not the job". */
const NOT_THE_JOB = /^(?:['’]t)?\s+(?:the|this|your|that|it|for\s+you)\b(?:\s+(?:job|role|position|one))?/i;
const WANT_ML =
  /\bif\s+(?:you\s+(?:want|wish|hope|like|love|are\s+looking|'re\s+looking|’re\s+looking)|your\s+(?:goal|dream|passion)\s+is)\b[^.;!?\n]{0,60}\b(?:train\w*|model\w*|ml|machine\s+learning|neural|deep\s+learning|ai|research\w*)\b[^.;!?\n]{0,40}[,–—-]\s*(?:then\s+)?(?:this|it)\s+(?:is|'s|’s|isn|is\s+probably|is\s+definitely)?\s*$/i;

/**
 * The words by which the posting says the job is no ML work, or null; `strong` when it says so
 * of the job itself ("not an ML role"), not only of model work.
 */
export function notMlStatement(
  text: string,
  cues: readonly Cue[],
): { words: string; strong: boolean } | null {
  let work: string | null = null;
  for (const cue of cues) {
    if (cue.code !== NEGATION) continue;
    let at = cue.end;
    if (CONTRACTION_STEMS.has(text.slice(cue.start, cue.end).toLowerCase())) {
      if (!CONTRACTED.test(text.slice(at, at + 3))) continue;
      at += 2;
    }
    const said = text.slice(cue.start, at);
    const rest = text.slice(at, at + 60);
    const job = ML_JOB.exec(rest);
    if (job) return { words: said + job[0], strong: true };
    if (work !== null) continue;
    const background = NO_ML_BACKGROUND.exec(rest) ?? NO_BACKGROUND_IN_ML.exec(rest);
    // Said to be needed by nobody ("don't need", "no ... required"), not only absent: "No ML
    // experience? No problem, we will teach you" is an ML job that teaches it.
    const around = background ? rest.slice(0, background[0].length + 24) : '';
    if (
      background &&
      NEEDED.test(around) &&
      !NOT_YET.test(rest.slice(background[0].length, background[0].length + 30))
    ) {
      work = said + background[0];
      continue;
    }
    const notTheJob = NOT_THE_JOB.exec(rest);
    const before = notTheJob ? text.slice(Math.max(0, cue.start - 120), cue.start) : '';
    const wanted = notTheJob ? WANT_ML.exec(before) : null;
    if (notTheJob && wanted) {
      work = before.slice(wanted.index) + said + notTheJob[0];
      continue;
    }
    const models = MODELS.exec(rest);
    if (models && MAKE.test(text.slice(Math.max(0, cue.start - 20), at + models[0].length + 20))) {
      work = said + models[0];
    }
  }
  return work === null ? null : { words: work, strong: false };
}

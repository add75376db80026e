/**
 * A posting that says its job is no ML work ("this is NOT an ML role", "you won't be building
 * ML models", "keine ML-Rolle", "ce n'est pas un poste de ML") is no ML-engineer posting, however
 * many ML words describe the employer's product or the users the job serves.
 */

/**
 * The field named: ML or AI ("KI", "IA" in the posting languages). Not research, modelling,
 * data science or GenAI: "this is not a research role", "not a data science role", "not a GenAI
 * role" are said of ML engineering jobs.
 */
const FIELD = String.raw`(?:ml|machine[- ]learning|ai|a\.i\.|ki|ia)`;
const MODELS =
  '(?:(?:ml|ai|ki|ia|machine[- ]learning|llm)[- ])?(?:modellen|modelle|modelli|modelos|modèles|models?)';
/** "…models from scratch", "…models in notebooks": the job still works on models. */
const STILL_MODELS = String.raw`(?!\s+(?:from\s+scratch|alone|in\s+isolation|on\s+your\s+own|by\s+yourself|in\s+(?:a\s+)?(?:notebooks?|jupyter)|for\s+research|only|just|that\s+never))`;

/** The job is said to be no ML job. */
const NOT_ML_JOB = new RegExp(
  [
    // "this is not an ML role", "not an AI engineering position", "ML work is not part of this role".
    String.raw`\bnot\s+an?\s+${FIELD}[- ](?:engineering\s+)?(?:role|job|position)\b`,
    String.raw`\b${FIELD}(?:[- ]work)?\s+(?:is|are)\s+not\s+(?:part\s+of|in\s+scope\s+for)\s+(?:this|the|your)\s+(?:role|job|position)\b`,
    // "keine ML-Rolle", "keine KI-Stelle".
    String.raw`\bkeine\s+${FIELD}[- ](?:rolle|stelle|position)\b`,
    // "ce n'est pas un poste de ML", "il ne s'agit pas d'un rôle IA".
    String.raw`\b(?:n['’]est|ne\s+s['’]agit)\s+pas\s+(?:un|d['’]un)\s+(?:poste|rôle|job|métier)\s+(?:de\s+|d['’]|en\s+)?${FIELD}\b`,
    // "no es un puesto de ML", "non è un ruolo di IA", "não é uma vaga de IA".
    String.raw`\bno\s+es\s+un\s+(?:puesto|rol|trabajo|perfil)\s+de\s+${FIELD}\b`,
    String.raw`\bnon\s+è\s+un\s+ruolo\s+(?:di\s+|da\s+)?${FIELD}\b`,
    String.raw`\bnão\s+é\s+uma?\s+(?:vaga|função|cargo|posição|papel)\s+de\s+${FIELD}\b`,
    // "dit is geen ML-rol", "det här är inte en ML-roll", "to nie jest rola ML".
    String.raw`\bgeen\s+${FIELD}[- ]?(?:rol|functie|baan)\b`,
    String.raw`(?<![a-zåäö])är\s+inte\s+en\s+${FIELD}[- ]?(?:roll|tjänst)\b`,
    String.raw`\bnie\s+jest\s+(?:to\s+)?(?:rola|stanowisko|praca)\s+(?:w\s+)?${FIELD}\b`,
  ].join('|'),
  'i',
);

/**
 * No model work for the candidate: "you won't be building ML models", "model training is not
 * part of this role", "du wirst keine Modelle trainieren". An ML platform job may say it too, so
 * this counts only when the title names no ML work.
 */
const NO_MODEL_WORK = new RegExp(
  [
    String.raw`\b(?:won['’]t|will\s+not|wouldn['’]t|do\s+not|don['’]t)\s+(?:be\s+)?(?:need\s+to\s+)?(?:build|train|develop|design|building|training|developing|designing)\s+(?:any\s+)?${MODELS}\b${STILL_MODELS}`,
    String.raw`\bmodel\s+(?:training|evaluation|development|building)\s+(?:is|are)\s+not\s+(?:part\s+of|in\s+scope\s+for)\s+(?:this|the|your)\s+(?:role|job|position)\b`,
    String.raw`\bkeine\s+${MODELS}\s+(?:\w+\s+)?(?:trainieren|bauen|entwickeln)\b`,
    String.raw`\b(?:trainierst|baust|entwickelst|trainieren\s+sie|bauen\s+sie|entwickeln\s+sie)\s+keine\s+${MODELS}`,
    String.raw`\b(?:construirez|développerez|entraînerez|concevrez|construiras|développeras|entraîneras|concevras)\s+pas\s+de\s+${MODELS}`,
    String.raw`\b(?:no|não)\s+(?:vas\s+a\s+|va\s+a\s+|vai\s+|vais\s+|irá\s+)?(?:entrenar|construir|desarrollar|entrenarás|construirás|desarrollarás|treinar|desenvolver|treinarás)\s+${MODELS}`,
    String.raw`\bnon\s+(?:addestrerai|svilupperai|costruirai)\s+${MODELS}`,
    String.raw`\bgeen\s+${MODELS}\s+(?:bouwen|trainen|ontwikkelen)\b`,
  ].join('|'),
  'i',
);

/**
 * Every statement holds a negation: the statements are read only in a window around one, which
 * one cheap pass finds (the statements' own patterns, run over a whole long page, cost twice as much).
 */
const NEGATION = /\b(?:not|keine|pas|no|non|geen|inte|nie)\b|n['’]t\b|não/gi;
const BEFORE = 60;
const AFTER = 90;

/**
 * The words by which the posting says the job is no ML work, or null; `strong` when it says so
 * of the job itself ("not an ML role"), not only of model work.
 */
export function notMlStatement(text: string): { words: string; strong: boolean } | null {
  let work: string | null = null;
  NEGATION.lastIndex = 0;
  for (let m = NEGATION.exec(text); m !== null; m = NEGATION.exec(text)) {
    const window = text.slice(Math.max(0, m.index - BEFORE), m.index + AFTER);
    const job = NOT_ML_JOB.exec(window);
    if (job) return { words: job[0], strong: true };
    if (work === null) work = NO_MODEL_WORK.exec(window)?.[0] ?? null;
  }
  return work === null ? null : { words: work, strong: false };
}

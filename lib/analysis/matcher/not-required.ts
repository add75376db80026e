import { lastMatchEnd, sentenceEnd, sentenceStart } from './context';
import type { Candidate, Cue } from './scan';
import { onTagLine } from './tag-lines';

/**
 * Skills the posting says are not required, in the posting languages. Runs before ./not-asked.ts
 * (so a "Not required:" label's items count here), from the negation words the scan found
 * (../cues.ts), reading the clause each one stands in:
 * - the negation then "required" opening the clause: what follows is not asked ("Not required:
 *   deep learning, PyTorch, CUDA", "No es necesario tener experiencia en machine learning ni
 *   Python", "Non è richiesta esperienza in machine learning", "Nie jest wymagane: Docker");
 * - "required" negated after its subject, said of experience of it or of this job: the subject is
 *   not asked ("Kubernetes experience is not required", "Erfahrung mit MLOps, Docker oder
 *   Kubernetes ist nicht erforderlich", "Docker n'est pas requis pour ce poste", "Kennis van
 *   Terraform is niet vereist"); alone ("Kafka isn't required.") the sentence lists it as a plus
 *   (../sections/listed-as.ts);
 * - a negated need with its object after it ("You don't need MLOps, Kubernetes or feature store
 *   experience", "We do not require Java", "Pas besoin d'expérience en Python", "No hace falta
 *   saber Go", "Non serve conoscere Kotlin", "Nie wymagamy znajomości Rust");
 * - German with the need first: "COBOL-Kenntnisse brauchst du dafür nicht";
 * - the Scandinavian need after its modal ("Du skal ikke have erfaring med", "trenger ikke å ha
 *   erfaring med") and the Dutch one with its object after the verb ("geen ervaring te hebben met");
 * - the job's part denied ("not be responsible for training", "won't be working on", "Nie
 *   budujesz modeli") and none of it in the job ("no on-device ML in this role");
 * - the sentence before, by a short sentence that says it is not needed ("You won't need any of
 *   those.", "Det behöver du inte kunna.");
 * - the negation, the skills, then "required" ("No Kubernetes experience required", "Keine
 *   Kubernetes-Erfahrung erforderlich", "Geen ervaring met Terraform vereist").
 * An item annotated so in a list ("GCIA or OSCP (not required!)", "ML Kit – no es imprescindible")
 * is listed as optional: it stays. So does a skill in a clause that also calls it a plus ("not
 * required, but a plus", "kein Muss, aber von Vorteil") or not needed only at first ("not
 * required on day one"). The clause ends at a contrast ("..., but you should know SQL") and,
 * backwards, at an earlier statement of what is required ("Python is essential, Kubernetes is not
 * required").
 */

/** "required" and its kin, after which a negation says the skill is not asked. */
const REQUIRED = String.raw`(?:required|necessary|needed|mandatory|compulsory|obligatory|essential|expected|a\s+must|a\s+requirement|a\s+prerequisite|erforderlich|notwendig|nötig|vorausgesetzt|verpflichtend|gefordert|voraussetzung|pflicht|ein\s+muss|muss|erwartet|requise?s?|attendue?s?|nécessaires?|exigée?s?|obligatoires?|indispensables?|un\s+prérequis|prérequis|necesari[oa]s?|requerid[oa]s?|imprescindibles?|obligatori[oa]s?|exigid[oa]s?|un\s+requisito|requisito|richiest[oaie]|necessari[oaie]|obbligatori[oaie]|indispensabil[ei]|vereist|nodig|noodzakelijk|verplicht|een\s+vereiste|vereiste|een\s+must|necessári[oa]s?|obrigatóri[oa]s?|imprescindível|um\s+requisito|wymagan[aeyio]|wymagany|konieczn[aey]|niezbędn[aey]|obowiązkow[aey]|et\s+krav|ett\s+krav|krav|nødvendig|nødvendigt|påkrævet|påkrevd|kreves|kræves|krävs|nödvändig|nödvändigt)`;

/** Copulas and adverbs between the negation and "required": "is not strictly required", "n'est pas requis", "no es necesario". */
const BETWEEN = String.raw`(?:\s+(?:be|is|are|es|est|sont|son|è|é|jest|są|ist|sind|strictly|really|absolutely|necessarily|always|unbedingt|zwingend|wirklich|per\s+se|forcément|vraiment|nécessairement|necesariamente|necessariamente|obligatoriamente|obbligatoriamente|noodzakelijk))*`;

/** Right after the negation word: "required" with at most copulas and adverbs between. */
const NOT_REQUIRED = new RegExp(String.raw`^(?:['’]t)?${BETWEEN}\s+${REQUIRED}(?![\p{L}\p{N}])`, 'iu');

/**
 * A negated need, its object after it: "don't need", "do not require", "does not involve", "pas
 * besoin", "no hace falta", "non serve", "nie wymagamy", "não envolve".
 */
const NO_NEED =
  /^(?:['’]t)?\s+(?:(?:really|actually|necessarily)\s+)?(?:need|require|expect|ask\s+for|involve|entail|besoin|hace\s+falta|necesitas|necesita|requerimos|exigimos|pedimos|buscamos|esperamos|implica|serve|servono|richiediamo|chiediamo|prevede|comporta|wymagamy|oczekujemy|obejmuje|precisa|precisas|envolve|implica)(?![\p{L}\p{N}])/iu;

/** The negation, a few words naming the skills, then "required": "No Kubernetes experience required". */
const NO_SKILL_REQUIRED = new RegExp(
  String.raw`^\s+\p{L}[^\s.;:!?]*(?:\s+[^\s.;:!?]+){0,7}?\s+${REQUIRED}(?![\p{L}\p{N}])`,
  'iu',
);

/** "don't need to be an expert in", "to know everything", "to tick every box": a need of a level, not of nothing. */
const NOT_ALL_OF =
  /^\s+to\s+(?:be\s+(?:an?\s+)?(?:expert|guru|specialist)|know\s+(?:it\s+)?(?:all|everything)|tick|have\s+(?:all|every)|match|check|meet)/i;
const ONLY =
  /(?<![\p{L}])(?:only|just|merely|nur|seulement|solo|sólo|soltanto|alleen|tylko|apenas)(?![\p{L}])/iu;

/** Work verbs after the negation, one or a list: "not build, train or deploy", "won't be training". */
const WORK_VERB = `(?:build|train|deploy|develop|design|maintain|own|operate|fine-tune|evaluate|building|training|deploying|developing|designing|maintaining|owning|operating|fine-tuning|evaluating)`;
const NOT_DOING = new RegExp(
  String.raw`^(?:['’]t)?(?:\s+be)?\s+${WORK_VERB}(?:\s*,\s*${WORK_VERB})*(?:\s*,?\s+(?:or|and|nor)\s+${WORK_VERB})+(?![\p{L}])`,
  'iu',
);
/**
 * The job's part denied with one verb: "not be responsible for training the models", "won't be
 * working on the Salesforce package", "won't be building Looker dashboards", "Nie budujesz modeli"
 * (Polish, the verb in the second person), "não vai desenvolver modelos", "no vas a entrenar",
 * "Tampoco tendrás que programar en Kotlin", "non svilupperai".
 */
const NOT_PART = new RegExp(
  String.raw`^(?:['’]t)?(?:\s+be)?\s+(?:(?:responsible\s+for|involved\s+in)\s+${WORK_VERB}|work(?:ing)?\s+on|touch(?:ing)?)(?![\p{L}])|^(?:['’]t)?\s+be\s+(?:building|training|deploying|developing|designing|maintaining|writing|coding)(?![\p{L}])|^\s+(?:budujesz|trenujesz|wdrażasz|tworzysz|rozwijasz|projektujesz|utrzymujesz)(?![\p{L}])|^\s+(?:vai|vais|irá|irás|vas\s+a|va\s+a|tendrás\s+que|terás\s+de|terás\s+que|dovrai)\s+(?:desenvolver|treinar|construir|implantar|programar|codificar|desarrollar|entrenar|implementar|sviluppare|addestrare|costruire|programmare|trabalhar\s+com|trabajar\s+con|lavorare\s+con)(?![\p{L}])|^\s+(?:desarrollarás|entrenarás|construirás|programarás|desenvolverá|desenvolverás|treinarás|svilupperai|addestrerai|costruirai|développerez|entraînerez|construirez|développeras)(?![\p{L}])`,
  'iu',
);
/** "no on-device ML in this role", "no Kubernetes for this job": the skill, then the job. */
const NONE_IN_JOB =
  /^\s+\p{L}[^\s.;:!?]*(?:\s+[^\s.;:!?]+){0,5}?(?=\s+(?:in|for)\s+(?:this|the)\s+(?:role|position|job)(?![\p{L}]))/iu;
/**
 * A Scandinavian need of experience or knowledge, negated after its modal: "Du skal ikke have
 * erfaring med", "trenger ikke å ha erfaring med", "behöver inte kunna".
 */
const NORDIC_NEED =
  /^\s+(?:(?:at|å)\s+)?(?:(?:have|ha)\s+(?:erfaring|erfarenhet|kendskab|kjennskap|kunnskap|kunskap|kenskap)\s+(?:med|af|av|i|til|om|inom|innen)|kunne|kunna|kende|kjenne|känna\s+till)(?![\p{L}])/iu;
const NORDIC_MODAL_BEFORE =
  /(?<![\p{L}])(?:skal|behøver|trenger|trænger|behöver|måste|må|skall)\s+(?:du\s+|dere\s+|ni\s+)?$/iu;
/** "not a data science role", "no es un puesto de ... machine learning", "pas un poste de data science". */
const NOT_A_JOB =
  /^(?:['’]t)?(?:\s+(?:es|est|è|é|is|ist|jest))?\s+(?:an?|un|una|une|uma|um|ein|eine|een)\s+(?:[^\s.;:!?,]+\s+){0,4}?(?:role|job|position|puesto|poste|rol|ruolo|stelle|rolle|vaga|functie|stanowisko)(?![\p{L}])/iu;
/** What follows the role noun when it names the field: "de programación ni de ingeniería de machine learning". */
const NOT_A_JOB_OF = /^(?:\s+(?:of|de|di|d['’]|in|im|van|w)\s+[^.;:!?]*)?/iu;

/** Opening words of a clause the negation may follow and still open it: bullets, "Note:", "(". */
const CLAUSE_OPENING =
  /^[\s\-–—•*·>(]*(?:(?:please\s+)?note\s*:\s*|nb\s*:\s*|hinweis\s*:\s*|wichtig\s*:\s*|nota\s*:\s*|remarque\s*:\s*|let\s+op\s*:\s*|uwaga\s*:\s*)?[\s(]*$/i;

/** "brauchst du (dafür) nicht", "benötigen Sie hier nicht", "musst du nicht": the need, then the negation. */
const GERMAN_NEED_BEFORE =
  /(?<![\p{L}])(?:brauchst|benötigst|musst)\s+du(?:\s+(?:dafür|hier|dazu|zunächst|anfangs))?\s+$|(?<![\p{L}])(?:brauchen|benötigen|müssen)\s+sie(?:\s+(?:dafür|hier|dazu))?\s+$/iu;

/** A contrast or a plus ends what the negation covers, or keeps the skill listed. */
const CONTRAST =
  /(?<![\p{L}])(?:but|however|though|although|while|whereas|aber|jedoch|sondern|mais|cependant|pero|sino|aunque|ma|però|tuttavia|maar|echter|mas|porém|ale|jednak|men|dock)(?![\p{L}])/iu;
/** CONTRAST, for every match: subjectStart looks for the last one. */
const CONTRASTS = new RegExp(CONTRAST.source, 'giu');
const STILL_WANTED =
  /(?<![\p{L}])(?:plus|bonus|nice|advantage|advantageous|preferred|welcome|asset|helpful|useful|appreciated|day\s+one|first\s+day|from\s+the\s+start|upfront|initially|right\s+away|at\s+first|to\s+start|vorteil|wünschenswert|gern|atout|apprécié\w*|souhaité\w*|valorable|valora(?:bles?|remos|rán?|mos|n)?|deseable|gradit\w|apprezzat\w|preferibil\w|pluspunt|pré|voordeel|diferencial|desejáve\w+|widzian\w|atutem)(?![\p{L}])/iu;
/** Backwards, the clause starts after an earlier statement of what is required or welcome ("Python is essential, ..."). */
const EARLIER_STATEMENT = new RegExp(
  String.raw`(?:${REQUIRED}|plus|bonus|welcome|preferred|advantage)[^\p{L}\p{N}]*[,;:]\s*`,
  'giu',
);

/** Experience or knowledge of the skill, in the posting languages. */
const EXPERIENCE =
  /(?<![\p{L}])(?:experience|knowledge|background|familiarity|expertise|skills|erfahrung\p{L}*|kenntnis\p{L}*|wissen|expérience|connaissances?|maîtrise|experiencia|conocimientos?|esperienz[ae]|conoscenz[ae]|ervaring|kennis|doświadczeni\p{L}*|znajomoś\p{L}*|experiência|conhecimentos?|erfaring|erfarenhet|kendskab|kunnskap|kunskap)(?![\p{L}])|-(?:erfahrung|kenntnisse?|erfaring|erfarenhet)(?![\p{L}])/iu;
/** The job itself: "for this role", "für diese Stelle", "pour ce poste", "para este puesto". */
const THIS_JOB =
  /(?<![\p{L}])(?:(?:for|in)\s+(?:this|the)\s+(?:role|position|job)|to\s+(?:apply|join\s+us|start)|für\s+(?:diese|die)\s+(?:stelle|position|rolle)|pour\s+(?:ce|le)\s+(?:poste|rôle)|para\s+(?:este|el|esta|la)\s+(?:puesto|rol|cargo|vaga|função|posición)|per\s+(?:questo|il)\s+(?:ruolo|posto)|per\s+questa\s+posizione|voor\s+(?:deze|de)\s+(?:functie|rol|baan)|na\s+(?:tym|to)\s+stanowisk\w*|do\s+tej\s+roli)(?![\p{L}])/iu;

/** The negation opens a bracket or a dashed or comma-separated remark after the item. */
const ANNOTATION = /(?:[(–—,]|\s-)\s*$/;

/**
 * A short sentence saying the one before is not needed, in the posting languages: "You won't need
 * any of those.", "None of that is required.", "Det behöver du inte kunna.", "Das musst du nicht
 * können.", "Vous n'en aurez pas besoin.", "Dat hoef je niet te kennen." (Not "those are not part
 * of this role": another team's work, whose skills this job may still ask.)
 */
const BACK_REFERENCE = new RegExp(
  [
    String.raw`^(?:and\s+|but\s+)?you\s+(?:won['’]t|will\s+not|don['’]t|do\s+not)\s+need\s+(?:to\s+know\s+)?(?:any\s+of\s+)?(?:those|these|them|that|it)(?:\s+(?:here|either|for\s+this\s+(?:role|job)|in\s+this\s+(?:role|job)))?`,
    String.raw`^none\s+of\s+(?:that|this|those|these|it)\s+(?:is|are)\s+(?:required|needed|expected)`,
    String.raw`^(?:those|these|that)\s+(?:are|is)\s+not\s+(?:required|needed)`,
    String.raw`^det\s+behöver\s+du\s+inte\s+(?:kunna|känna\s+till)`,
    String.raw`^det\s+(?:behøver|trenger|trænger)\s+du\s+ikke\s+(?:at\s+|å\s+)?(?:kunne|kende|kjenne)`,
    String.raw`^(?:das|die)\s+(?:musst|brauchst)\s+du\s+nicht\s+(?:zu\s+)?(?:können|kennen|beherrschen)`,
    String.raw`^(?:tu|vous)\s+n['’]en\s+(?:auras|aurez)\s+pas\s+besoin`,
    String.raw`^no\s+(?:lo|los|las)\s+necesitas`,
    String.raw`^dat\s+hoef\s+je\s+niet\s+te\s+(?:kennen|kunnen)`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    // The sentence ends, or goes on with a remark: "Det behöver du inte kunna — backendteamet äger
    // integrationen", "You won't need any of that here, though you're welcome to read their code".
    .concat(
      String.raw`(?:[\s.!]*$|\s*[—–;:,(]|\s+(?:here|though|but|as|since|aber|men|mais|pero|maar)(?![\p{L}]))`,
    ),
  'iu',
);

/** How far before the negation its subject is read. */
const SUBJECT_REACH = 140;

/**
 * Splits `candidates` into those still asked for and those said not to be required. The list
 * is the analysis's own: it is cut in place (a page's list is a large allocation).
 */
export function dropNotRequired(
  text: string,
  candidates: Candidate[],
  negations: readonly Cue[],
): { kept: Candidate[]; dropped: Candidate[] } {
  const dropped: Candidate[] = [];
  if (negations.length === 0 || candidates.length === 0) return { kept: candidates, dropped };
  const out: Array<[number, number]> = [];
  for (const cue of negations) {
    const scope = scopeOf(text, cue);
    if (scope) out.push(scope);
  }
  if (out.length === 0) return { kept: candidates, dropped };
  out.sort((a, b) => a[0] - b[0]);
  let k = 0;
  let n = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    while (k < out.length && (out[k] as [number, number])[1] <= c.start) k++;
    let inside = false;
    for (let j = k; j < out.length && (out[j] as [number, number])[0] <= c.start; j++) {
      if (c.end <= (out[j] as [number, number])[1]) inside = true;
    }
    if (inside) dropped.push(c);
    else candidates[n++] = c;
  }
  candidates.length = n;
  return { kept: candidates, dropped };
}

/** The span of text the negation at `cue` says is not required, or null. */
function scopeOf(text: string, cue: Cue): [number, number] | null {
  const word = text.slice(cue.start, cue.end).toLowerCase();
  // "won't", "don't", "isn't": only with their apostrophe.
  const contracted = word === 'won' || word === 'don' || word === 'isn' || word === 'wouldn';
  const rest = text.slice(cue.end, cue.end + 90);
  if (contracted && !/^['’]t/.test(rest)) return null;
  const start = sentenceStart(text, cue.start);
  const end = sentenceEnd(text, cue.end);
  const clause = text.slice(start, end);
  // "You won't need any of those.", "Det behöver du inte kunna.": the sentence before is not asked.
  if (BACK_REFERENCE.test(clause.trimStart())) {
    let p = start - 1;
    while (p > 0 && /\s/.test(text.charAt(p))) p--;
    return p > 0 ? [sentenceStart(text, p), start] : null;
  }
  if (STILL_WANTED.test(clause)) return null;
  // A dash or a colon opens a clause too: "This is an analytics role — no model building is required".
  const opens = CLAUSE_OPENING.test(text.slice(start, cue.start).replace(/^.*(?:\s[—–-]|:)\s/, ''));
  // Dutch: "Je hoeft geen Java te kennen": what follows, up to the verb.
  if (
    word === 'geen' &&
    /(?<![\p{L}])(?:hoeft|hoef|hoeven)\s+(?:je|jij|u)?\s*$/iu.test(
      text.slice(Math.max(start, cue.start - 14), cue.start),
    )
  ) {
    const te = /\ste\s+\p{L}+/u.exec(text.slice(cue.end, end));
    if (!te) return [cue.end, end];
    // "geen ervaring te hebben met machine learning": the experience, then its object after the verb.
    const verbEnd = cue.end + te.index + te[0].length;
    if (
      /^\s*(?:ervaring|kennis|achtergrond)\s*$/iu.test(text.slice(cue.end, cue.end + te.index)) &&
      /^\s+(?:met|in|van)\s/iu.test(text.slice(verbEnd, verbEnd + 6))
    )
      return [cue.end, contrastEnd(text, verbEnd, end)];
    return [cue.end, cue.end + te.index];
  }
  // German puts the need before the negation: "COBOL-Kenntnisse brauchst du dafür nicht".
  if (GERMAN_NEED_BEFORE.test(text.slice(Math.max(start, cue.start - 40), cue.start))) {
    const subject = subjectStart(text, Math.max(start, cue.start - SUBJECT_REACH), cue.start);
    return [subject, cue.start];
  }
  const required = NOT_REQUIRED.exec(rest);
  if (required) {
    const from = cue.end + required[0].length;
    if (opens) return [from, contrastEnd(text, from, end)];
    // A verb's complement follows: "you are not required to know Kubernetes".
    if (/^\s+to\s/i.test(text.slice(from, from + 4))) return [from, contrastEnd(text, from, end)];
    // An annotation of a listed item ("GCIA or OSCP (not required!)", "ML Kit – kein Muss") lists
    // it as a nice-to-have; a sentence ("Kubernetes experience is not required") does not.
    if (ANNOTATION.test(text.slice(Math.max(start, cue.start - 4), cue.start))) return null;
    const subject = subjectStart(text, Math.max(start, cue.start - SUBJECT_REACH), cue.start);
    // "Kafka isn't required." alone lists Kafka as a plus (../sections/listed-as.ts); said of
    // experience or of this job, it is not asked: "Kubernetes experience is not required",
    // "Docker ist für diese Stelle nicht erforderlich".
    if (!EXPERIENCE.test(text.slice(subject, cue.start)) && !THIS_JOB.test(clause)) return null;
    return [subject, cue.start];
  }
  const need = NO_NEED.exec(rest);
  // "You don't need to be an expert in Kubernetes": it is still wanted, at some level.
  if (need && !NOT_ALL_OF.test(text.slice(cue.end + need[0].length, end))) {
    const from = cue.end + need[0].length;
    return [from, contrastEnd(text, from, end)];
  }
  // "You will not build, train or deploy machine learning models": the work denied, its object.
  const denied = NOT_DOING.exec(rest);
  if (denied && !ONLY.test(denied[0])) {
    const from = cue.end + denied[0].length;
    return [from, contrastEnd(text, from, end)];
  }
  const part = NOT_PART.exec(rest);
  if (part) {
    // One verb's object: up to the clause's end ("You won't be building alone: you pair on Kafka").
    const from = cue.end + part[0].length;
    const stop = /[:;—–]/.exec(text.slice(from, end));
    return [from, contrastEnd(text, from, stop ? from + stop.index : end)];
  }
  const nordic = NORDIC_NEED.exec(rest);
  if (nordic && NORDIC_MODAL_BEFORE.test(text.slice(Math.max(start, cue.start - 20), cue.start))) {
    const from = cue.end + nordic[0].length;
    return [from, contrastEnd(text, from, end)];
  }
  if (word === 'no') {
    const none = NONE_IN_JOB.exec(text.slice(cue.end, end));
    if (none) return [cue.end, cue.end + none[0].length];
  }
  // "This is not a data science role", "No es un puesto de ingeniería de machine learning".
  const notJob = NOT_A_JOB.exec(text.slice(cue.end, end));
  if (notJob) {
    const field = NOT_A_JOB_OF.exec(text.slice(cue.end + notJob[0].length, end));
    return [cue.end, cue.end + notJob[0].length + (field ? field[0].length : 0)];
  }
  // "Für diese Position ist keine Salesforce-Erfahrung nötig": a determiner's negation of the
  // experience itself needs no clause opening.
  const determiner =
    word === 'no' ||
    word === 'keine' ||
    word === 'kein' ||
    word === 'geen' ||
    word === 'géén' ||
    word === 'ingen' ||
    word === 'aucune' ||
    word === 'aucun';
  if ((opens || determiner) && !contracted) {
    const named = NO_SKILL_REQUIRED.exec(text.slice(cue.end, end));
    if (named && !opens && !EXPERIENCE.test(named[0])) return null;
    // "Not only Python but also Go is required" requires both.
    if (named && !ONLY.test(named[0]) && !CONTRAST.test(named[0]))
      return [cue.end, cue.end + named[0].length];
  }
  return null;
}

/** Where the clause after `from` turns ("..., but you should know SQL"), else `end`. */
function contrastEnd(text: string, from: number, end: number): number {
  const m = CONTRAST.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

/** Where the negation's subject starts: after the last contrast or earlier statement before it. */
function subjectStart(text: string, from: number, negation: number): number {
  const statement = lastMatchEnd(EARLIER_STATEMENT, text.slice(from, negation));
  const at = statement >= 0 ? from + statement : from;
  const cut = lastMatchEnd(CONTRASTS, text.slice(at, negation));
  return cut >= 0 ? at + cut : at;
}

/**
 * A skill the posting says is not required is no ask on its tag line either: "Not required: deep
 * learning, PyTorch" then "Our stack in one line: go grpc postgresql python pytorch triton", or
 * LinkedIn's "Skills: Product Management · Machine Learning" under "no ML experience needed".
 * Moves such mentions from `kept` (cut in place) to `dropped`.
 */
export function dropTaggedNotRequired(text: string, kept: Candidate[], dropped: Candidate[]): void {
  if (dropped.length === 0) return;
  const said = new Set<number>();
  for (const c of dropped) said.add(c.terminal.index);
  const cache = new Map<number, boolean>();
  const moved: Candidate[] = [];
  let n = 0;
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i] as Candidate;
    if (said.has(c.terminal.index) && onTagLine(text, kept, i, cache)) moved.push(c);
    else kept[n++] = c;
  }
  if (moved.length === 0) return;
  kept.length = n;
  dropped.push(...moved);
}

/**
 * The ambiguity rules, one per written form that is also an ordinary word or a name.
 * How they are applied is in ./ambiguity.ts; read that file's header first.
 *
 * - forms: the only spellings accepted ("Go", never "go" or "GO"); without it the word must
 *   start with a capital, or be lower case inside a list that other skills confirm
 *   (lowercaseInList).
 * - evidence: what else it takes.
 *     list     only a list with a confirmed skill ("Go, Rust or C++") or a confirming neighbour
 *     sentence also a plain skill elsewhere in the same sentence
 *     capital  also a capital letter in mid-sentence ("experience with Spark"), which prose
 *              never gives the ordinary word
 * - vetoBefore / vetoAfter: neighbours that make it the ordinary word, whatever else holds
 *   (tested on up to 32 characters of the same line: before ends at the word, after starts
 *   right after it).
 * - confirmBefore / confirmAfter: neighbours that make it the skill ("in Go", "Spark SQL").
 * - strict: the written form and vetoBefore decide even on a tag line (SOLID, never "Solid Linux
 *   skills"; the "js" of "Web3.js" is never JavaScript).
 * - person: also a first name or surname: a capitalised neighbour that is not a skill, or
 *   "will / said / who..." after it, vetoes.
 * - leadsBullet: a language name that may open a bullet or line of a requirements or preferred
 *   section when what follows reads as a skill item ("- Swift, for the iOS SDK", "- R or Stan",
 *   "- Julia experience"); see BULLET_LEAD in ./ambiguity.ts.
 * - contextBefore / contextAfter: weaker confirmation, only after the person checks passed and
 *   with a plain skill in the same sentence ("hyperparameter search with Ray", never "with Ray
 *   Smith"). contextBefore is tested on 48 characters.
 * - adjective: also an ordinary adjective ("Elastic working hours"): a lower-case word right after
 *   it, other than a list's joining word (and, or, o, y, ou, oder...), vetoes; the product is
 *   followed by a name or by nothing.
 */
export interface AmbiguityRule {
  forms?: readonly string[];
  lowercaseInList?: boolean;
  /** The written form and vetoBefore decide even on a tag line. */
  strict?: boolean;
  evidence: 'list' | 'sentence' | 'capital';
  person?: boolean;
  adjective?: boolean;
  leadsBullet?: boolean;
  contextBefore?: RegExp;
  contextAfter?: RegExp;
  vetoBefore?: RegExp;
  vetoAfter?: RegExp;
  confirmBefore?: RegExp;
  confirmAfter?: RegExp;
  /** confirmAfter overrules vetoBefore: the platform word may follow the name (afterPlatformWord). */
  afterBeatsVeto?: boolean;
}

/**
 * A language name joined by a hyphen to a word for its language, code, knowledge or development,
 * as German, Dutch, Scandinavian, Finnish and Slavic postings compound it: "C-kielellä",
 * "C-Kenntnisse", "R-pakketten", "Go-utveckling", "Go-based". Never "C-suite" or "R-squared".
 */
const LANG_COMPOUND = `(?:${[
  'kiel\\w*',
  'koodi\\w*',
  'ohjelmo\\w*',
  'kehity\\w*',
  'kenntniss\\w*',
  'programm\\w*',
  'entwickl\\w*',
  'sprache\\w*',
  'code\\w*',
  'kod\\w*',
  'utveckl\\w*',
  'udvikl\\w*',
  'utvikl\\w*',
  'kennis',
  'ontwikkel\\w*',
  'taal',
  'språk\\w*',
  'sprog\\w*',
  'jazyk\\w*',
  'język\\w*',
  'based',
  'basiert\\w*',
  'pak\\w*',
  'bibliothe\\w*',
  'skript\\w*',
  'scripts?',
  'services?',
  'microservices?',
  'backends?',
]
  // Either case of the first letter (German capitalises nouns), in rules that read case elsewhere.
  .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
  .join('|')})\\b`;

const LANG_AFTER =
  /^\s+(?:programming|language|code|codebases?|services?|microservices|developers?|engineers?|modules|packages?|libraries|scripts?)\b/i;

/**
 * A short product name that is also a word ("Flow", "Navigation", "Nexus", "RAC"), the skill
 * only after a word of its platform in the 32 characters before it ("Kotlin (Coroutines, Flow)",
 * "Jetpack (Room, Navigation)", "Cisco Catalyst switches, Nexus"), even on a tag line. `words`:
 * a regex alternation, matched from a word start. `next`, when given: words of the platform that
 * may also stand right after the name, alone or after a slash or comma ("Aura component",
 * "DOTS / ECS").
 */
function afterPlatformWord(forms: readonly string[], words: string, next?: string): AmbiguityRule {
  return {
    forms,
    strict: true,
    evidence: 'list',
    vetoBefore: new RegExp(`^(?![\\s\\S]*\\b(?:${words}))`, 'i'),
    confirmBefore: new RegExp(`\\b(?:${words})`, 'i'),
    ...(next === undefined
      ? {}
      : { confirmAfter: new RegExp(`^\\s*(?:[/,]\\s*)?(?:${next})\\b`, 'i'), afterBeatsVeto: true }),
  };
}

/**
 * Words near SAP's module codes ("ein Logistikmodul (MM, SD, PP oder FI/CO)", "SAP ECC: MM and SD"),
 * and the integration of one module with others that a module's consultant knows ("Integration
 * with SD, MM and PP", "Integration mit MM und SD"); not "consultants in SD, MM", whose modules
 * are other people's work.
 */
const SAP_MODULE_WORDS =
  'sap|s/4 ?hana|ecc|\\w*modul\\w*|modules?|abap|fi/co|fico|erp|customizing|(?:integrat\\w*|intégration|integración|integrazione|integração|integracj\\w*) (?:with|mit|into|in|avec|con|com|met|z|do|med)\\b';

/** Words of audio and media coding, beside which Opus and AAC are codecs. */
const AUDIO_WORDS =
  'codecs?|aac|opus|mp3|flac|vorbis|webrtc|audio|g\\.7\\d\\d|pcm|h\\.26[45]|vp[89]|av1|hls|exoplayer|media3|ffmpeg|gstreamer';

/** "Experience with Marketing Cloud": words asking for a product, on a line in Title Case too. */
const ASKED_BEFORE = /\b(?:experience (?:with|in)|knowledge of|familiarity with|salesforce)\s+$/i;

/** A department's name ("the Central Finance team"), not the product. */
const NOT_A_TEAM = {
  vetoBefore: /\b(?:our|the|your|their|a|an)\s+$/i,
  vetoAfter: /^\s+(?:team|teams|department|function|organi[sz]ation|colleagues|staff)\b/i,
} as const;

/**
 * Keyed by the folded surface form (tokens joined by a space). `null`: the catalogue flags the
 * entry for another of its forms, and this one is a coined name that needs no context.
 */
export const RULES: Readonly<Record<string, AmbiguityRule | null>> = {
  elasticsearch: null,
  // Flagged in the catalogue, but no ordinary word: found without context ("embedded C on microcontrollers").
  microcontrollers: null,
  chromadb: null,
  openapi: null,
  // Salesforce's wizard, as its name is written ("with Data Loader and Data Import Wizard"); never
  // the "data import wizards" an app's users click through.
  'data import wizard': { forms: ['Data Import Wizard'], evidence: 'capital' },
  'great expectations': {
    lowercaseInList: true,
    evidence: 'sentence',
    vetoBefore: /\b(?:have|has|had|set|our|high|the)\s+$/i,
    // "data quality checks with Great Expectations", "com Great Expectations": the tool, capitalised.
    confirmBefore: /\b(?:with|using|via|com|con|avec|mit|met|usando|utilizzando)\s+$/,
  },
  // The payment platform: "billing with Stripe", "pagamenti con Stripe", "Stripe Connect".
  stripe: {
    lowercaseInList: true,
    evidence: 'sentence',
    person: true,
    vetoBefore: /\b(?:a|an|the|our|one|red|white|blue|black|green|yellow|gold|silver|racing)\s+$/i,
    confirmBefore:
      /(?<![\w\u00c0-\u024f])(?:with|via|using|through|con|avec|mit|met|com|usando|über|tramite)\s+$/,
    confirmAfter:
      /^\s+(?:payments?|billing|checkout|connect|api|apis|webhooks?|elements|radar|subscriptions?|invoicing|integrations?|sdk)\b/i,
  },
  // Behave, the Python BDD framework: "BDD with Behave", "pytest-bdd or behave". Lower case is
  // mostly the verb ("how LLMs behave in production"), never after its subject.
  behave: {
    lowercaseInList: true,
    evidence: 'sentence',
    vetoBefore:
      /(?:\b(?:how|they|it|models?|systems?|agents?|users?|people|things|services?|apps?|code|we|you)|[a-z]{2}s)\s+$/i,
    vetoAfter:
      /^\s+(?:like|as|when|differently|under|well|badly|responsibly|ethically|in\s+(?:production|the\s+wild))\b/i,
    confirmBefore: /\b(?:with|using|via|in|bdd|gherkin|cucumber|pytest-bdd)\s+$/i,
  },
  // Observable, the notebook platform: "Observable notebooks", "D3 and Observable". Lower case is
  // the adjective, even before a bracketed list ("make them observable (OpenTelemetry, Grafana)").
  observable: {
    evidence: 'sentence',
    vetoBefore: /\b(?:is|are|be|being|more|fully|highly|easily|them|it|everything|systems?)\s+$/i,
    confirmAfter: /^\s+(?:notebooks?|framework|plot|hq|cells?)\b/i,
  },
  // Open source, as an acronym: "OSS contributions". Swedish and Norwegian "oss" is "us" ("Om oss", "hos oss").
  oss: {
    forms: ['OSS'],
    evidence: 'sentence',
    confirmAfter:
      /^\s+(?:contributions?|projects?|libraries|maintainers?|software|licen[cs]es?|compliance|community)\b/i,
    confirmBefore: /\b(?:to|contributing to|contributions to|contributor to)\s+$/i,
  },
  // AWS Lambda: "the odd Lambda function in Go", "Lambda@Edge", "AWS Lambda".
  lambda: {
    lowercaseInList: true,
    evidence: 'sentence',
    person: true,
    vetoBefore: /\b(?:a|an|the|our|your|their|its|this|that|greek)\s+$/i,
    confirmAfter: /^(?:\s+(?:functions?|layers?|handlers?|triggers?|runtimes?)\b|@edge\b)/i,
  },
  // Linux perf, short: "profiling tools (perf, valgrind)". Also short for performance ("perf
  // improvements"): only in a list with another skill.
  perf: { forms: ['perf'], evidence: 'list' },
  // Erlang's OTP: "Elixir and OTP", "OTP: GenServers, supervisors". Also a one-time password
  // ("OTP codes", "one-time password (OTP)").
  otp: {
    forms: ['OTP'],
    evidence: 'sentence',
    vetoBefore:
      /(?:\bone[- ]time (?:password|passcode|pin)s?\s*\(\s*|\b(?:sms|email|e-mail|via|send|sends|enter|an)\s+)$/i,
    vetoAfter: /^\s*(?:codes?|verification|login|authentication|tokens?|via|sms|by)\b/i,
    confirmBefore: /\b(?:elixir|erlang|beam)\s*(?:\/|and|&|,)?\s*$/i,
    confirmAfter: /^\s*[:(]?\s*(?:genservers?|genstage|supervis\w*|behaviou?rs?)\b/i,
  },
  // The Rhapsody integration engine of health care ("Mirth Connect or Rhapsody"). IBM Rhapsody
  // models UML and SysML.
  rhapsody: {
    evidence: 'list',
    vetoBefore: /\b(?:ibm|uml|sysml|model(?:l?ing|s)? (?:with|in))\W*$/i,
    vetoAfter: /^\W*(?:uml|sysml|model(?:l?ing|s|er)?)\b/i,
  },
  // Soft Actor-Critic beside reinforcement learning ("RL with PPO or SAC"); SAP Analytics Cloud
  // is SAC too.
  sac: {
    forms: ['SAC'],
    evidence: 'list',
    contextBefore:
      /\b(?:reinforcement learning|rl|ppo|td3|ddpg|policy|policies|actor-critic)\b[^.;\n]{0,40}$/i,
    vetoBefore: /\bsap\b[^.;\n]{0,40}$/i,
  },
  // Shopify's React framework: "Remix (Hydrogen)", "Hydrogen storefronts". Also the gas.
  hydrogen: {
    forms: ['Hydrogen'],
    evidence: 'list',
    vetoBefore: /\b(?:green|blue|grey|gray|liquid|clean)\s+$/i,
    vetoAfter:
      /^\s*(?:fuel|energy|economy|production|electroly\w*|storage|plants?|projects?|valley|hubs?|cells?|refuell?ing|pipelines?|vehicles?)\b/i,
    confirmAfter: /^\s+(?:storefronts?|stores?|themes?|apps?)\b/i,
  },
  // Computer-aided design; also the Canadian dollar ("CAD 95,000") and ServiceNow's Certified
  // Application Developer ("Certified Application Developer (CAD)").
  cad: {
    forms: ['CAD'],
    strict: true,
    evidence: 'sentence',
    vetoBefore: /(?:\d[\d,.]*\s*k?\s*|\bapplication developer\s*\(\s*)$/i,
    vetoAfter: /^\s*(?:\$|\d)/,
  },
  // CREST Registered Tester, short: "OSCP, OSWE, CRT or CRTO". Also a cathode-ray tube.
  crt: { forms: ['CRT'], evidence: 'list' },
  'active learning': {
    evidence: 'sentence',
    vetoAfter: /^\s+(?:environment|culture|approach|style|opportunities|classroom|listening)\b/i,
  },
  go: {
    forms: ['Go'],
    evidence: 'list',
    leadsBullet: true,
    // go-to, go-live, go-getter, "Go to market"; but "Go-based services" stays possible.
    vetoAfter: new RegExp(
      `^(?:-(?!${LANG_COMPOUND})|\\s+(?:to|live|lives|getters?|ahead|far|green|beyond|back|through|on|out)\\b|\\s+for\\s+(?!(?:tooling|tools|backend|backends|services|microservices|apis?|infrastructure|clis?|scripting|systems|networking|concurrency|performance|writing|building|operators?|controllers?|automation)\\b))`,
      'i',
    ),
    // on the go, let go, to go, we go... but "exposure to Go", "contributions to Go" name the language.
    vetoBefore:
      /\b(?:the|let|lets|let's|(?<!\b(?:exposure|exposed|contributions?|contributing|contributed)\s+)to|will|can|we|you|should|could|must|and go|ready,? set,?)\s+$/i,
    // "Algo de Go", "conocimientos de Go", "un peu de Go": knowledge of it, in Spanish, French, Portuguese.
    confirmBefore:
      /\b(?:in|using|with|of|written in|golang|en|con|mit|avec|di|em|com|met|w|z|(?:exposure|exposed|contributions?|contributing|contributed) to|(?:algo|un poco|conocimientos?|experiencia|nociones|connaissances?|notions|un peu|conhecimentos?|experiência|noções|um pouco) de)\s+$/i,
    confirmAfter: new RegExp(
      `^(?:\\s+(?:programming|language|code|codebases?|services?|microservices|developers?|engineers?|modules|backends?|runtime|concurrency|routines|1\\.\\d+)\\b|\\s+(?:or|ou|o|oder|of)\\s+(?:other\\s+|another\\s+|any\\s+)?(?:backend|similar|compiled|typed)\\b|\\s+for\\s+(?:writing|building)\\s+(?:\\w+\\s+)?(?:operators?|controllers?|services?|tools|tooling|clis?|microservices|apis?)\\b|-${LANG_COMPOUND})`,
      'i',
    ),
  },
  r: {
    forms: ['R'],
    evidence: 'list',
    leadsBullet: true,
    // R&D, R & D, R-squared, initials ("John R. Smith"), Brazilian reais ("R$ 22.000").
    vetoAfter: new RegExp(`^(?:\\$|\\s*&|\\s+and\\s+D\\b|-(?!${LANG_COMPOUND})\\w|\\.\\s*[A-Z][a-z])`),
    vetoBefore: /(?:\b[A-Z][a-z]+\s+|\b(?:Plan|Type|Series|Section|Part)\s+)$/,
    // The same prepositions in the posting languages ("ou de R", "conocimientos de R", "en C").
    confirmBefore: /\b(?:in|using|with|of|en|de|con|mit|avec|di|em|com|met|w|z)\s+$/i,
    confirmAfter: new RegExp(
      `^(?:\\s+(?:programming|language|packages?|shiny|studio|scripts?|code|libraries|markdown|experience|skills)\\b|-${LANG_COMPOUND})`,
      'i',
    ),
  },
  c: {
    forms: ['C'],
    evidence: 'list',
    leadsBullet: true,
    // C-suite, C-level, initials, °C, "Series C", "Vitamin C", "Building C"...
    vetoAfter: new RegExp(
      `^(?:\\s*[-–](?!${LANG_COMPOUND})|\\.\\s*[A-Z][a-z]|\\s+(?:level|suite|corp|section|grade|class)\\b)`,
      'i',
    ),
    vetoBefore:
      /(?:\b(?:series|s[ée]rie|vitamin|vitamine|grade|plan|type|class|section|appendix|part|building|level|room|tier|block|category|option|form|round|wing|floor|hall|gate|zone|unit|phase|stage|step|item|exhibit|schedule|team)\s+|\d\s*°?\s*|°\s*)$/i,
    // "in C", and "the language C" in the posting languages: "w języku C", "en langage C", "linguaggio C".
    confirmBefore:
      /(?:\b(?:in|using|with|of|en|con|mit|avec|di)|(?:języku|języka|language|langage|lenguaje|linguaggio|linguagem|sprache|programmiersprache|taal|språket))\s+$/i,
    confirmAfter: new RegExp(
      `^(?:\\s+(?:programming|language|code|libraries|extensions|bindings|experience|skills)\\b|-${LANG_COMPOUND})`,
      'i',
    ),
  },
  spark: {
    lowercaseInList: true,
    evidence: 'capital',
    // "spark of creativity", not the Dutch "or" ("Spark of een vergelijkbaar framework").
    vetoAfter:
      /^\s+(?:of(?!\s+(?:een|ander|vergelijk|soortgelijk|gelijkwaardig))|curiosity|joy|interest|creativity|innovation|ideas?|conversations?|change|excitement|passion|imagination|debate|discussions?|growth|new|your|our|their|real|programs?|programmes?|awards?|initiatives?|fellowships?|prizes?|grants?)\b/i,
    vetoBefore: /\b(?:a|to|will|can|could|may|might|helps?|that|which|who|they|we|you|i)\s+$/i,
    confirmBefore: /\b(?:apache|pyspark|databricks)\s+$/i,
    confirmAfter:
      /^\s+(?:sql|streaming|jobs?|clusters?|ml|mllib|structured|pipelines?|applications?|dataframes?|rdds?|executors?)\b/i,
  },
  excel: {
    lowercaseInList: true,
    evidence: 'capital',
    // "excel at / in": the verb.
    vetoAfter: /^\s+(?:at|in|as|on|when|beyond|through|under)\b/i,
    vetoBefore: /\b(?:to|will|you|we|they|can|who|should|must|helps?|i|and thrive|truly)\s+$/i,
    confirmBefore: /\b(?:microsoft|ms|advanced|using)\s+$/i,
    confirmAfter: /^\s+(?:spreadsheets?|skills|macros|vba|models?|pivot)\b/i,
  },
  rust: {
    lowercaseInList: true,
    evidence: 'capital',
    vetoAfter: /^\s*-?\s*(?:belt|proof|proofing|removal|resistant|resistance|colou?red|stains?|spots?)\b/i,
    vetoBefore: /\b(?:the|of|a|remove|prevent|with some)\s+$/i,
    confirmBefore: /\b(?:in|using)\s+$/i,
    confirmAfter: LANG_AFTER,
  },
  swift: {
    forms: ['Swift'],
    evidence: 'list',
    leadsBullet: true,
    person: true,
    vetoAfter:
      /^\s+(?:response|action|decisions?|delivery|turnaround|execution|progress|resolution|feedback|payments?|transfers?|messages?|network|codes?)\b/i,
    // "exposure to Swift", "experience with Swift": a language asked for, never the singer or the bank network.
    confirmBefore: /\b(?:in|using|ios|(?:exposure|exposed) to|experience (?:with|in))\s+$/i,
    confirmAfter: /^\s+(?:ui|programming|language|code|developers?|engineers?|apps?)\b/i,
  },
  julia: {
    forms: ['Julia'],
    evidence: 'list',
    leadsBullet: true,
    person: true,
    confirmBefore: /\b(?:in|using)\s+$/i,
    confirmAfter: /^\s+(?:programming|language|code|packages?|libraries)\b/i,
  },
  ray: {
    forms: ['Ray'],
    evidence: 'list',
    person: true,
    vetoBefore:
      /(?:\bx|\bgamma|\bcathode|\bsting|\bmanta|\bdeath|\bsun|\bsolar|\bcosmic|\bheat|\blight)[\s-]*$/i,
    // A surname after it ("Ray Dalio") makes a person even where the words before confirm Ray;
    // Ray's own libraries may follow ("Ray Serve").
    vetoAfter:
      /^(?:-|\s+(?:tracing|tracer|of|guns?|casting|bans?)\b|\s+(?!(?:Serve|Tune|Train|Data|Core|RLlib|Clusters?|Jobs?|Actors?|Tasks?|Workflows)\b)[A-Z][a-z]+\b)/,
    // "Erfahrung mit Ray", "experience with Ray".
    confirmBefore:
      /\b(?:anyscale|using|experience with|erfahrung mit|kenntnisse in|expérience avec|experiencia con|esperienza con|experiência com|ervaring met)\s+$/i,
    confirmAfter:
      /^\s+(?:serve|tune|train|data|clusters?|core|rllib|framework|jobs?|actors?|tasks?)\b|^\s+(?:for|to)\s+(?:distributed|parallel|scal|training|hyperparameter|batch)/i,

    // "scale hyperparameter search with Ray": a compute phrase right before, the clause ending after.
    contextBefore:
      /\b(?:hyperparameter\s+(?:search|searches|tuning|sweeps?|optimi[sz]ation)|distributed\s+(?:training|computing|compute|workloads?|jobs|inference|processing)|parallel\s+(?:training|processing|jobs|workloads?)|(?:training|inference|batch|compute)\s+(?:jobs|workloads?)|model\s+training|reinforcement\s+learning)\s+(?:with|on|using|via)\s+$/i,
    contextAfter: /^\s*(?:[.,;:)]|$|\s+(?:and|or|on|across|clusters?)\b)/,
  },
  flask: {
    lowercaseInList: true,
    evidence: 'capital',
    vetoAfter: /^\s+(?:of|with|and a)\b/i,
    vetoBefore: /\b(?:a|your|my|his|her|hip|thermos|vacuum|glass|conical|erlenmeyer)\s+$/i,
    confirmAfter: /^\s+(?:apps?|api|apis|services?|applications?|backends?|endpoints?)\b/i,
  },
  airflow: {
    lowercaseInList: true,
    evidence: 'capital',
    vetoAfter:
      /^\s+(?:management|sensors?|rates?|design|resistance|meters?|patterns?|restriction|noise|velocity)\b/i,
    vetoBefore: /\b(?:cooling|improved?|restrict(?:ed)?|laminar|good|proper|reduced?|the\s+room'?s?)\s+$/i,
    confirmBefore: /\bapache\s+$/i,
    confirmAfter: /^\s+(?:dags?|operators?|scheduler|jobs?|pipelines?|tasks?)\b/i,
  },
  snowflake: {
    lowercaseInList: true,
    evidence: 'capital',
    vetoBefore: /\b(?:a|each|every|little|unique|special|like|no two)\s+$/i,
    vetoAfter: /^\s+(?:schema|schemas|effect|generation|method|pattern)\b/i,
  },
  scala: { lowercaseInList: true, evidence: 'capital', vetoBefore: /\b(?:la|della|alla)\s+$/i },
  // Package names joined by an underscore whose words are plain English (as get_it below): only
  // as written ("go_router, Riverpod"), never "a Go router" or "the shard map of the cluster".
  'go router': { forms: ['go_router'], strict: true, evidence: 'sentence' },
  'shard map': { forms: ['shard_map'], strict: true, evidence: 'sentence' },
  // The GitOps tool, capitalised: "flux" is a flow in French ("les flux EDI"), and a word of English prose.
  flux: { forms: ['Flux'], evidence: 'capital' },
  shell: {
    lowercaseInList: true,
    evidence: 'list',
    vetoAfter:
      /^\s+(?:plc|energy|oil|global|gas|station|company|petroleum|ltd|companies|game|corporation)\b/i,
    vetoBefore: /\b(?:royal dutch|at|egg|sea|nut|outer|hard|soft|join)\s+$/i,
    confirmBefore: /\b(?:bash|unix|linux|zsh|posix|command|the unix|powershell)\s*[/-]?\s*$/i,
    confirmAfter: /^\s+(?:scripts?|scripting|commands?|programming|environments?|tools)\b/i,
  },
  spring: {
    forms: ['Spring'],
    evidence: 'list',
    vetoAfter:
      /^\s*(?:'?\d{2,4}|semester|term|season|break|internships?|cohort|quarter|hiring|festival|cleaning|of|and summer|\/\s*summer)\b/i,
    vetoBefore: /\b(?:this|next|last|early|late|the|in|of|during|until|by|summer|fall|autumn|winter)\s+$/i,
    confirmBefore: /\bjava\s*(?:[/,&]|and|or)?\s*$/i,
    confirmAfter: /^\s+(?:boot|framework|mvc|cloud|data|security|batch|beans?|webflux)\b/i,
  },
  elastic: {
    evidence: 'sentence',
    forms: ['Elastic'],
    vetoAfter:
      /^\s+(?:scaling|compute|net|band|demand|capacity|load|beanstalk|ip|block|file|container|inference|transcoder|map|workforce)\b/i,
    adjective: true,
    vetoBefore: /\b(?:amazon|aws|highly|more|be|is)\s+$/i,
    confirmAfter: /^\s+(?:stack|cloud)\b/i,
  },
  // 4G, the mobile-network generation, as a skill ("4G/5G RAN", "4G core"), never the phone's
  // signal ("o 4G nem sempre chega", "where the 4G coverage is poor").
  '4g': {
    forms: ['4G'],
    evidence: 'sentence',
    vetoBefore:
      /\b(?:the|our|o|a|el|la|le|la|der|die|das|kein|no|sem|sin|sans|ohne|without|bad|poor|weak)\s+$/i,
    vetoAfter:
      /^\s+(?:coverage|signal|reception|connection|connectivity|dongle|sim|phone|nem|não|no|ne|n'|ist|is|was)\b/i,
  },
  // RTL, the hardware design level ("RTL in VHDL", "Debug failures across RTL and testbench"),
  // never right-to-left text ("RTL languages", "LTR/RTL layouts") or the broadcaster (RTL Group).
  rtl: {
    forms: ['RTL'],
    evidence: 'sentence',
    vetoBefore: /\bLTR\s*(?:\/|and|or|&|,)?\s*$/i,
    vetoAfter:
      /^\s*(?:\/\s*LTR|(?:and|or|&)\s+LTR|languages?|scripts?|layouts?|locales?|text|direction|support|mode|group|deutschland|nederland|television|tv|plus|\+)/i,
  },
  // Mode, the BI tool, is written capitalised; lower-case "mode" is the ordinary word even among
  // skills ("en mode NSA/SA", "batch mode, Kafka and Spark").
  mode: {
    forms: ['Mode'],
    evidence: 'sentence',
    vetoBefore: /\b(?:our|the|a|an|this|that|dark|light|safe|debug|offline|online)\s+$/i,
    confirmAfter: /^\s+(?:analytics|reports?|dashboards?)\b/i,
  },
  looker: {
    person: true,
    lowercaseInList: true,
    evidence: 'capital',
    vetoBefore: /\b(?:good|a|on|onlooker)\s+$/i,
    confirmAfter: /^\s+(?:studio|dashboards?|lookml|explores?)\b/i,
  },
  triton: {
    forms: ['Triton'],
    evidence: 'sentence',
    vetoAfter:
      /^\s+(?:drive|dr|square|sq|street|st|road|rd|way|avenue|ave|place|pl|building|house|court|park|plaza|tower|centre|center|college|boulevard|blvd|hall)\b/i,
    confirmBefore: /\b(?:nvidia|openai)\s+$/i,
    confirmAfter: /^\s+(?:inference|server|kernels?|language)\b/i,
  },
  // LoRa, the radio, is written otherwise; LoRA is the fine-tuning method wherever adapters,
  // weights or fine-tuning follow it.
  lora: {
    forms: ['LoRA'],
    evidence: 'sentence',
    confirmBefore: /\b(?:with|using|via|multi-|and|or)\s*$/i,
    confirmAfter: /^[\s-]+(?:adapters?|weights|fine-?tun\w*|training|serving|ranks?|layers?)\b/i,
  },
  // Acronyms of buses and products that are also words or names: only as written, and only
  // with a plain skill in the sentence (for CAN, the verb in capitals, a list) or a confirming
  // neighbour.
  can: {
    forms: ['CAN'],
    evidence: 'list',
    confirmBefore:
      /(?<![\w\u00c0-\u024f])(?:bus|protocols?|protocolli|protokolle?|protocoles?|via|over|su|über)\s+$/i,
    confirmAfter:
      /^\s*(?:[,/]\s*CAN FD|bus|FD|frames?|messages?|protocol|interface|stack|transceivers?|[,/]\s*LIN)\b/i,
  },
  lin: {
    forms: ['LIN'],
    evidence: 'sentence',
    confirmBefore: /\b(?:CAN(?: FD)?|bus)\s*(?:,|\/|and|or|e|und|et|y)?\s*$/,
    confirmAfter: /^\s+(?:bus|frames?|protocol|interface)\b/i,
  },
  // Apache alone is the web server; the foundation's other projects are longer names.
  apache: {
    forms: ['Apache'],
    evidence: 'sentence',
    vetoAfter:
      /^\s*(?:[-–]?\s*(?:Software|Foundation|License|Licen[cs]e|licen[cs]ed?|2\.0|helicopters?|tribes?|nation|people|county|junction)|\()/i,
    confirmAfter: /^\s*(?:[,/]\s*(?:Nginx|IIS|Tomcat)|web server|httpd|server|virtual hosts?|modules?|\d)\b/i,
  },
  hana: {
    forms: ['HANA'],
    evidence: 'sentence',
    confirmBefore: /\b(?:SAP|on|auf|su|sur|sobre)\s+$/,
    confirmAfter: /^\s+(?:database|DB|views?|modell?ing|studio|SQL)\b/i,
  },
  s3: {
    forms: ['S3'],
    evidence: 'sentence',
    vetoBefore:
      /\b(?:building|room|floor|level|suite|season|unit|block|hall|wing|gate|stage|phase|tier|zone|area|lab|office|bay|platform|grade|box|class|series|model)\s+$/i,
    // Storage is put on, in or into S3, in the posting languages too ("stockage en Parquet sur S3").
    confirmBefore: /\b(?:aws|amazon|on|into|from|to|sur|auf|su)\s+$/i,
    confirmAfter: /^\s+(?:buckets?|storage|objects?|data lake)\b/i,
  },
  java: {
    forms: ['Java', 'JAVA'],
    evidence: 'capital',
    vetoAfter: /^\s+(?:coffee|island|sea|man|trench)\b/i,
    vetoBefore: /\b(?:cup of|of hot|central|east|west)\s+$/i,
  },
  kafka: {
    lowercaseInList: true,
    evidence: 'capital',
    // The writer: "we read Kafka", "Kafka's novels", "Franz Kafka" (a name before is vetoed anyway).
    vetoBefore: /\b(?:read|reading|reads|like|by|franz)\s+$/i,
    vetoAfter: /^(?:['’]s)?\s+(?:novels?|stories|books?|writings?|metamorphosis|trial)\b|^esque/i,
    confirmBefore: /\bapache\s+$/i,
    confirmAfter: /^\s+(?:topics?|streams?|consumers?|producers?|connect|clusters?)\b/i,
  },
  flink: { lowercaseInList: true, evidence: 'capital', confirmBefore: /\bapache\s+$/i },
  hive: {
    lowercaseInList: true,
    evidence: 'capital',
    vetoBefore: /\b(?:a|the|bee|busy)\s+$/i,
    vetoAfter: /^\s+(?:of|mind)\b/i,
    confirmBefore: /\bapache\s+$/i,
  },
  helm: {
    lowercaseInList: true,
    evidence: 'capital',
    vetoBefore: /\b(?:the|at)\s+$/i,
    confirmAfter: /^\s+(?:charts?|releases?)\b/i,
  },
  jenkins: {
    forms: ['Jenkins'],
    evidence: 'capital',
    person: true,
    confirmAfter: /^\s+(?:pipelines?|jobs?)\b/i,
  },
  react: {
    forms: ['React'],
    evidence: 'capital',
    vetoAfter: /^\s+(?:to|quickly|fast|calmly|swiftly|promptly)\b/i,
    vetoBefore: /\b(?:to|can|must|will|and|quickly)\s+$/i,
  },
  // A children's book in prose ("a storybook ending"), the UI workshop when written as the
  // product is ("component library (Storybook)", "stories in Storybook").
  storybook: {
    forms: ['Storybook'],
    evidence: 'capital',
    vetoAfter: /^\s+(?:ending|romance|wedding|village|castle|characters?|illustrations?)\b/i,
  },
  // Google Cloud's services by their short names, only as Google writes them: "cloud logging"
  // and "cloud monitoring" in lower case are the practice on any cloud.
  'cloud logging': { forms: ['Cloud Logging'], evidence: 'capital' },
  'cloud monitoring': { forms: ['Cloud Monitoring'], evidence: 'capital' },
  prometheus: {
    forms: ['Prometheus'],
    evidence: 'capital',
    confirmAfter: /^\s+(?:metrics|alerts?|exporters?)\b/i,
  },
  tableau: {
    forms: ['Tableau'],
    evidence: 'capital',
    vetoBefore: /\b(?:le|un|du|au)\s+$/i,
    // "A Tableau of our founders", not the Dutch "or" before another name ("Tableau of Qlik").
    vetoAfter: /^\s+[Oo]f\s+(?![A-Z])/,
  },
  pandas: {
    evidence: 'sentence',
    vetoBefore: /\b(?:giant|red|baby|the|of|like|cute)\s+$/i,
    confirmAfter: /^\s+(?:dataframes?|library|code)\b/i,
    confirmBefore: /\b(?:using|with|in)\s+$/i,
  },
  // A version control system written in capitals; "VCs" is venture capital ("backed by top-tier VCs").
  vcs: { forms: ['VCS'], strict: true, evidence: 'sentence' },
  // The SOLID principles, never the adjective ("Solid Linux skills").
  solid: { forms: ['SOLID'], strict: true, evidence: 'sentence' },
  // The Dart package, written with its underscore: "get it" is the verb ("willing to get it within 3 months").
  'get it': { forms: ['get_it'], strict: true, evidence: 'sentence' },
  getit: null,
  // Express.js written "Express": also the verb and the adjective ("express delivery").
  express: {
    forms: ['Express'],
    evidence: 'list',
    vetoAfter:
      /^\s+(?:delivery|shipping|lane|entry|checkout|interest|written|consent|your|yourself|our|their)\b/i,
    confirmBefore: /\b(?:node(?:\.js)?|nestjs|framework|frameworks)\s*[(/,&]?\s*(?:and\s+|or\s+)?$/i,
    confirmAfter: /^\s*(?:\.js\b|js\b|(?:server|app|apps|apis?|endpoints?|routes?|middleware|backend)\b)/i,
  },
  // Node.js written "Node": capitalised, among other skills or with a version ("Node 18", "React and Node").
  node: {
    forms: ['Node'],
    evidence: 'list',
    vetoBefore: /\b(?:a|an|the|each|every|per|one|worker|master|leader|edge|kubernetes|k8s)\s+$/i,
    vetoAfter: /^\s+(?:pools?|groups?|affinity|selectors?|labels?|types?|exporters?|count|failures?)\b/i,
    confirmAfter:
      /^\s*(?:v?\d+(?:\.\d+)*(?:\.x)?\b|\s(?:backends?|services?|apis?|developers?|engineers?|runtime|ecosystem|servers?)\b)/i,
  },
  // Ruby on Rails written "Rails": capitalised, beside another skill ("Ruby 3.3 and Rails 7.1").
  rails: {
    forms: ['Rails'],
    evidence: 'sentence',
    vetoBefore: /\b(?:guard|the|off|on|our|safety|hand|side|curtain|towel)\s*-?\s*$/i,
    confirmAfter:
      /^\s*(?:v?\d+(?:\.\d+)*\b|\s(?:apps?|applications?|monoliths?|codebases?|developers?|engineers?|api|backends?)\b)/i,
  },
  // The Nx build system, never the NX of "NX-OS" or Siemens NX.
  nx: { forms: ['Nx'], evidence: 'sentence', vetoAfter: /^-/ },
  // JavaScript written "JS", but never the tail of a library's name the catalogue lacks ("Web3.js",
  // "ethers.js"): otherwise taken as it stands.
  js: {
    forms: ['JS', 'js', 'Js'],
    strict: true,
    evidence: 'list',
    vetoBefore: /[\p{L}\d][.-]$/u,
    confirmAfter: /^/,
  },
  // SAP Fiori written "Fiori": capitalised, never the Italian word for flowers.
  fiori: { forms: ['Fiori'], evidence: 'sentence', vetoBefore: /\b(?:di|dei|i|con|e)\s+$/i },
  // Informatica, the ETL tool; in Italian and Spanish "informatica / informática" is computing
  // ("Laurea in Informatica", "sicurezza informatica", "Ingegneria Informatica").
  informatica: {
    lowercaseInList: true,
    evidence: 'sentence',
    // Also a field among other fields of study ("Laurea in Ingegneria Elettronica, Informatica",
    // "Wiskunde of Informatica") or after a Dutch degree word ("een opleiding Informatica").
    vetoBefore:
      /(?<![\w\u00c0-\u024f])(?:in|di|della|dell'|en|de|sicurezza|ingegneria|ingeniería|sistemi|sistemas|servizi|servicios|tecnico|técnico|scienze|ciencias|laurea|grado|area|área|reparto|settore|sector|opleiding|studie|richting|hbo|wo)\s+$|\b(?:ingegneria|economia|statistica|matematica|fisica|elettronica|automazione|gestionale|telecomunicazioni|wiskunde|natuurkunde|bedrijfskunde|econometrie|elektrotechniek|statistiek|matemáticas|física|estadística|telecomunicaciones|matemática|estatística)\w*\s*(?:,|\/|\bo\b|\bof\b|\by\b|\be\b|\ben\b)\s*$/i,
    vetoAfter: /^\s+(?:e|y|o|ed|applicata|aziendale|gestionale|industriale|o affini|o equivalente)\b/i,
    confirmAfter: /^\s+(?:powercenter|cloud|idmc|iics|etl|mappings?|workflows?)\b/i,
  },
  // Jetpack Compose written "Compose": capitalised, beside another skill ("UI in Compose and Kotlin").
  compose: {
    forms: ['Compose'],
    evidence: 'sentence',
    vetoAfter: /^\s+(?:a|an|the|your|our|emails?|messages?|letters?|music|yourself)\b/i,
  },
  // GitHub the tool, not the place where the employer's code or a candidate's profile lives
  // ("14k GitHub stars", "public on GitHub", "a portfolio or GitHub you can walk us through").
  github: {
    forms: ['GitHub', 'Github', 'github', 'GITHUB'],
    strict: true,
    evidence: 'list',
    vetoBefore:
      /\b(?:public on|available on|open[- ]sourced? on|star us on|follow us on|find us on|your|portfolio or|portfolio,|link to your)\s+$/i,
    vetoAfter:
      /^\s+(?:stars?|profiles?|accounts?|handles?|usernames?|page|sponsors?|repo(?:sitory|sitories|s)? (?:link|url))\b/i,
    confirmAfter: /^/,
  },
  // Wi-Fi the networking skill, not the perk or the amenity ("guest Wi-Fi", "free Wi-Fi").
  'wi fi': {
    forms: ['Wi-Fi', 'WI-FI', 'wi-fi', 'Wi-fi'],
    strict: true,
    evidence: 'list',
    vetoBefore:
      /\b(?:guest|free|fast|high-speed|public|school|hotel|office|café|cafe|onboard|in-flight)\s+$/i,
    confirmAfter: /^/,
  },
  // The Jest test runner, never the Polish "jest" (is): "Docker jest plusem", "Python jest wymagany"
  // would otherwise read as a list of two names. Lower case only on a tag line; "Jest to..."
  // opening a Polish sentence neither.
  jest: {
    forms: ['Jest', 'JEST'],
    evidence: 'sentence',
    vetoAfter:
      /^\s+(?:to|on|ona|ono|nam|mi|ci|dla|bardzo|też|także|również|możliw\w*|wymagan\w*|mile|dodatkow\w*|plusem|atutem|konieczn\w*|niezbędn\w*)(?![\p{L}])/iu,
    vetoBefore: /\b(?:our|the|a|an|your|their)\s+$/i,
  },
  // Microsoft Teams written "Teams": only capitalised, among other tools ("Exchange Online, Teams, SharePoint").
  // German capitalises the noun: after an inflected adjective or article ("in agilen Teams", "in
  // den Teams") or in a compound ("Scrum-Teams") it is the ordinary word.
  teams: {
    forms: ['Teams'],
    strict: true,
    evidence: 'list',
    vetoBefore:
      /(?:\b(?:our|the|your|their|cross-functional|product|engineering|data|agile|scrum|sales|den|[A-Z][a-z]+)\s+|(?<![\p{L}])(?!(?:over|under|between)\s)[a-zäöüß][a-zäöüß-]{1,}(?:en|em|er|es)\s+|\p{L}-)$/u,
    confirmBefore: /\b(?:microsoft|ms|office 365|m365|slack|zoom)\s*(?:[/,&]|and|or)?\s*$/i,
  },
  // Microsoft Windows written "Windows": the operating system, never the openings of a building.
  windows: {
    forms: ['Windows', 'WINDOWS'],
    strict: true,
    evidence: 'sentence',
    vetoBefore:
      /\b(?:the|our|open|opening|big|large|floor-to-ceiling|time|maintenance|release|launch|delivery|tumbling|sliding)\s+$/i,
    vetoAfter: /^\s+(?:of|to|into|onto|for|and doors)\b/i,
    confirmAfter:
      /^\s+(?:server|clients?|desktops?|environments?|administration|os|operating systems?|endpoints?|machines|workstations|laptops|devices|\d+|xp|vista)\b/i,
  },
  // Unreal Engine's visual scripting, never the plans of an architecture ("Azure Blueprints",
  // "reference Blueprints"): beside C++ or Unreal, or with another skill in the sentence.
  blueprints: {
    forms: ['Blueprints'],
    evidence: 'sentence',
    vetoBefore:
      /\b(?:azure|aws|gcp|cloud|architecture|architectural|reference|solution|deployment|infrastructure|design|technical|security|our|the|a|your|their|these|those)\s+$/i,
    confirmBefore: /\b(?:unreal(?:\s+engine)?(?:\s+\d)?|ue\s?[45])\s*(?:,|\/|&|and|or)?\s*$/i,
    confirmAfter: /^\s+(?:visual scripting|scripting|graphs?)\b/i,
  },
  // The Vale prose linter; also a Portuguese, Spanish and Italian verb and a company's name.
  vale: {
    forms: ['Vale'],
    evidence: 'list',
    // "enforce our style guide (Vale)": the linter in brackets after what it checks.
    confirmBefore:
      /(?:\b(?:with|using|via|linting with|(?:linters?|linting tools?) (?:like|such as))\s+|\b(?:style ?guides?|prose|docs|documentation) (?:linting |linter |checks )?\(\s*)$/i,
    confirmAfter:
      /^\s+(?:for (?:style|prose|docs|documentation|linting)|linting|linter|style rules|styles)\b/i,
  },
  // The feature store, also "a Feast feature store" (capitalised); never "a feast" or a dinner.
  feast: {
    forms: ['Feast'],
    evidence: 'sentence',
    vetoBefore: /\b(?:summer|winter|christmas|holiday|team|annual|company)\s+$/i,
    confirmAfter: /^\s+(?:feature\s+(?:store|repo|server|views?|services?)|online store|offline store)\b/i,
  },
  // The firewall vendor written "Palo Alto", never the city ("offices in Palo Alto").
  'palo alto': {
    forms: ['Palo Alto'],
    evidence: 'sentence',
    vetoBefore: /\b(?:in|near|from|at|to|based in|offices? in|headquartered in|east)\s+$/i,
    vetoAfter:
      /^(?:\s*,\s*(?:CA|California)\b|-based\b|\s+(?:office|offices|HQ|headquarters|campus|area|based|California|Research|Center|Centre|Square|Medical|University|High|VA)\b)/,
    confirmAfter: /^\s+(?:firewalls?|NGFW|PAN-OS|Panorama|Prisma|Cortex|GlobalProtect|PCNSE|PCNSA)\b/,
  },
  // The 5G core's Policy Control Function, never the Power Apps Component Framework that Power
  // Platform ads also call PCF ("PCF (Power Apps Component Framework) controls", "PCF controls").
  pcf: {
    forms: ['PCF'],
    evidence: 'sentence',
    vetoBefore: /\b(?:power apps|power platform|dynamics|dataverse|model-driven|canvas)\b/i,
    vetoAfter: /^\s*(?:\(\s*power apps|controls?\b|components?\b)/i,
  },
  // GIS services, grids and formats by their acronyms beside GIS words ("GeoServer (WMS/WFS)",
  // "reprojeção (SIRGAS 2000, UTM)", "GeoTIFF, COG, Zarr"); never a warehouse management system,
  // a firewall's unified threat management or a cost of goods.
  wms: afterPlatformWord(
    ['WMS'],
    'geoserver|mapserver|qgis|arcgis|postgis|gis|ogc|wfs|wmts|wcs|maps?|mapas?|cartes?|karten?|layers?|camadas|capas|couches|geo\\w*|tiles?',
    'wfs|wmts|wcs|ogc',
  ),
  utm: afterPlatformWord(
    ['UTM'],
    'sirgas|wgs ?84|etrs\\w*|epsg|crs|\\w*proje\\w*|coordinat\\w*|coordenad\\w*|coordonn\\w*|datum|gis|gnss',
    'zon\\w*|coordinat\\w*|coordenad\\w*|coordonn\\w*|grid|proje\\w*',
  ),
  cog: afterPlatformWord(
    ['COG', 'COGs'],
    'geotiff|stac|zarr|netcdf|raster\\w*|sentinel|landsat|gdal|rasterio|satelli\\w*|imagery|geo\\w*|gis',
    'stac|zarr|geotiff',
  ),
  // MapLibre's tile server beside tile words ("tiles vetoriais (Martin / PMTiles)"), never a person.
  martin: afterPlatformWord(
    ['Martin'],
    'tiles?|tile servers?|pmtiles|vector tiles|vetoriais|vectoriales|vectorielles|postgis|maplibre|tippecanoe|pg_tileserv',
    'pmtiles|tile server|tippecanoe|pg_tileserv',
  ),
  // Bioinformatics tools by names that are also words, beside their field's words: Harmony's batch
  // integration ("batches (Harmony, scVI)"), NCBI's BLAST, Meta's ESM protein models ("AlphaFold/ESM",
  // never ECMAScript modules) and NVIDIA's Megatron among distributed-training tools.
  harmony: afterPlatformWord(
    ['Harmony'],
    'scvi\\w*|seurat|scanpy|bbknn|liger|batch\\w*|single-cell|scrna-seq|integrat\\w*',
    'scvi\\w*|seurat|scanpy|bbknn|liger',
  ),
  blast: afterPlatformWord(
    ['BLAST'],
    'sequence\\w*|alignment|bioinformatic\\w*|genom\\w*|protein\\w*|fasta|ncbi|hmmer|diamond|bowtie\\w*|bwa|samtools|mmseqs\\w*',
    'hmmer|diamond|mmseqs\\w*|searches',
  ),
  esm: afterPlatformWord(
    ['ESM'],
    'alphafold|esmfold|openfold|rosettafold|protein\\w*|prottrans|prott5|sequence\\w*|antibod\\w*',
    'models?|embeddings?|fold',
  ),
  megatron: afterPlatformWord(
    ['Megatron'],
    'deepspeed|fsdp|nemo|nccl|tensor[- ]parallel\\w*|pipeline[- ]parallel\\w*|distributed training|zero-?[123]?',
    'deepspeed|fsdp|nemo',
  ),
  // Unreal Engine's physics and effects systems by their short names, beside the engine's words
  // ("znajomość fizyki Chaos", "Niagara and Blueprints"); never chaos engineering, Niagara Falls or
  // Tridium's Niagara.
  chaos: afterPlatformWord(
    ['Chaos'],
    'unreal|ue ?[45]|physics|fizyk\\w*|physik|physique|f[íi]sica|destruction|niagara|havok|physx',
    'physics|destruction|vehicles?|cloth',
  ),
  niagara: afterPlatformWord(
    ['Niagara'],
    'unreal|ue ?[45]|vfx|particles?|cascade|blueprints|materials?|chaos|shaders?',
    'vfx|particles?|systems?|effects',
  ),
  // Endpoint and patch management by short names, beside the platform's words: Microsoft's
  // Configuration Manager ("Intune and Configuration Manager (MECM/SCCM)") and Red Hat Satellite
  // ("patch management via WSUS et Satellite"); never a configuration manager's job or a satellite.
  'configuration manager': afterPlatformWord(
    ['Configuration Manager'],
    'intune|microsoft|endpoint|autopilot|wsus|mdm|windows|sccm|mecm|configmgr',
    '\\(?\\s*(?:mecm|sccm|configmgr)',
  ),
  satellite: afterPlatformWord(
    ['Satellite'],
    'red hat|rhel|wsus|foreman|katello|puppet|ansible|spacewalk|patch\\w*|correctifs|parches|yum|dnf|idm|freeipa',
    'server|capsule|(?:(?:and|och|og|und|et|y|e|en|i|oraz)\\s+)?(?:idm|freeipa|foreman|katello|ansible)',
  ),
  // The firewall vendor as it writes itself, beside other skills ("FortiGate, Check Point and Palo
  // Alto"); never a "check point" in prose.
  'check point': { forms: ['Check Point'], evidence: 'sentence' },
  // Short names of a platform's products, after a word of that platform (afterPlatformWord).
  flow: afterPlatformWord(['Flow'], 'kotlin|coroutines?|stateflow|sharedflow|livedata|rxjava'),
  navigation: afterPlatformWord(
    ['Navigation'],
    'jetpack|viewmodel|room|workmanager|livedata|hilt|lifecycle|paging|datastore',
  ),
  provider: afterPlatformWord(
    ['Provider'],
    'flutter|dart|bloc|riverpod|getx|mobx|state management|gestión de estado|gerenciamento de estado|gestion d.état',
  ),
  weka: afterPlatformWord(['WEKA', 'Weka'], 'lustre|gpfs|ceph|beegfs|vast|storage|spectrum scale|ddn|nfs'),
  aruba: afterPlatformWord(
    ['Aruba'],
    'cisco|meraki|juniper|wireless|wi-?fi|wlan|clearpass|switch\\w*|fortinet|ruckus|ubiquiti|arista',
  ),
  // Data-observability's Monte Carlo beside data-quality tooling, never the simulation method.
  'monte carlo': afterPlatformWord(
    ['Monte Carlo'],
    'dbt|great expectations|soda|data quality|data observability|observability|anomalo|bigeye|elementary|lineage',
  ),
  // Short names of products whose full name the catalogue gives ("Argo Workflows", "SAP BPC",
  // "Microsoft Sentinel", "Apptainer|Singularity"): written as the product writes itself, beside another skill.
  argo: { forms: ['Argo'], evidence: 'list', person: true },
  singularity: { forms: ['Singularity'], evidence: 'list' },
  // Microsoft Sentinel among SIEMs ("Splunk, Sentinel, QRadar"); never Terraform's or Redis's
  // Sentinel, nor the Copernicus satellites ("imágenes Sentinel").
  sentinel: {
    forms: ['Sentinel'],
    evidence: 'list',
    vetoBefore:
      /\b(?:redis|hashicorp|terraform|vault|the|a|an|our|your|imag\w*|imágenes|immagini|bilder|satellit\w*|copernicus|esa)\s+$/i,
    vetoAfter: /^(?:-\d|\s+(?:hub|satellites?|data|imagery|images?)\b)/i,
  },
  // Sequence-alignment file formats, in a list of formats ("FASTQ, BAM, CRAM"): never a group's
  // acronym ("Credit Risk Analytics & Modelling (CRAM)").
  bam: { forms: ['BAM'], evidence: 'list' },
  cram: { forms: ['CRAM'], evidence: 'list' },
  bpc: { forms: ['BPC'], evidence: 'sentence' },
  // The trading protocol in capitals beside other skills ("FIX, ITCH and OUCH"); never "fix".
  fix: { forms: ['FIX'], evidence: 'sentence' },
  'group reporting': { forms: ['Group Reporting'], evidence: 'sentence' },
  ddr: { forms: ['DDR'], evidence: 'sentence' },
  carla: { forms: ['CARLA'], evidence: 'sentence' },
  moe: { forms: ['MoE'], evidence: 'sentence' },
  kto: { forms: ['KTO'], evidence: 'sentence' },
  // The EU's Medical Device Regulation beside medical-device words ("MDR/IEC 62304", "MDR klasse
  // IIb"); never managed detection and response beside EDR.
  mdr: afterPlatformWord(
    ['MDR'],
    'medical|medisch\\w*|médica\\w*|medizin\\w*|medicinteknisk\\w*|devices?|hulpmiddel\\w*|ivdr|iso 13485|iec 62304|iso 14971|fda|ce-?mark\\w*|clinical|klinisch\\w*|notified body|samd|regulation|regulatory|technical file|expediente técnico|dossier technique|technische dokumentation',
    // Or before another law of patient data ("krav enligt MDR, patientdatalagen").
    'iec 62304|ivdr|iso 13485|iso 14971|fda|ce\\b|klasse|class|classe|patient\\w*',
  ),
  purview: { forms: ['Purview'], evidence: 'sentence' },
  // Hugging Face's Accelerate beside its kind ("Accelerate, DeepSpeed or FSDP"); never the verb.
  accelerate: {
    forms: ['Accelerate'],
    evidence: 'list',
    vetoAfter: /^\s+(?:your|our|the|their|its|growth|time|delivery|innovation|adoption|development|how)\b/i,
  },
  // Deque's accessibility checker, in brackets or a list ("accessibility tests (axe)"); never the tool for wood.
  axe: { forms: ['axe'], evidence: 'list' },
  // IBM's hierarchical database beside mainframe words; never telecom's IP Multimedia Subsystem.
  ims: afterPlatformWord(
    ['IMS'],
    'ibm|cobol|cics|db2|jcl|mainframe|z/os|vsam|pl/i|natural|adabas',
    // Or before other mainframe names: "IMS, REXX".
    'db|dc|tm|rexx|cics|db2|jcl|vsam|cobol|pl/i',
  ),
  // WTW's pricing tools by their short names, beside each other or pricing words.
  radar: afterPlatformWord(['Radar'], 'emblem|wtw|willis|igloo|resq|pricing|rating engine|tarif\\w*'),
  // Odoo's front-end framework beside Odoo's words ("vistas con OWL/JavaScript", "framework OWL");
  // never the Web Ontology Language ("RDF and OWL").
  owl: afterPlatformWord(
    ['OWL'],
    'odoo|qweb|framework|vistas|views|vues|viste|front-?end',
    'javascript|js|framework|components?',
  ),
  // A system on chip, written as chip designers write it; never a security operations centre (SOC).
  soc: { forms: ['SoC', 'SoCs'], evidence: 'sentence' },
  // The store an app is published to; not the app's rating or downloads there ("rated 4.6 on the Play Store").
  'play store': {
    forms: ['Play Store'],
    evidence: 'sentence',
    vetoBefore:
      /(?:\d|\b(?:rated|not[ée]es?|stars?|étoiles|estrellas|downloads?|téléchargée?s?|descargas|bewertet|#1|top))[^.;\n]{0,18}$/i,
  },
  'go test': { forms: ['go test'], evidence: 'sentence' },
  nexus: afterPlatformWord(['Nexus'], 'cisco|catalyst|switch\\w*|data ?cent\\w*|aci|nx-os|juniper|arista'),
  panorama: afterPlatformWord(['Panorama'], 'palo alto|pan-os|firewalls?|prisma|globalprotect'),
  rac: afterPlatformWord(['RAC'], 'oracle|data guard|rman|asm|exadata|dba|goldengate'),
  oem: afterPlatformWord(['OEM'], 'oracle|awr|rman|data guard|cloud control|dba'),
  gas: afterPlatformWord(['GAS'], 'unreal|ability system|blueprints|ue[45]|gameplay'),
  rider: afterPlatformWord(['Rider'], 'visual studio|vs ?code|clion|intellij|jetbrains|xcode|resharper|ide'),
  mermaid: afterPlatformWord(
    ['Mermaid'],
    'diagrams?|plantuml|excalidraw|markdown|mdx|docs|draw\\.io|structurizr|docusaurus|mkdocs',
  ),
  // Laravel's templates beside Laravel's words, or before the TALL stack's ("Blade, Alpine.js e Tailwind").
  blade: afterPlatformWord(
    ['Blade'],
    'laravel|php|livewire|inertia|eloquent',
    'alpine\\w*|livewire|templates?|components?|directives?',
  ),
  signals: afterPlatformWord(['Signals'], 'angular|rxjs|ngrx|standalone|zoneless'),
  runes: afterPlatformWord(['Runes'], 'svelte'),
  // Romance languages name the kind first: "componentes Aura", "composants Aura".
  aura: afterPlatformWord(
    ['Aura'],
    'salesforce|lwc|lightning|apex|visualforce|componentes?|composants?|componenti|komponent\\w*',
    'components?|framework|apps?',
  ),
  mirror: afterPlatformWord(['Mirror'], 'unity|netcode|photon|fish-?net|multiplayer|networking'),
  volcano: afterPlatformWord(['Volcano'], 'kubernetes|k8s|kueue|slurm|schedul\\w*|yunikorn|kubeflow'),
  autopilot: afterPlatformWord(['Autopilot'], 'intune|windows|endpoint manager|sccm|mdm|entra'),
  donut: afterPlatformWord(
    ['Donut'],
    'layoutlm\\w*|nougat|pix2struct|ocr|document|docvqa|vision-language|vlms?',
  ),
  nougat: afterPlatformWord(
    ['Nougat'],
    'layoutlm\\w*|donut|pix2struct|ocr|document|pdfs?|marker|vision-language|vlms?',
  ),
  lexical: afterPlatformWord(
    ['Lexical'],
    'tiptap|prosemirror|slate|quill|draft\\.?js|editors?|rich[- ]text|ckeditor',
  ),
  slate: afterPlatformWord(
    ['Slate'],
    'tiptap|prosemirror|lexical|quill|draft\\.?js|editors?|rich[- ]text|ckeditor',
  ),
  davinci: afterPlatformWord(['DaVinci'], 'autosar|vector|canoe|tresos|microsar|bsw|rte|ecu'),
  dem: afterPlatformWord(['DEM'], 'autosar|uds|diagnos\\w*|fehlerspeicher|dcm|bsw|microsar|iso 14229'),
  dcm: afterPlatformWord(['DCM'], 'autosar|uds|diagnos\\w*|fehlerspeicher|dem|bsw|microsar|iso 14229'),
  scps: afterPlatformWord(['SCPs'], 'aws|organizations|iam|guardrails|control tower|accounts'),
  // Twilio Segment among event-tracking tools ("tracking (Segment, Amplitude)"), never a market segment.
  segment: afterPlatformWord(
    ['Segment'],
    'amplitude|mixpanel|rudderstack|snowplow|heap|hightouch|census|mparticle|posthog|event[- ]tracking|tracking tools|cdps?|tracking plans?|plan de marquage|plan de tracking|plan de medición|tagging plans?',
  ),
  // Heap, the product-analytics tool, beside its kind ("Amplitude, Heap"), never a heap of anything.
  heap: afterPlatformWord(
    ['Heap'],
    'amplitude|mixpanel|segment|posthog|pendo|fullstory|hotjar|product analytics|event[- ]tracking|tracking tools',
  ),
  // ServiceNow Service Mapping by its short name after a word of the platform.
  'service mapping': afterPlatformWord(['Service Mapping'], 'servicenow|cmdb|discovery|itom|mid server'),
  // LitmusChaos after chaos engineering, never a litmus test.
  litmus: afterPlatformWord(['Litmus'], 'chaos|gremlin|fault injection|resilience testing'),
  // Google's Coral Edge TPU among edge accelerators, never a reef or a colour.
  coral: afterPlatformWord(
    ['Coral'],
    'jetson|hailo|edge ?tpus?|tpus?|openvino|tensorrt|tflite|tensorflow lite|raspberry|movidius|myriad|npus?|embarqu\\w*|embedded|edge',
  ),
  // AWS CDK beside other infrastructure as code ("CloudFormation/CDK", "Terraform or CDK").
  cdk: afterPlatformWord(
    ['CDK'],
    'cloudformation|terraform|pulumi|aws|iac|infrastructure as code|bicep|sam|serverless framework',
  ),
  // Server-sent events among streaming transports ("streaming, SSE, WebSockets"), not x86 SSE.
  sse: afterPlatformWord(
    ['SSE'],
    'streaming|websockets?|long[- ]polling|http/?2|grpc|webhooks?|real[- ]time|push',
  ),
  // Entra Privileged Identity Management among identity controls, never product information management.
  pim: afterPlatformWord(
    ['PIM'],
    'entra|azure ad|aad|rbac|conditional access|azure policy|identity|iam|pam|privileged|intune',
  ),
  // The Basel accords beside other banking rules ("IFRS 9 e Basileia"), never the city.
  basel: afterPlatformWord(
    ['Basel'],
    'ifrs ?9|crr|crd|irb|solvency|capital requirements|credit risk|prudential',
  ),
  basileia: afterPlatformWord(
    ['Basileia'],
    'ifrs ?9|crr|crd|irb|solvência|requisitos de capital|risco de crédito|prudencial',
  ),
  basilea: afterPlatformWord(
    ['Basilea'],
    'ifrs ?9|crr|crd|irb|solvencia|solvibilità|requisitos de capital|requisiti patrimoniali|riesgo de crédito|rischio di credito|prudencial',
  ),
  bâle: afterPlatformWord(
    ['Bâle'],
    'ifrs ?9|crr|crd|irb|solvabilité|exigences de fonds propres|risque de crédit|prudentiel\\w*',
  ),
  // Credit-risk model metrics beside each other ("stability (PSI, Gini, KS)"), never Corrado Gini or Kansas.
  gini: afterPlatformWord(
    ['Gini'],
    'psi|ks|auc|roc|woe|scorecards?|discriminat\\w*|lorenz|stabilit\\w*|estabilidade|estabilidad',
    'coefficient|index|KS|AUC|PSI',
  ),
  ks: afterPlatformWord(['KS'], 'gini|psi|auc|roc|woe|scorecards?|discriminat\\w*|lorenz'),
  // Capture the flag among security work ("(CVE, write-ups, CTF)"), never counter-terrorist financing.
  ctf: afterPlatformWord(
    ['CTF', 'CTFs'],
    'hack\\w*|capture|pentest\\w*|penetration|cves?|exploit\\w*|red team\\w*|bug bount\\w*|hackthebox|tryhackme|oscp|offensive',
  ),
  // UK health datasets beside each other or NHS data, never a Spanish "sus" or a sentence's "HES".
  hes: afterPlatformWord(['HES'], 'nhs|sus|cprd|opcs|icd-?1[01]|snomed|omop|gp data|hospital'),
  sus: afterPlatformWord(['SUS'], 'nhs|hes|cprd|opcs|icd-?1[01]|snomed|omop|gp data'),
  // Dynamics 365 methods and features, capitalised, beside another skill ("Sure Step / Success by
  // Design with Azure DevOps"); never "a sure step" or "success by design" in prose.
  'sure step': { forms: ['Sure Step'], evidence: 'sentence' },
  'success by design': { forms: ['Success by Design'], evidence: 'sentence' },
  'electronic reporting': { forms: ['Electronic Reporting'], evidence: 'sentence' },
  // Word error rate as a metric tracked or reported ("track WER", "WER and CER"), never the German
  // "WER" of a capitalised header ("WER WIR SIND").
  wer: {
    forms: ['WER'],
    evidence: 'sentence',
    vetoAfter: /^\s+(?:WIR|SIND|DU|BIST|IST|SIE|UNS|ES)\b/,
    confirmBefore:
      /\b(?:track\w*|measur\w*|reduc\w*|lower\w*|improv\w*|evaluat\w*|benchmark\w*|report\w*|metrics?(?: such as| like)?|asr|speech)\s+(?:the\s+|our\s+)?$/i,
    confirmAfter: /^\s*(?:,|\/|and|or)?\s*(?:CER|DER|RTF|BLEU|word error|character error)\b/i,
  },
  // The robot simulator after a preposition ("test in Gazebo"), never "lunch in the gazebo".
  gazebo: {
    lowercaseInList: true,
    evidence: 'sentence',
    person: true,
    vetoBefore: /\b(?:our|the|a|an|your|their|this|that)\s+$/i,
    confirmBefore: /\b(?:in|with|using|via|mit|avec|con|em|en|im|w)\s+$/,
  },
  // ServiceNow's products by their short names, after a word of the platform.
  atf: afterPlatformWord(
    ['ATF'],
    'servicenow|clone[- ]?downs?|upgrades?|update sets|flow designer|integrationhub|itsm|itom|instances?',
  ),
  'now assist': afterPlatformWord(
    ['Now Assist'],
    'servicenow|now platform|itsm|itom|hrsd|csm|virtual agent|experience with',
  ),
  'virtual agent': afterPlatformWord(
    ['Virtual Agent'],
    'servicenow|now platform|now assist|itsm|itom|hrsd|csm',
  ),
  discovery: afterPlatformWord(['Discovery'], 'servicenow|cmdb|itom|service mapping|mid server'),
  csa: afterPlatformWord(['CSA'], 'servicenow|system administrator|cad|cis-\\w+|itil'),
  'integration hub': afterPlatformWord(
    ['Integration Hub'],
    'servicenow|flow designer|spokes?|itsm|itom|mid server|glide|now platform',
  ),
  'ui builder': afterPlatformWord(
    ['UI Builder'],
    'servicenow|service portal|workspaces?|now experience|next experience|glide|itsm|now platform',
    'next experience|now experience|workspaces?',
  ),
  'next experience': afterPlatformWord(
    ['Next Experience'],
    'servicenow|ui builder|now experience|workspaces?|service portal|polaris|now platform',
  ),
  'event management': afterPlatformWord(
    ['Event Management'],
    'servicenow|itom|discovery|service mapping|cmdb|mid server|aiops|operator workspace',
  ),
  'performance analytics': afterPlatformWord(
    ['Performance Analytics'],
    'servicenow|itsm|itom|hrsd|csm|spm|now platform',
  ),
  'certified application developer': afterPlatformWord(
    ['Certified Application Developer'],
    'servicenow|csa|system administrator|cis-\\w+|itil',
  ),
  // ServiceNow's way of moving changes between instances, as the platform writes it, among other skills.
  'update sets': { forms: ['Update Sets'], evidence: 'sentence' },
  // Apple's Combine, never the verb opening a sentence or bullet ("Combine Python and SQL...").
  combine: {
    forms: ['Combine'],
    evidence: 'list',
    vetoBefore: /(?:^|[.:;!?•*\-–]\s*|\b(?:to|we|you|will|can|must|should|and then)\s+)$/i,
    vetoAfter: /^\s+(?:your|our|the|a|an|with|it|them|these|those|data|skills|business|technical)\b/i,
    confirmBefore: /\b(?:swift|swiftui|rxswift|await|concurrency|asynchronous|reactive|uikit|ios)\b/i,
    confirmAfter:
      /^\s*(?:,|\/|and|or|und|et|y|e|en)?\s*(?:Swift|SwiftUI|RxSwift|async|publishers?|framework)\b/,
  },
  // Azure's services by their short names, capitalised as Azure writes them, among other skills.
  'app service': {
    forms: ['App Service'],
    evidence: 'sentence',
    vetoBefore: /\b(?:our|the|your|their|an?)\s+$/i,
  },
  'logic apps': { forms: ['Logic Apps'], evidence: 'sentence', vetoBefore: /\b(?:our|the|your|their)\s+$/i },
  synapse: {
    forms: ['Synapse'],
    evidence: 'list',
    vetoBefore: /\b(?:the|a|each|per|every|neural|matrix|chemical)\s+$/i,
    confirmBefore: /\bazure\s+$/i,
    confirmAfter:
      /^\s+(?:pipelines?|notebooks?|workspaces?|spark|sql|dedicated|serverless|link|analytics)\b/i,
  },
  // Cisco's switches written "Catalyst": among other network products, never "a catalyst for".
  catalyst: {
    forms: ['Catalyst'],
    evidence: 'list',
    vetoBefore: /\b(?:a|an|the|our|your|be|as|real|key|true|acts?)\s+$/i,
    vetoAfter: /^\s+(?:for|of|to|in|that|who|programme|program)\b/i,
    confirmBefore: /\bcisco\b.*$/i,
    confirmAfter: /^\s+(?:\d{4}|switch(?:es|ing)?|SD-WAN|Center)\b/i,
  },
  // The EU Digital Operational Resilience Act among other regulations; never the DORA metrics.
  dora: {
    forms: ['DORA'],
    evidence: 'sentence',
    vetoAfter: /^\s*(?:-|\s)(?:metrics?|four|key|report|research|capabilit)/i,
    confirmBefore: /\b(?:regulat\w*|compliance|cumplimiento|conformité|anforderungen|requirements)\b/i,
  },
  // Acronyms that are also other things (thin-film displays, group purchasing): among other skills.
  tft: {
    forms: ['TFT'],
    evidence: 'sentence',
    vetoBefore: /\b(?:LCD|display)\s*$/i,
    vetoAfter: /^[\s-]*(?:LCDs?|displays?|screens?|panels?|touch|monitors?)\b/i,
  },
  // Mean average precision among ranking or detection metrics, never a minimum advertised price.
  map: {
    forms: ['MAP', 'mAP'],
    evidence: 'sentence',
    vetoBefore: /\baws\s+$/i,
    vetoAfter: /^\s*(?:\(?migration|pricing|price|policy|policies|violations?|program)\b/i,
    // "evaluation metrics (mAP, NDS)", "metriche di valutazione (mAP, ...)": a metric among metrics.
    confirmBefore:
      /\b(?:metrics?|metriche|métriques|métricas|metriken|metrieken|evaluat\w*|valutazione|évaluation|evaluación|avaliação)\b[^.;:\n]{0,20}$/i,
  },
  // The GDPR under its Dutch (AVG) and Polish (RODO) names, beside another skill.
  // (never SQL's AVG beside SUM and COUNT, nor the antivirus): only after a word of data protection.
  avg: afterPlatformWord(
    ['AVG'],
    'gdpr|privacy|governance|persoonsgegevens|gegevensbescherming|compliance|iso 27001|nis2|beveiliging|security',
  ),
  rodo: afterPlatformWord(
    ['RODO'],
    'gdpr|privacy|danych osobowych|ochrony danych|bezpieczeństw\\w*|zgodności|compliance|iso 27001',
  ),
  fragments: afterPlatformWord(
    ['Fragments'],
    'android|xml|activit\\w*|compose|jetpack|viewmodel|kotlin|views?',
  ),
  gpo: {
    forms: ['GPO'],
    evidence: 'sentence',
    vetoAfter: /^\s+(?:contracts?|pricing|members?|agreements?|partners?)\b/i,
  },
  // SAP modules by their plain names: capitalised, beside another skill.
  'asset accounting': { forms: ['Asset Accounting'], evidence: 'sentence', ...NOT_A_TEAM },
  'central finance': { forms: ['Central Finance'], evidence: 'sentence', ...NOT_A_TEAM },
  claude: { forms: ['Claude'], evidence: 'list', person: true, confirmAfter: /^\s+(?:api|models?|code)\b/i },
  llama: { forms: ['Llama', 'LLaMA', 'LLAMA'], evidence: 'capital', confirmAfter: /^\s+(?:models?|\d)/i },
  // A software regression ("a p99 latency regression", "regression runs in Jenkins"), not the model.
  regression: {
    lowercaseInList: true,
    evidence: 'sentence',
    person: true,
    vetoBefore:
      /\b(?:our|the|a|an|your|their|my|this|that|latency|performance|perf|p\d{2,3}|visual|nightly|memory|speed|ui|build)\s+$/i,
    vetoAfter: /^[\s-]*(?:runs?|tests?|testing|suites?|bugs?|packs?|cycles?|checks?|issues?)\b/i,
  },
  // Language models named by a first name in mixed case (the Spanish MarIA, the Polish HerBERT,
  // the Dutch RobBERT): only as written, beside another skill; Maria, Herbert, Robbert are people.
  maria: { forms: ['MarIA'], evidence: 'sentence' },
  herbert: { forms: ['HerBERT'], evidence: 'sentence' },
  robbert: { forms: ['RobBERT'], evidence: 'sentence' },
  // Acronyms of one product among others that share them (a data-communication network, a car, a
  // record label): in capitals, beside another skill ("DLRM/DCN", "behaviour trees, EQS and StateTree").
  dcn: { forms: ['DCN'], evidence: 'sentence' },
  // Aliases that are also words or other acronyms, in capitals (or as their makers write them)
  // beside another skill: "requirements traceability (DOORS)", "Cloud Adoption Framework (CAF)",
  // "(AWR, ASH)", "Integrated Logic Analyzer (ILA)".
  doors: { forms: ['DOORS'], evidence: 'sentence' },
  ila: { forms: ['ILA'], evidence: 'sentence' },
  caf: { forms: ['CAF'], evidence: 'sentence', vetoAfter: /^\s+(?:members?|veterans?|personnel|bases?)\b/i },
  ash: { forms: ['ASH'], evidence: 'sentence' },
  tws: { forms: ['TWS'], evidence: 'list' },
  // Detection rules, the memory forensics framework, the build system: in a list of their tools
  // ("(Sigma, KQL)", "(Volatility, KAPE)", "Bazel, Pants"); never Six Sigma or market volatility.
  // The detection-rule format, in brackets after the rules it writes ("Detection-Regeln (Sigma)").
  sigma: {
    forms: ['Sigma'],
    evidence: 'list',
    vetoBefore: /\b(?:six|lean)\s+$/i,
    confirmBefore:
      /\b(?:detection[- ]\w+|detektion\w*|regeln|rules|règles|reglas|regole|yara|siem)\s*\(\s*$/i,
  },
  volatility: { forms: ['Volatility'], evidence: 'list' },
  pants: { forms: ['Pants'], evidence: 'list' },
  eqs: { forms: ['EQS'], evidence: 'sentence' },
  umg: { forms: ['UMG'], evidence: 'sentence' },
  // The developer portal: "con Backstage", "Backstage plugins"; never a concert's backstage.
  backstage: {
    forms: ['Backstage'],
    evidence: 'sentence',
    vetoBefore: /\b(?:go|went|going|goes|from|vip|the)\s+$/i,
    confirmBefore: /\b(?:with|using|via|con|avec|mit|met|com|usando|in|on|en|sobre|auf|op)\s+$/i,
    confirmAfter:
      /^\s*(?:[:(]\s*)?(?:developer portal|portal|plugins?|software catalog\w*|software templates|scaffolder|techdocs|catálogo|plantillas)\b/i,
  },
  // Short names of cloud, CRM, ERP, mainframe, game-engine and tooling products, read as the
  // product only after a word of their platform ("Kafka (MSK)", "IAM, secrets in Secrets
  // Manager", "Modulberater (MM, SD, PP, FI/CO)", "JCL, PROCs", "GraphQL (Apollo)").
  msk: afterPlatformWord(['MSK'], 'aws|amazon|kafka|eks|ecs|aurora|kinesis|lambda|glue|msk connect'),
  'secrets manager': afterPlatformWord(
    ['Secrets Manager'],
    'aws|amazon|iam|kms|guardduty|security hub|cloudwatch|lambda|parameter store|ecs|eks|fargate',
  ),
  'x ray': afterPlatformWord(
    ['X-Ray'],
    'aws|amazon|cloudwatch|lambda|datadog|tracing|opentelemetry|ecs|eks|api gateway|step functions|new relic',
  ),
  'management groups': afterPlatformWord(
    ['Management Groups'],
    'azure|polic\\w*|subscriptions?|landing zones?|entra|blueprints|rbac|hub-and-spoke',
  ),
  'managed identities': afterPlatformWord(
    ['Managed Identities', 'Managed Identity'],
    'azure|entra|key vault|aad|active directory|service principals?|app service|aks|functions',
  ),
  'managed identity': afterPlatformWord(
    ['Managed Identity', 'Managed Identities'],
    'azure|entra|key vault|aad|active directory|service principals?|app service|aks|functions',
  ),
  'integration procedures': afterPlatformWord(
    ['Integration Procedures', 'Integration Procedure'],
    'omnistudio|flexcards?|omniscripts?|dataraptors?|vlocity|salesforce',
  ),
  'integration procedure': afterPlatformWord(
    ['Integration Procedure', 'Integration Procedures'],
    'omnistudio|flexcards?|omniscripts?|dataraptors?|vlocity|salesforce',
  ),
  // Salesforce Knowledge beside other Service Cloud features; never "Knowledge of ...".
  knowledge: {
    ...afterPlatformWord(
      ['Knowledge'],
      'service cloud|service console|omni-channel|case management|einstein|salesforce',
    ),
    vetoAfter: /^\s+(?:of|in|on|about|transfer|sharing|base|graphs?|workers?|management)\b/i,
  },
  // The EHR beside health-care systems ("Salesforce Health Cloud, Epic and Azure"); never a user
  // story's epic or the games company.
  epic: {
    ...afterPlatformWord(
      ['Epic'],
      'health\\s*cloud|ehr|emr|clinical|hl7|fhir|cerner|meditech|clarity|caboodle|hospitals?|patients?|health\\s*care',
    ),
    vetoAfter: /^\s+(?:Games|Online|Store|Megagrants)\b/,
  },
  // Epic's reporting database in a list of its kind ("Clarity and Caboodle"); never clarity of thought.
  clarity: {
    forms: ['Clarity'],
    evidence: 'list',
    vetoAfter:
      /^\s+(?:of|in|on|around|and\s+(?:focus|purpose|structure|precision|empathy|concision|brevity|care|confidence))\b/i,
  },
  caboodle: { forms: ['Caboodle'], evidence: 'sentence' },
  // Salesforce's clouds by their short names; never another vendor's ("Adobe Marketing Cloud",
  // "the AI Data Cloud").
  'marketing cloud': {
    forms: ['Marketing Cloud'],
    evidence: 'sentence',
    vetoBefore: /\b(?:adobe|oracle|sap|ibm)\s+$/i,
    confirmBefore: ASKED_BEFORE,
  },
  'data cloud': {
    forms: ['Data Cloud'],
    evidence: 'sentence',
    vetoBefore: /(?:\b(?:ai|snowflake|oracle|google|sap|teradata|cloudera|the|our|a|an)|'s)\s+$/i,
    confirmBefore: ASKED_BEFORE,
  },
  'commerce cloud': {
    forms: ['Commerce Cloud'],
    evidence: 'sentence',
    vetoBefore: /\b(?:sap|oracle|adobe)\s+$/i,
    confirmBefore: ASKED_BEFORE,
  },
  // Payment schemes whose names are also words ("o Pix", "iDEAL", "Swish").
  pix: {
    forms: ['Pix', 'PIX'],
    evidence: 'sentence',
    confirmBefore: /\b(?:o|via|com|pagamentos?|payments?)\s+$/i,
    confirmAfter:
      /^\s+(?:(?:e|and|ou|or)\s+(?:com\s+)?boletos?|payments?|pagamentos?|api|integration|integração)\b/i,
  },
  ideal: { forms: ['iDEAL'], strict: true, evidence: 'sentence' },
  swish: { forms: ['Swish'], evidence: 'list' },
  sanctum: afterPlatformWord(['Sanctum'], 'laravel|passport|eloquent|php|breeze|fortify|jetstream'),
  'live activities': { forms: ['Live Activities', 'Live Activity'], evidence: 'sentence' },
  'live activity': { forms: ['Live Activity', 'Live Activities'], evidence: 'sentence' },
  // Xcode's profiler after words of Apple development or profiling ("energy use with
  // Instruments"); never Texas or National Instruments.
  instruments: {
    forms: ['Instruments'],
    strict: true,
    evidence: 'list',
    vetoBefore:
      /(?:^(?![\s\S]*\b(?:xcode|swift|swiftui|ios|time profiler|allocations|profil\w*|energy use|memory leaks|performance))|\b(?:texas|national|musical|financial|keysight)\s+$)/i,
    confirmBefore:
      /\b(?:xcode|swift|swiftui|ios|time profiler|allocations|profil\w*|energy use|memory leaks|performance)/i,
  },
  'service bus': afterPlatformWord(
    ['Service Bus'],
    'azure|app service|functions|event grid|event hubs|logic apps|\\.net|masstransit|nservicebus',
  ),
  'endpoint administrator': afterPlatformWord(
    ['Endpoint Administrator'],
    'microsoft|certified|md-102|zertifizierung\\w*|certification\\w*|certificering\\w*|modern desktop',
  ),
  // The smart-home standards, beside each other or a radio ("Matter over Thread", "Matter / Thread / Zigbee").
  // The Scaled Agile Framework only as written, even on a line of skills: "Keep data safe: GDPR, RBAC" is the adjective.
  safe: { forms: ['SAFe'], strict: true, evidence: 'sentence' },
  matter: {
    ...afterPlatformWord(
      ['Matter'],
      'thread|zigbee|z-wave|ble|bluetooth|homekit|smart[- ]home|802\\.15\\.4|openthread',
      'over\\s+thread|thread|zigbee|z-wave',
    ),
    vetoAfter: /^\s+(?:what|of|experts?|to|much|most|more|less)\b/i,
  },
  // Typelevel's library beside Scala words ("functional programming (Cats, ZIO)"), never the animals.
  cats: afterPlatformWord(
    ['Cats'],
    'scala|zio|typelevel|fs2|http4s|circe|doobie|functional|akka|pekko|monix',
    'zio|fs2|http4s|circe|doobie|monix',
  ),
  // France's health-data hosting certification beside health, privacy or hosting words ("contraintes HDS / RGPD").
  hds: afterPlatformWord(
    ['HDS'],
    'rgpd|gdpr|sant[ée]|health\\w*|iso ?27001|secnumcloud|cnil|anssi|hipaa|soc 2|conformit\\w*|m[ée]dic\\w*|patients?',
    'rgpd|gdpr|iso|secnumcloud|\\(?\\s*h[ée]bergeu?r',
  ),
  // The threat-modelling method beside its siblings ("beyond STRIDE (PASTA, attack trees)").
  pasta: afterPlatformWord(
    ['PASTA'],
    'stride|threat|linddun|dread|attack trees?|octave',
    'stride|linddun|attack trees?|threat',
  ),
  // Radiology's information system beside its siblings ("PACS- en RIS-leveranciers").
  ris: afterPlatformWord(
    ['RIS'],
    'pacs|dicom|hl7|fhir|radiolog\\w*|ehr|emr|his|lis|modalit\\w*|imaging',
    'pacs|dicom|hl7|fhir',
  ),
  // Automatic call distribution beside contact-centre words ("IVR, ACD, CCaaS").
  acd: afterPlatformWord(
    ['ACD'],
    'ivr|ccaas|contact[- ]cent\\w*|call[- ]cent\\w*|genesys|avaya|five9|cti|telephony|telefon\\w*|téléphon\\w*',
    'ivr|ccaas|cti|genesys|avaya',
  ),
  // Delta Lake among table and file formats ("Iceberg, Delta or Hudi", "Parquet, Avro, Delta").
  delta: afterPlatformWord(
    ['Delta'],
    'iceberg|hudi|parquet|table formats?|lakehouse|databricks|spark|orc\\b|avro|unity catalog',
    'iceberg|hudi|parquet|(?:or|and|,)\\s+(?:iceberg|hudi)',
  ),
  // Sage's accounting products beside their siblings ("Xero, QuickBooks, Sage APIs").
  sage: afterPlatformWord(
    ['Sage'],
    'xero|quickbooks|datev|exact|netsuite|accounting|buchhaltung|comptab\\w*|contab\\w*|erp|odoo|freeagent|myob|lexware',
    'intacct|x3|50|200|accounting',
  ),
  // Audio codecs beside their kind ("codecs like Opus or AAC"); never Claude Opus.
  opus: afterPlatformWord(['Opus'], AUDIO_WORDS, 'aac|mp3|flac|vorbis|codec'),
  aac: afterPlatformWord(['AAC'], AUDIO_WORDS, 'opus|mp3|flac|vorbis|codec'),
  // The Qt GUI test tool in a list of test tools or before GUI words, never the verb ("Squish the bugs").
  squish: {
    forms: ['Squish'],
    evidence: 'list',
    vetoAfter: /^\s+(?:the|a|an|bugs?|it|them|down|out)\b/i,
    confirmAfter: /^\s+(?:(?:für|for|pour|per|para)\s+)?(?:gui|qt|qml|ui)\b/i,
  },
  // Quarkus's reactive library beside reactive or Quarkus words ("Programación reactiva (Mutiny, Vert.x)").
  mutiny: afterPlatformWord(
    ['Mutiny'],
    'quarkus|smallrye|vert\\.?x|reacti\\w*|reakti\\w*|réacti\\w*',
    'vert\\.?x|quarkus|smallrye',
  ),
  lobby: afterPlatformWord(
    ['Lobby'],
    'unity|relay|netcode|matchmak\\w*|multiplayer|gaming services|photon|vivox',
  ),
  dots: afterPlatformWord(['DOTS'], 'unity|burst|jobs?|ecs|entities|c#', 'ECS|Entities|Burst'),
  bms: afterPlatformWord(['BMS'], 'cics|cobol|mainframe|3270|jcl|vsam|z/os'),
  procs: afterPlatformWord(['PROCs', 'PROCS'], 'jcl|cobol|mainframe|z/os|control-m'),
  tso: afterPlatformWord(['TSO'], 'ispf|mainframe|z/os|jcl|cobol|rexx|clist|cics|vsam'),
  assembler: afterPlatformWord(['Assembler'], 'cobol|rexx|easytrieve|jcl|cics|mainframe|z/os|pl/i|vsam|db2'),
  atc: afterPlatformWord(['ATC'], 'abap|sap|custom code|code inspector|s/4 ?hana|migration|conversion'),
  mm: afterPlatformWord(['MM'], SAP_MODULE_WORDS),
  // Never a memory card ("integration with SD cards").
  sd: { ...afterPlatformWord(['SD'], SAP_MODULE_WORDS), vetoAfter: /^(?:\s*-|\s+(?:cards?|kart\w*))/i },
  pp: afterPlatformWord(['PP'], SAP_MODULE_WORDS),
  'fi co': afterPlatformWord(['FI/CO'], SAP_MODULE_WORDS),
  qm: afterPlatformWord(['QM'], SAP_MODULE_WORDS),
  // SAP's ERP before S/4HANA ("ECC-only profiles"), never error-correcting memory or elliptic curves.
  ecc: {
    ...afterPlatformWord(['ECC'], `${SAP_MODULE_WORDS}|r/3|brownfield|greenfield`),
    vetoAfter: /^\s*-?\s*(?:memory|ram|dimms?|keys?|curves?|encryption|signatures?|certificates?)\b/i,
  },
  'data dictionary': afterPlatformWord(['Data Dictionary'], 'abap|sap|open sql|cds|se11|bapi|rfc|dynpro'),
  adt: afterPlatformWord(['ADT'], 'abap|eclipse|sap|development tools'),
  cap: {
    ...afterPlatformWord(['CAP'], 'sap|btp|cloud foundry|cds|fiori|hana|ui5|kyma'),
    vetoAfter: /^\s+theorem\b/i,
  },
  fips: { forms: ['FIPS'], evidence: 'sentence', vetoAfter: /^\s+codes?\b/i },
  rmf: { forms: ['RMF'], evidence: 'sentence' },
  // NIST's framework; never a bank's own ("our Enterprise Risk Management Framework").
  'risk management framework': {
    forms: ['Risk Management Framework'],
    evidence: 'sentence',
    vetoBefore: /\b(?:our|their|its|enterprise|operational|credit|market|group)\s+$/i,
  },
  robyn: afterPlatformWord(['Robyn'], 'mmm|marketing mix|media mix|pymc|meridian|lightweightmmm|bayesian'),
  meridian: afterPlatformWord(['Meridian'], 'mmm|marketing mix|media mix|pymc|robyn|lightweightmmm'),
  // The reverse-ETL tool in a list of its kind ("Hightouch/Census"); never a population census.
  census: {
    forms: ['Census'],
    evidence: 'list',
    vetoBefore: /\b(?:us|u\.s\.|national|the|a|federal|population)\s+$/i,
    vetoAfter: /^\s+(?:data|bureau|tracts?|blocks?|records?)\b/i,
  },
  'web intelligence': afterPlatformWord(['Web Intelligence'], 'businessobjects|sap|webi|crystal|universe'),
  verdi: afterPlatformWord(['Verdi'], 'vcs|synopsys|questa|xcelium|waveforms?|uvm|simulat\\w*'),
  greenhouse: {
    forms: ['Greenhouse'],
    evidence: 'list',
    vetoAfter: /^\s+(?:gas|gases|emissions?|effect)\b/i,
  },
  // ServiceNow's and Salesforce's features in a list of their kind ("Business Rules, Script
  // Includes, Client Scripts", "Service Cloud (case management, omni-channel, entitlements)").
  'business rules': { forms: ['Business Rules'], evidence: 'list' },
  'ui actions': { forms: ['UI Actions'], evidence: 'list' },
  'employee center': { forms: ['Employee Center'], evidence: 'list' },
  'omni channel': afterPlatformWord(
    ['Omni-Channel', 'Omni-channel', 'omni-channel'],
    'service cloud|salesforce|case management|knowledge|entitlements',
  ),
  entitlements: afterPlatformWord(
    ['Entitlements', 'entitlements'],
    'service cloud|salesforce|case management|omni-channel|knowledge',
  ),
  'field service': afterPlatformWord(
    ['Field Service'],
    'salesforce|cpq|service cloud|sales cloud|pardot|marketing cloud|experience cloud',
  ),
  apollo: afterPlatformWord(['Apollo'], 'graphql|federation|relay|urql|react|client|server'),
  // Products by the short names ads give them beside their kind or platform (catalogue aliases):
  // the issue tracker ("report bugs in Linear", "Jira or Linear"), never linear algebra or time.
  linear: {
    ...afterPlatformWord(
      ['Linear'],
      'jira|asana|github issues|clickup|shortcut|youtrack|trello|bugs?|issues|tickets?|backlog',
      'jira|asana|github issues|clickup|shortcut|youtrack|trello',
    ),
    vetoAfter:
      /^\s+(?:regression|algebra|models?|time|programming|scal\w*|equations?|functions?|layers?|probes?|probing|classifiers?|systems?|optimi[sz]ation|growth|and\s+logistic)\b/i,
  },
  // The hosting platform beside its kind ("to Vercel and Render"); never the verb.
  render: {
    ...afterPlatformWord(
      ['Render'],
      'heroku|vercel|netlify|fly\\.io|railway|digitalocean|cloudflare pages|supabase|hosted on|deployed (?:on|to)',
      'heroku|vercel|netlify|fly\\.io|railway|digitalocean',
    ),
    vetoAfter:
      /^\s+(?:the|a|an|our|your|it|them|pages?|components?|views?|templates?|html|frames?|data|results?)\b/i,
  },
  // Rust's benchmark harness among profiling tools ("perf, flamegraphs, criterion"); never a criterion.
  criterion: afterPlatformWord(
    ['criterion', 'Criterion'],
    'rust|cargo|perf\\b|flamegraphs?|heaptrack|proptest|divan|iai\\b|valgrind|hyperfine',
    'benchmarks?|\\.rs',
  ),
  // Power Query's formula language ("Power Query (M)", "DAX and M"); never a gender tag ("(W/M/D)"),
  // an amount ("5 M") or M&A.
  m: {
    ...afterPlatformWord(['M'], 'power ?query|dax|power bi', 'language|code|scripts?|quer(?:y|ies)'),
    vetoBefore: /(?:^(?![\s\S]*\b(?:power ?query|dax|power bi))|[/\d]\s*$)/i,
    vetoAfter: /^\s*(?:\/|&)/,
  },
  panther: afterPlatformWord(
    ['Panther'],
    'siem|splunk|sumo logic|chronicle|elastic|datadog|detection\\w*|soar',
    'siem|splunk|sumo',
  ),
  // The document-parsing library among its kind ("Document Intelligence, Unstructured"); never
  // unstructured data.
  unstructured: {
    ...afterPlatformWord(
      ['Unstructured'],
      'docling|llamaparse|llama ?index|langchain|ocr|document intelligence|textract|pypdf|pdfplumber|tika|parsing',
    ),
    vetoAfter: /^\s+(?:data|text|documents?|content|information|sources?|inputs?|formats?|files?|notes?)\b/i,
  },
  // Red Hat's IdM beside its platform ("Satellite och IdM/FreeIPA").
  idm: afterPlatformWord(['IdM'], 'red hat|rhel|satellite|freeipa|sssd', 'freeipa|sssd'),
  // The rollup beside other chains ("Ethereum mainnet, Arbitrum, Optimism and Base"); never the mood.
  optimism: afterPlatformWord(
    ['Optimism'],
    'ethereum|arbitrum|polygon|mainnet|l2s?\\b|rollups?|zksync|starknet|op stack|solidity',
    'arbitrum|polygon|zksync|starknet',
  ),
  // The Solidity toolkit beside its kind or its work ("Foundry or Hardhat", "Foundry: unit
  // tests, fuzzing"); never a chip foundry or Palantir's platform.
  foundry: {
    ...afterPlatformWord(
      ['Foundry'],
      'solidity|hardhat|evm|smart contracts?|ethereum|web3|forge|anvil|truffle',
      '(?:or|and|/|,|:)?\\s*(?:hardhat|truffle|forge|anvil|fuzz\\w*|invariant|unit tests)',
    ),
    vetoAfter: /^\s+(?:partners?|services?|process\w*|nodes?|capacity|customers?|models?)\b/i,
  },
  // The Shopify subscriptions app among other Shopify apps ("Klaviyo, Yotpo, Recharge").
  recharge: afterPlatformWord(
    ['Recharge', 'ReCharge'],
    'shopify|klaviyo|yotpo|gorgias|skio|smile\\.io|judge\\.me|okendo',
    'subscriptions?|payments',
  ),
  // Vector Informatik's tools beside automotive words ("strumenti Vector (CANoe, CANalyzer)",
  // "Vector-Werkzeugen"); never vector search.
  vector: afterPlatformWord(
    ['Vector'],
    'autosar|canoe|canalyzer|davinci|eb tresos|can bus|flexray|bsw|mcal|ecus?\\b|strumenti|outils|herramientas|ferramentas|narzędzi\\w*',
    '(?:canoe|canalyzer|canape|davinci|vteststudio|tools?|toolchain|-?werkzeug\\w*)',
  ),
  // Cisco's branch routers ("ISR/ASR routers", "Catalyst and ISR"); never an interrupt routine.
  isr: afterPlatformWord(['ISR'], 'cisco|catalyst|nexus|meraki|ios[- ]xe|sd-wan', '(?:asr|routers?|\\d{4})'),
  acr: afterPlatformWord(['ACR'], 'azure|aks|container registr\\w*|bicep|app service|container apps'),
  // SAP's integration service ("SAP Integration Suite (CPI)"); never a price index.
  cpi: afterPlatformWord(
    ['CPI'],
    'sap|btp|integration suite|pi/po|idocs?|abap|s/4 ?hana|cloud integration|iflows?',
    'iflows?',
  ),
  cpq: afterPlatformWord(
    ['CPQ'],
    'salesforce|apex|lwc|lightning|experience cloud|sales cloud|service cloud|revenue cloud|mulesoft',
  ),
  // SystemVerilog's C interface ("reference models and DPI"); never deep packet inspection or dots per inch.
  dpi: afterPlatformWord(
    ['DPI'],
    'systemverilog|uvm|verilog|vhdl|reference models?|c models?|testbench\\w*|vcs|xcelium|questa',
    '(?:calls?|imports?|exports?)',
  ),
  // Arm's coherent interconnect beside AMBA's other protocols ("AXI, CHI"); never the CHI conference.
  chi: afterPlatformWord(['CHI'], 'amba|axi\\w*|ahb|apb|ace\\b|coheren\\w*|interconnect\\w*|noc\\b|tilelink'),
  // Cucumber's language: "in Gherkin" (Dutch "op in Gherkin", "en Gherkin") always names it.
  gherkin: {
    forms: ['Gherkin'],
    evidence: 'sentence',
    confirmBefore: /\b(?:in|en|em|w|op|im|with|using|mit|met|avec|con|com)\s+$/i,
    confirmAfter: /^\s+(?:syntax|scenarios?|features?|feature files|specs?|specifications?)\b/i,
  },
  // Sarbanes-Oxley before the work it asks for ("support SOX and NAIC audits", "SOX controls").
  sox: {
    forms: ['SOX'],
    evidence: 'sentence',
    confirmAfter:
      /^\s+(?:(?:and|or|\/)\s+[A-Z][\w-]*\s+)?(?:compliance|audits?|controls|requirements|reporting|testing|404)\b/i,
  },
  // Storybook's visual-testing service beside its kind ("visual regression with Chromatic").
  chromatic: {
    forms: ['Chromatic'],
    evidence: 'sentence',
    vetoBefore: /\b(?:the|a|an|our)\s+$/i,
    vetoAfter: /^\s+(?:aberration|scales?|harmony|tuners?|notes?)\b/i,
    confirmBefore:
      /\b(?:storybook|visual (?:regression|testing|tests|diffs?|review)|percy|applitools|with|using|via)\b[^.;\n]{0,24}$/i,
  },
  // A common noun of hardware work, in either case, beside another skill ("reading schematics and
  // datasheets" after "I2C, SPI, UART"); never after a determiner of another thing.
  schematics: {
    forms: ['schematics', 'Schematics'],
    evidence: 'sentence',
    vetoBefore: /\b(?:our|their|its|your|company|org|organi[sz]ational)\s+$/i,
  },
  // SAP Solution Manager's change control beside SAP's transport words ("abapGit, ChaRM").
  charm: afterPlatformWord(['ChaRM'], 'sap|solman|solution manager|transports?|abap\\w*|cts\\b|retrofit'),
  // ABAP's runtime analysis by its transaction ("runtime analysis (SAT)"); never a test score.
  sat: afterPlatformWord(
    ['SAT'],
    'runtime analysis|laufzeitanalyse|se30|st05|sql trace|abap\\w*|st12',
    'st05|se30|st12',
  ),
  // OGC's coverage service beside its siblings ("WMS, WFS, WCS").
  wcs: afterPlatformWord(
    ['WCS'],
    'wms|wfs|wmts|ogc|geoserver|mapserver|qgis|arcgis|gis\\b',
    'wms|wfs|wmts|wps',
  ),
  'performance analyzer': afterPlatformWord(
    ['Performance Analyzer'],
    'power bi|dax|tabular editor|dax studio|vertipaq',
  ),
  // The mainframe sort utility beside mainframe words ("utilities (IDCAMS, SORT/DFSORT)").
  sort: afterPlatformWord(
    ['SORT'],
    'jcl|cobol|mainframe|z/os|idcams|iebgener|icetool|procs|utilities',
    'dfsort|icetool|syncsort',
  ),
  // The test-management tool after its kind ("Jira/Xray, Azure DevOps Test Plans or ALM"); never
  // application lifecycle management as a practice ("ALM tools such as Polarion").
  alm: afterPlatformWord(
    ['ALM'],
    'xray|zephyr|testrail|test plans|qtest|quality center|testverktyg|test management|test tools',
  ),
  // Vivado's constraints ("writing constraints (XDC)"); never the XDC network.
  xdc: afterPlatformWord(['XDC'], 'vivado|xilinx|constraints?|timing|sdc\\b|fpga|tcl', 'constraints?|files?'),
  // Meta's build system beside its kind ("Bazel (or Buck/Pants)").
  buck: afterPlatformWord(
    ['Buck'],
    'bazel|pants|gradle|please\\.build|monorepo|build systems?',
    'pants|bazel',
  ),
};

/**
 * For catalogue entries flagged ambiguous whose single-word name has no rule of its own (a
 * multi-word name such as "Triton Inference Server" is specific enough by itself): an acronym must be
 * written in capitals, a capitalised name capitalised (lower case only in a confirmed list), a
 * lower-case name (pandas) as it is; and each needs a plain skill in its sentence, a list, or
 * nothing less; a capitalised one may also follow words asking for knowledge of it ("experience
 * with Hibernate", "Kenntnisse in Angular"), and so may an acronym ("queries in KQL"). A determiner right before ("our Chef", "the Vault") makes it the common noun. Mid-sentence capitals are not enough here: Chef, Vault, Comet, Storm are common
 * nouns in any posting's perks.
 */
export function defaultRule(name: string): AmbiguityRule {
  // A coined name holding a digit (GA4, k6, K3s, n8n), written as the catalogue writes it, is no
  // ordinary word: "K-6" or "Ga 4" are not it. Tool-use words before it confirm it too.
  if (/\d/.test(name) && /\p{L}/u.test(name))
    return {
      forms: [name],
      evidence: 'sentence',
      confirmBefore: USED_BEFORE,
      confirmAfter: QUERIES_AFTER,
    };
  if (/^[\p{Lu}\d]+$/u.test(name))
    return {
      forms: [name],
      evidence: 'sentence',
      confirmBefore: WORK_WITH_BEFORE,
      confirmAfter: QUERIES_AFTER,
    };
  if (/\p{Lu}/u.test(name))
    return {
      lowercaseInList: true,
      evidence: 'sentence',
      // Many such names are also first names (Ada, Julia, Ember...): "Ada Lovelace" is a person.
      person: true,
      // A name in mixed case (iOS, macOS) is no common noun: "the iOS app" names the platform.
      ...(/\p{Ll}\p{Lu}/u.test(name) ? {} : { vetoBefore: DETERMINER_BEFORE }),
      confirmBefore: WORK_WITH_BEFORE,
    };
  return { evidence: 'sentence', vetoBefore: DETERMINER_BEFORE };
}

/**
 * "experience with Hibernate", "Kenntnisse in Angular", "conocimientos de Vue", "searches in SPL":
 * a name right after words asking for knowledge of something, or for code written in it, is that
 * thing.
 */
const KNOWLEDGE_BEFORE =
  /(?:\b(?:experience (?:with|in|of)|(?:written|quer(?:y|ies)|searches|scripts?|scripting|coding|code) in|knowledge of|proficien\w* (?:in|with)|familiar\w* with|expertise in|kenntnisse (?:in|mit|von)|erfahrung (?:in|mit)|umgang mit|beherrsch\w*|expérience (?:en|avec|de|sur)|connaissances? (?:en|de|d'|sur)|maîtrise (?:de|d')|conocimientos? (?:de|en|sobre)|experiencia (?:en|con|de)|dominio (?:de|del|en)|manejo de|esperienza (?:con|in|di|su)|conoscenza (?:di|del)|padronanza (?:di|del)|experiência (?:com|em|de|na|no)|conhecimentos? (?:de|em|sobre)|domínio (?:de|do|da|em)|proficiência em|ervaring (?:met|in)|kennis (?:van|met)|znajomo\S*|doświadczeni\w* (?:z|w))\s+|\b(?:maîtrise|connaissances?|expérience|conoscenza|esperienza) (?:d|dell)['’])$/i;

/**
 * The work done with a tool, then the tool: "Orquestrar jobs com Prefect", "pruebas de
 * rendimiento con k6", "build pipelines with Jenkins". A thing made or run, then with / con / com /
 * avec / mit: people are worked with, not jobs or tests.
 */
const WORK_WITH =
  /\b(?:jobs|pipelines?|workflows?|tests?|testes|pruebas|prove|builds?|releases?|deployments?|dags|dashboards?|reports?|events|scripts?|queries|containers?|apps?|services|interfa\w+)(?:\s+(?:de|di|du|des|der|of|da|do)\s+[a-zà-ÿ]+)?\s+(?:with|using|via|con|com|avec|mit|met|usando|utilizzando|tramite|en|em)\s+$/i;

/**
 * Documentation kept in a tool: "documentation in Confluence", "dokumentacja w Confluence",
 * "Dokumentation in Confluence", "documentation dans Notion".
 */
const DOCS_IN =
  /\b(?:docs|documentation|dokumentacj\w*|dokumentation|documentación|documentazione|documentatie|documentação|runbooks?)\s+(?:in|w|en|dans|na|em|op|im|on|su|sur)\s+$/i;

const WORK_WITH_BEFORE = new RegExp(`${KNOWLEDGE_BEFORE.source}|${WORK_WITH.source}|${DOCS_IN.source}`, 'i');

/** A coined name after knowledge words, a tool-use word or a thing made with it ("Setting up GA4", "with k6"). */
const USED_BEFORE = new RegExp(
  `${WORK_WITH_BEFORE.source}|(?<![a-zà-ÿ])(?:with|using|via|con|com|avec|mit|met|usando|set(?:ting)? up|configur\\w*|implement\\w*|integrat\\w*)\\s+$`,
  'i',
);

/** "KQL queries", "SPL searches": an acronym before the word for what is written in it is that language. */
const QUERIES_AFTER = /^\s+(?:quer(?:y|ies)|searches|query language)\b/i;

/** "our Chef", "the Vault", "a Comet": a determiner before a common noun makes it the noun. */
const DETERMINER_BEFORE = /\b(?:our|the|a|an|your|their|my|his|her|its|this|that|in-house)\s+$/i;

import type { RoleId } from '../types';

/**
 * Role patterns for a job title. A title helps but does not decide (./detect-role.ts adds the
 * body): each matching pattern gives its role a weight, the strongest per role counts.
 */

const ML_WORDS = String.raw`ml|machine[- ]learning|mlops|llmops|ai|a\.i\.|ia|ki|llm|llms|genai|gen ai|generative ai|deep[- ]learning|computer vision|cv|nlp|natural language(?: processing)?|(?:large |small )?language models?|foundation models?|speech|recommend(?:ation|er)s?|ranking|search relevance|personali[sz]ation|fraud|perception|inference|pre-?training|post-?training|fine-?tuning|distributed training|model (?:optimi[sz]ation|compression)|applied ml|ml platform|ml infrastructure|model serving|apprentissage automatique|aprendizaje automático|aprendizado de máquina|maschinelles lernen|uczeni[ae] maszynow(?:e|ego)|maskininlärning|makine öğrenmesi|makine öğrenimi|yapay zek[aâ]|maskinlæring|koneoppiminen|strojov(?:é|ého) učen(?=í)|strojno učenje|gépi tanul(?=ás)|artificial intelligence|intelligence artificielle|inteligencia artificial|intelligenza artificiale|künstliche[nr]? intelligenz|sztuczn\w* inteligencj\w*|intelig[êe]ncia artificial|kunstmatige intelligentie|artificiell intelligens|vision par ordinateur|visi[óo]n (?:por computador(?:a)?|artificial)|visione artificiale|traitement (?:automatique )?du langage(?: naturel)?|procesamiento (?:del |de )?lenguaje natural|elaborazione del linguaggio naturale|processamento de linguagem natural|apprentissage profond|aprendizaje profundo`;

/**
 * "Engineer" in the posting languages: Ingenieur (m/w/d), Ingénieur·e, Ingeniero/a, Engenheiro,
 * Ontwikkelaar, Desenvolvedor, Programista, Inżynier, Utvecklare, Ingenjör, Geliştirici, Mühendis,
 * Udvikler, Utvikler, Ingeniør, Kehittäjä, Insinööri, Vývojář, Inženýr, Programátor, Fejlesztő,
 * Mérnök, Inginer, Dezvoltator, Inženjer. A word that ends in a letter beyond ASCII ends at its
 * last ASCII letter, with the rest in a lookahead: the regex \b knows ASCII letters only.
 */
const ENGINEER = String.raw`engineers?|developers?|architects?|ingenieur(?:in)?|(?:software|firmware|embedded)-?(?:entwickler(?:in)?|ingenieur(?:in)?)|ingénieur(?:e|[·.]e)?|ingenier[oa](?:\/a)?|entwickler(?:in)?|desarrollador(?:a)?(?:\/a)?|développeu(?:se|r(?:[·.-]?(?:eu)?se)?)|sviluppat(?:ore|rice)|programmer|ingegner[ei]|programador(?:a)?(?:\/a)?|programmeur(?:[·.-]?se)?|programmatore|engenheir[oa]s?(?:\(a\))?|ontwikkelaars?|desenvolvedor(?:a|es)?(?:\(a\))?|programist(?:a|ka)|inżynier(?:ka)?|utvecklare|ingenjör(?:er)?|architecte|arquitect[oa]|arquitet[oa]|architekt(?:in)?|geliştirici(?:si)?|mühendis(?:i)?|udvikler(?:e)?|utvikler(?:e)?|ingeni(?=ør)|kehittäj(?=ä)|insinööri|vývoj(?=ář|ar)|inženýr(?:ka)?|inžinier(?:ka)?|programátor(?:ka)?|fejleszt(?=ő)|mérnök|inginer|dezvoltator|inženjer(?:ka)?|programer`;

/**
 * A discipline of its own before the engineer word: "Data Engineer, ML Platform", "Site
 * Reliability Engineer – AI Research Compute", "Backend Engineer – Inference" name a data, SRE or
 * backend job on an ML team, unlike "Software Engineer, Machine Learning" or "Engineer – AI". A
 * negative lookbehind, so that only the engineer word's own qualifier is read.
 */
const OTHER_DISCIPLINE = String.raw`(?<!\b(?:data|analytics|site reliability|reliability|sre|devops|dev ops|backend|back-end|back end|frontend|front-end|front end|full-?stack|full stack|mobile|ios|android|embedded|firmware|hardware|security|qa|test|network|solutions?|sales|support|database|bi|release|build)\s)`;

/** Robotics in the posting languages, ROS ("ROS 2 / C++"), autonomy, motion planning, controls, mechatronics. */
const ROBOTICS =
  '(?:robotics?|robotik|robotique|rob[óo]tica|robotyk[ai]|ros ?2?|autonomy|motion planning|slam|controls|control systems|mechatroni(?:cs|k)|mécatronique|mecatr[óo]nica)';

export const TITLE_PATTERNS: ReadonlyArray<{
  role: RoleId;
  re: RegExp;
  weight: number;
  /** Work around other systems: see TitleMatch.decisive. */
  decisive?: true;
  /**
   * A profession of its own (writing, pre-sales, product, security, QA): the title's other role
   * words name its subject or tools ("Solutions Engineer, LLM APIs", "QA Engineer (Java)") and do
   * not count.
   */
  profession?: true;
  /**
   * Only for a title that names no engineer (NO_ENGINEER): "ML Engineer / Project Lead" is no
   * project role. One test per title serves the patterns that need it.
   */
  unlessEngineer?: true;
  /**
   * Pieces of text, in lower case, every match contains one of: a title with none of them skips
   * the regex (each distinct regex run once per posting costs a few cache misses, about 0.3 µs).
   */
  needs?: readonly string[];
}> = [
  {
    role: 'ml-engineer',
    re: new RegExp(String.raw`\b(?:${ML_WORDS})\b[^,;|]*?(?:${ENGINEER})\b`, 'i'),
    weight: 3,
  },
  {
    role: 'ml-engineer',
    re: new RegExp(
      String.raw`${OTHER_DISCIPLINE}(?:${ENGINEER})\s*(?:[,–—(|:-]|\b(?:in|for|de|für|en|di|del|per|em|do|da|voor|inom|w)\b|\bd['’])?\s*(?:${ML_WORDS})\b`,
      'i',
    ),
    weight: 3,
  },
  // "MLE", the ML engineer's abbreviation: "Senior MLE – Ranking".
  { role: 'ml-engineer', re: /\bmles?\b/i, weight: 3, needs: ['mle'] },
  {
    // Compounds: "Maskininlärningsingenjör", "KI-Softwareentwickler".
    role: 'ml-engineer',
    re: /maskininlärningsingenjör|maskinlæringsingeni|koneoppimisinsinööri|\b(?:ki|ml|ai)-(?:software)?(?:entwickler|ingenieur)/i,
    weight: 3,
    needs: ['maskin', 'koneoppimis', 'entwickler', 'ingenieur'],
  },
  {
    role: 'research-scientist',
    // Academic posts too: "Research Associate / Fellow", "Postdoctoral Researcher", "PhD Candidate".
    re: /\bresearch scientist\b|\bresearcher\b|\bresearch (?:associate|fellow)\b|\bpost-?doc(?:toral)?\b|\bph\.?d\.? (?:student|candidate|position|studentship)\b|\bdoctoral (?:candidate|student)\b|\bwissenschaftliche[rn]? mitarbeiter|\bscientist\b[^,]*\bresearch\b|\bforschung|\bchercheu(?:r|se)\b|\binvestigador(?:a)?\b|\bonderzoeker\b|\bpesquisador(?:a)?\b|\bbadacz(?:ka)?\b|\bforskare\b|\bricercat(?:ore|rice)\b/i,
    weight: 3,
    needs: [
      'research',
      'post',
      'ph',
      'doctoral',
      'wissenschaftliche',
      'scientist',
      'forschung',
      'chercheu',
      'investigador',
      'onderzoeker',
      'pesquisador',
      'badacz',
      'forskare',
      'ricercat',
    ],
  },
  // A research engineer builds what research needs, often the models themselves: the title
  // leans both ways and the body decides (papers and novel methods, or training and shipping).
  // It leans to the engineer: its ad speaks of the research it serves, and of papers to read.
  { role: 'research-scientist', re: /\bresearch engineer\b/i, weight: 1, needs: ['research engineer'] },
  { role: 'ml-engineer', re: /\bresearch engineer\b/i, weight: 2, needs: ['research engineer'] },
  // An applied scientist trains models and often ships them ("own models end to end"): like a
  // research engineer, the title leans both ways and the body decides.
  { role: 'data-scientist', re: /\bapplied scientist\b/i, weight: 1.5, needs: ['applied scientist'] },
  { role: 'ml-engineer', re: /\bapplied scientist\b/i, weight: 1.5, needs: ['applied scientist'] },
  {
    role: 'data-scientist',
    re: /\b(?:data|machine[- ]learning|ml|decision|ai|quantitative) scientist\b|\bdata science\b|\bdata scientist|\bcient[ií]fic[oa](?:\/[oa])? de datos\b|\bcientista de dados\b|\bdatenwissenschaftler|\bscientifique (?:des |de )?données\b|\bscienziat[oa] (?:dei )?dati\b|\b(?:bio)?statistician\b|\b(?:bio)?statisticien(?:ne)?\b|\b(?:bio)?statistiker(?:in)?\b|\bestad[íi]stico(?:\/a)?\b|\bstatistico\b/i,
    weight: 3,
    needs: [
      'scientist',
      'data science',
      'cient',
      'datenwissenschaftler',
      'scientifique',
      'scienziat',
      'statistic',
      'statistik',
      'stad',
    ],
  },
  {
    role: 'data-engineer',
    re: /\b(?:data|analytics|etl|big data|data platform|data warehouse|dwh|data integration) (?:engineer|developer|architect)\b|\bdatenengineer|\bdaten-?ingenieur|\bingeniero\/?a? de datos\b|\bingénieur(?:e)? (?:de )?données\b|\bengenheir[oa] de dados\b|\binżynier(?:ka)? danych\b|\bdata-?ingenjör|\bdata-engineer\b|\bingegner[ei] (?:dei )?dati\b|\b(?:ingénieur(?:e|[·.]e)?|développeur(?:[·.-]?se)?) (?:big )?data\b(?! ?scien| ?analy)/i,
    weight: 3,
    needs: ['data', 'analytics', 'etl', 'dwh', 'daten', 'datos', 'donn', 'dados', 'danych', 'dati'],
  },
  {
    role: 'data-analyst',
    // BI and reporting developers build dashboards and reports: "BI Developer (Tableau / SQL)",
    // "Desarrollador/a BI", "Développeuse Power BI".
    re: /\b(?:data|business|bi|product|marketing|reporting|insights?|analytics|gis|geospatial|spatial|pricing|financial|finance|fp&a|revenue|sales|commercial|supply chain|demand|inventory|credit|risk|actuarial|reserving|customer|growth|web|digital|people|hr|workforce) analyst\b|\bactuar(?:y|ies)\b|\bbusiness intelligence\b|\b(?:bi|power bi|tableau|qlik|looker|reporting)[- ](?:developer|entwickler|ontwikkelaar|développeur|desarrollador|sviluppatore|specialist|consultant)\b|\b(?:desarrollador|développeu(?:se|r(?:[·.-]?(?:eu)?se)?)|sviluppat(?:ore|rice)|desenvolvedor|programador|consultor|consultant(?:e)?|specialista|especialista|spécialiste)(?:a|\/a|\(a\))? (?:(?:de|di|en|em) )?(?:bi|power bi|tableau|qlik|looker|reporting)\b|\banalyste\b|\banalista\b|\bdatenanalyst|\banalityk\b|\b(?:data|bi)[- ]?analist\b|\b(?:data|bi)[- ]?analytiker\b/i,
    weight: 3,
    needs: [
      'analy',
      'anali',
      'actuar',
      'business intelligence',
      'bi',
      'tableau',
      'qlik',
      'looker',
      'reporting',
    ],
  },
  {
    role: 'product-manager',
    re: /\b(?:product|program) (?:manager|owner|lead)\b|\bproduct management\b|\bproduktmanager|\bchef de produit\b|\bresponsable de producto\b|\bprodukt(?:eier|ejer|ägare|omistaja)\b|\bproductowner\b|\bproduct-?owner\b|\bproduktverantwortliche[rn]?\b/i,
    weight: 3,
    needs: ['product', 'program', 'produktmanager', 'produit', 'produkt'],
    decisive: true,
    profession: true,
  },
  {
    role: 'frontend-engineer',
    re: new RegExp(
      String.raw`\b(?:front[- ]?end|ui|react(?! native)|web|angular|vue|javascript)\b[^,]*\b(?:${ENGINEER})\b|\b(?:${ENGINEER})\b[^,]*\bfront[- ]?end\b`,
      'i',
    ),
    weight: 3,
    needs: ['front', 'ui', 'react', 'web', 'angular', 'vue', 'javascript'],
  },
  {
    // A full-stack title naming a browser framework and no server stack but JavaScript's
    // ("Full-Stack Engineer (Node.js / Vue)") is a JavaScript developer's job, and leans to the
    // front end; one that names another server stack ("Full Stack .NET Developer (C# /
    // Angular)", "Full-Stack-Entwickler Java / Angular") is a back-end job with its screens,
    // read by the back-end pattern. The body still decides a lopsided ad.
    role: 'frontend-engineer',
    re: /^(?!.*(?:\.net\b|\bc#|\b(?:java|spring|kotlin|scala|php|laravel|symfony|python|django|ruby|rails|go|golang|elixir|rust)\b))(?:.*\bfull[- ]?stack\b[^,]*\b(?:react(?! native)|vue(?:\.js)?|angular|svelte|next\.js|nuxt)\b|.*\b(?:react(?! native)|vue(?:\.js)?|angular|svelte)\b[^,]*\bfull[- ]?stack\b)/i,
    weight: 3,
    needs: ['full'],
  },
  {
    // Embedded and support roles: the product's "other role".
    role: 'other',
    re: new RegExp(
      // German writes the job noun as one word with its field: "Embedded Softwareentwickler",
      // "Firmwareentwickler", "Embedded-Systemingenieur". The Romance languages and Polish put the
      // field after the noun: "Ingénieur Logiciel Embarqué C", "Desarrollador/a de Software
      // Embebido", "Programista systemów wbudowanych" (not a title that names ML work too:
      // "Ingénieur·e Machine Learning – Vision embarquée").
      String.raw`\b(?:embedded|firmware|it support|support|help ?desk)\b[^,]*\b(?:${ENGINEER}|tester|analyst|specialist|technician)\b|\b(?:embedded\b[^,]*?|firmware-?)(?:software|firmware|system)?-?(?:entwickler|ingenieur)(?:in)?\b|^(?!.*\b(?:${ML_WORDS})\b).*\b(?:${ENGINEER})\b[^,]*\b(?:embarqu|embebid|embarcad|wbudowan|incorporad|firmware)`,
      'i',
    ),
    weight: 3,
    needs: [
      'embedded',
      'firmware',
      'support',
      'help',
      'embarqu',
      'embebid',
      'embarcad',
      'wbudowan',
      'incorporad',
    ],
  },
  {
    // Robotics software (navigation, control, sensor drivers: "Softwareentwickler Robotik",
    // "Robotics Software Engineer – ROS 2"): the product's "other role", as embedded work is. Not
    // when the title names ML work too ("Robotics ML Engineer", "Robot Learning Engineer").
    role: 'other',
    re: new RegExp(
      String.raw`^(?!.*\b(?:${ML_WORDS}|neural|reinforcement|learning)\b)(?:.*\b${ROBOTICS}\b[^,]*\b(?:${ENGINEER}|software)|.*\b(?:${ENGINEER}|software\w*)\b[^,]*\b${ROBOTICS}\b)`,
      'i',
    ),
    weight: 3,
    needs: [
      'rob',
      'ros',
      'autonomy',
      'motion planning',
      'slam',
      'control',
      'mechatroni',
      'catronique',
      'mecatr',
    ],
  },
  {
    // Quantitative finance developers and traders: the statistics and models in such an ad are
    // the researchers' signals that the job turns into trading code ("Quant Developer – C++").
    role: 'other',
    re: new RegExp(
      String.raw`\bquant(?:itative)?[- ](?:dev\b|trader|trading|${ENGINEER})|\b(?:algo(?:rithmic)?|systematic|hft|high[- ]frequency) trading (?:${ENGINEER})\b`,
      'i',
    ),
    weight: 3,
    needs: ['quant', 'trading'],
    decisive: true,
  },
  {
    // Operations leads and annotation staff ("Data Labelling Operations Lead", "Responsabile
    // Operazioni", "Annotation Specialist", "Team Lead de Anotación"): the data and models in such an ad are what the
    // operations serve. Not when the title names an engineer too ("ML Operations Engineer").
    role: 'other',
    re: /(?:\boperations[- ](?:manager|lead|leader|coordinator|director|supervisor|specialist|associate)\b|\b(?:head|director|vp) of operations\b|\b(?:responsabile|direttore|direttrice|coordinat(?:ore|rice)) (?:delle |di )?operazioni\b|\b(?:responsable|directeur|directrice|chef(?:fe)?) (?:des |de )?op[ée]rations\b|\b(?:jef[ae]|responsable|gerente|director(?:a)?|coordinador(?:a)?) de operaciones\b|\b(?:gerente|coordenador(?:a)?|respons[áa]vel|diretor(?:a)?) de opera[çc](?:ões|oes)|\bbetriebsleiter|\b(?:annotation|annotazione|annotations?|anotaci[óo]n|labell?ing|etiquetado|anota[çc][ãa]o)\b[^,]*\b(?:lead|leader|manager|specialist|coordinator|operations|operazioni)\b|\b(?:lead|leader|manager|head|supervisor(?:a)?|specialist|coordinat(?:or|ore|rice)|coordinador(?:a)?|jef[ae]|responsable|especialista|spécialiste)\b[^,]*(?:,[^,]*)?\b(?:annotation|annotazione|anotaci[óo]n|anota[çc][ãa]o|labell?ing|etiquetado)\b|\bannotat(?:or|ors|ore|ori|rice|eur|euse|eurs)\b|\bdata labell?ers?\b)/i,
    weight: 3,
    decisive: true,
    profession: true,
    unlessEngineer: true,
    needs: ['opera', 'rations', 'betriebsleiter', 'nota', 'label', 'etiquetado'],
  },
  {
    // Mobile roles: the backend services and APIs in such an ad are what the app talks to. The
    // job noun first too: "Programista React Native", "Desenvolvedor Swift".
    role: 'other',
    re: new RegExp(
      String.raw`\b(?:ios|android|mobile|flutter|react native|swift)\b[^,]*\b(?:${ENGINEER}|tester|specialist)\b|\b(?:${ENGINEER})\b[^,]*\b(?:ios|android|flutter|mobile|react native|swift)\b`,
      'i',
    ),
    weight: 3,
    needs: ['ios', 'android', 'mobile', 'flutter', 'react native', 'swift'],
    decisive: true,
  },
  {
    // Research software engineers build the numerical and analysis code of a science: the
    // languages and HPC tools in such an ad serve the research, not a product's back end.
    role: 'other',
    re: /\b(?:research|scientific) software (?:engineer|developer)s?\b|\bscientific (?:programmer|software engineering)\b/i,
    weight: 3,
  },
  {
    // Engineering managers and heads of a data department: the stack in such an ad is the
    // team's. A head of data science or ML still leads scientists' work, read by the body.
    role: 'other',
    re: /\b(?:engineering manager|manager,? engineering|head of engineering|director of engineering|engineering director|vp,? (?:of )?engineering|(?:head|director|vp),? of (?:data|analytics|business intelligence)\b(?!\s*(?:scien|&\s*(?:ai|ml)\b|and (?:ai|ml)\b))(?:\s*(?:&|and)\s*analytics)?|chief data officer)\b/i,
    weight: 3,
    needs: ['engineering', 'head', 'director', 'vp', 'chief data officer'],
    decisive: true,
  },
  {
    // Security roles: the systems in such an ad are what is secured ("SOC Analyst", "Product
    // Security Engineer").
    role: 'other',
    re: new RegExp(
      String.raw`(?:\b(?:security|appsec|penetration|soc)\b|bezpečnost|kybernetick|cybersécurité|ciberseguridad|cibersegurança|sicurezza|it-sicherheit|informationssicherheit)[^,]*\b(?:${ENGINEER}|tester|analyst|analytik|analytiker|analityk|analista|analyste|specialist|technician)\b|\b(?:analyst|analytik|analytiker|analityk|analista|analyste|specialist|especialista|spécialiste)\s+(?:(?:de|di|do|da|en|in|of|for|la|le)\s+)?(?:(?:security|soc)\b|bezpečnost|kybernet|ciberseguridad|cibersegurança|cybersécurité|sicurezza)`,
      'i',
    ),
    weight: 3,
    needs: [
      'security',
      'appsec',
      'penetration',
      'soc',
      'bezpe',
      'kybernet',
      'cybers',
      'ciberseg',
      'sicurezza',
      'sicherheit',
    ],
    decisive: true,
    profession: true,
  },
  {
    // QA and test roles: the languages and services in such an ad are what is tested, and
    // what it is tested with ("Ingénieur·e QA / Test Automation Java").
    role: 'other',
    re: new RegExp(
      String.raw`\b(?:qa|test|testing|quality assurance|automation test)\b[^,]*\b(?:${ENGINEER}|tester|analyst|specialist)\b|\b(?:${ENGINEER})\b[^,]*\b(?:qa|test|tests|testing)\b|\btesters?\b`,
      'i',
    ),
    weight: 3,
    needs: ['qa', 'test', 'quality assurance'],
    decisive: true,
    profession: true,
  },
  {
    // IT support and help-desk titles in the posting languages: "Tecnico IT Help Desk",
    // "Technicien support informatique", "IT-Support (m/w/d)", "Service Desk Analyst", and the
    // IT operations of an organisation's own desks ("IT Operations Engineer (End-User Services)",
    // "Modern Workplace Engineer"). The servers and networks in such an ad are what is supported.
    role: 'other',
    re: /\b(?:help ?desk|service ?desk|desktop support|it[- ]support|(?:1st|2nd|first|second)[- ]level[- ]support|supporto (?:utenti|it|tecnico|informatico)|soporte (?:t[ée]cnico|it|inform[áa]tico|a usuarios)|support (?:informatique|utilisateurs?|technique)|t[ée]cnic[oa] (?:it|informatic[oa]|inform[áa]tic[oa]|de soporte|de sistemas)|technicien(?:ne)? (?:support|informatique|helpdesk)|anwenderbetreu|anwendersupport|it-systembetreu|\bit[- ]operations (?:engineer|analyst|technician|specialist|administrator)|end[- ]user (?:services|support|computing)|modern workplace)/i,
    weight: 3,
    needs: [
      'help',
      'desk',
      'support',
      'soporte',
      'cnic',
      'technicien',
      'anwender',
      'systembetreu',
      'it operations',
      'it-operations',
      'end-user',
      'end user',
      'workplace',
    ],
    decisive: true,
    // "IT Support Specialist / Systems Administrator": the systems are what is supported.
    profession: true,
  },
  {
    // Network, hardware, game, blockchain, enterprise-suite and low-code, database, writing and
    // pre-sales roles: also the "other role" ("Network Engineer", "FPGA Design Engineer",
    // "Salesforce Functional Consultant", "Power Platform Developer", "Database Administrator"),
    // the job noun first too ("Consultant SAP FI/CO", "Desarrollador Salesforce", "Administrateur Réseaux",
    // "Ingeniero/a de Redes", "Inżynier sieci", "Ingegnere di reti"; not "redes neuronales").
    // A game's servers are backend work ("Game Server Engineer"), network automation is
    // infrastructure as code.
    role: 'other',
    // Not when the title names ML work too ("Neural Network Engineer", "ML Engineer, Game AI").
    re: new RegExp(
      String.raw`^(?!.*\b(?:${ML_WORDS}|neural|neuronal\w*|neurais|neurali|neuronow\w*)\b).*?(?:\b(?:network(?! automation)|networks|networking|r[ée]seaux?|netzwerk|redes|fpga|asic|hardware|gameplay|game(?![- ](?:servers?|back-?end|online services)\b)|smart contract|blockchain|solidity|salesforce|servicenow|sap|abap|dynamics 365|d365|power platform|power apps|low-?code|outsystems|mendix|appian|pega|erp|crm|database|dba)\b[^,]*\b(?:${ENGINEER}|administrator|consultant|specialist|technician|analyst)\b|\b(?:${ENGINEER})\b[^,]*\b(?:r[ée]seaux?|netzwerk|redes|reti|sieci|netwerken?|nätverk)\b|\b(?:${ENGINEER}|consultant[e]?|consultor(?:a)?|konsultant(?:ka)?|berater(?:in)?|consulente|administrat(?:eur|rice|or)|administrador(?:a)?)\b[^,]*\b(?:sap|abap|salesforce|servicenow|dynamics 365|d365|power platform|power apps|outsystems|mendix|appian|pega)\b|\badministra(?:teur|trice|dor|dora)\b[^,]*\b(?:r[ée]seaux?|redes)\b|\b(?:documentation engineer|database administrator|dba|functional consultant)\b|\badministra(?:teur|trice|dor|dora|tore|trice|tor)\b[^,]*\b(?:bases? de (?:données|datos|dados)|banco de dados|basi di dati|datenbank)|datenbankadministrat|databasebeheerder)`,
      'i',
    ),
    weight: 3,
    needs: [
      'network',
      'seau',
      'netzwerk',
      'redes',
      'reti',
      'sieci',
      'netwerk',
      'nätverk',
      'fpga',
      'asic',
      'hardware',
      'game',
      'smart contract',
      'blockchain',
      'solidity',
      'salesforce',
      'servicenow',
      'sap',
      'abap',
      'dynamics 365',
      'd365',
      'power',
      'low',
      'outsystems',
      'mendix',
      'appian',
      'pega',
      'erp',
      'crm',
      'database',
      'dba',
      'documentation engineer',
      'functional consultant',
      'administra',
      'datenbank',
    ],
  },
  {
    // Game developers named by their engine or by "games" in the posting languages
    // ("Développeur Unity C# – Jeux mobiles", "Programador/a de videojuegos", "Unreal Engine
    // Developer", "Programista gier"): the "other role", as gameplay programmers are. Not a game's
    // servers (backend work), nor a title that names ML work, nor "jeux de données" (data sets).
    role: 'other',
    re: new RegExp(
      String.raw`^(?!.*\b(?:${ML_WORDS}|neural|back-?end|servers?|serveurs?|servidor(?:es)?|server-?entwickler)\b)(?=.*\b(?:${ENGINEER}|dev)\b).*(?:\b(?:unity(?![- ]catalog)|unreal|godot|cocos2d-?x?)\b|\bjeux(?! de données)\b|\bjeu vidéo\b|\bvideo-?(?:juegos?|jogos?)\b|\bjuegos\b|\bvideo-?giochi\b|\bgiochi\b|\bjogos\b|\bgier\b|\bgry\b|\bgames?\b)|spiele-?(?:entwickler|programmierer)`,
      'i',
    ),
    weight: 3,
    needs: [
      'unity',
      'unreal',
      'godot',
      'cocos',
      'jeu',
      'jue',
      'jog',
      'giochi',
      'gier',
      'gry',
      'game',
      'spiele',
    ],
  },
  {
    // Bioinformatics and GIS developers build a science's or a map's software: the pipelines,
    // databases and services in such an ad serve genomes and maps ("Engenheira de Bioinformática
    // – Pipelines NGS", "GIS Developer (Python, PostGIS)", "Développeur SIG"). A GIS analyst is a
    // data analyst (above). Not when the title names ML work too. Decisive: a bioinformatician's
    // analyses and statistics are the science's, not a data scientist's job.
    role: 'other',
    re: new RegExp(
      String.raw`^(?!.*\b(?:${ML_WORDS})\b).*(?:\bbio-?informati|\bbioinformátic|\bcomputational biolog|\bgeo-?informati|\b(?:gis|sig|arcgis|qgis)\b[^,]*\b(?:${ENGINEER})\b|\b(?:${ENGINEER})\b[^,]*\b(?:gis|sig)\b)`,
      'i',
    ),
    weight: 3,
    needs: ['bioinf', 'bio-inf', 'computational biolog', 'geoinf', 'geo-inf', 'gis', 'sig'],
    decisive: true,
  },
  {
    // Desktop applications: the services in such an ad are what the application talks to.
    role: 'other',
    re: new RegExp(
      String.raw`\b(?:wpf|winforms|windows forms)\b|(?<!virtual )\bdesktop\b(?![- ]support)[^,]*\b(?:${ENGINEER}|software|applications?|apps?)\b|\b(?:${ENGINEER})\b.*(?<!virtual )\bdesktop\b(?![- ]support)`,
      'i',
    ),
    weight: 3,
    needs: ['wpf', 'winforms', 'windows forms', 'desktop'],
    decisive: true,
  },
  {
    // Writing, pre-sales, developer advocacy and recruiting: ML words in such a title name the
    // subject ("Technical Writer – ML Platform", "Pre-Sales Architect, Data & AI", "Solutions
    // Engineer, LLM APIs", "Technical Recruiter – AI"), not the work.
    role: 'other',
    re: /\b(?:technical writer|tech writer|documentation (?:writer|specialist)|r[ée]dact(?:eur|rice) techni|technische[rn]? redakteur|pre-?sales|pr[ée]-?vendas?|pre-?venta|avant-vente|solutions? consultant|(?:sales|solutions?|customer(?: success)?) engineer|research software engineer|technical account manager|developer (?:advocate|evangelist)|(?:technical |tech )?recruiter|talent acquisition)/i,
    weight: 3,
    needs: [
      'writer',
      'documentation',
      'dact',
      'redakteur',
      'sales',
      'venda',
      'venta',
      'vente',
      'solution',
      'customer',
      'research software engineer',
      'technical account manager',
      'advocate',
      'evangelist',
      'recruiter',
      'talent acquisition',
    ],
    decisive: true,
    profession: true,
  },
  {
    // Sales, customer success, marketing, legal, policy, compliance, audit and teaching: the ML
    // in such an ad is what is sold, governed or taught ("Account Executive – AI Platform",
    // "Legal Counsel, AI", "AI Trainer"). Not when the title names an engineer too.
    role: 'other',
    re: /^.*\b(?:account (?:executive|manager|director)|business development|sales (?:manager|director|representative|executive|lead|specialist)|customer success (?:manager|lead|director|specialist)|marketing (?:manager|lead|director|specialist)|(?:legal )?counsel|lawyer|attorney|paralegal|policy (?:lead|manager|advisor|adviser|analyst|officer)|compliance (?:officer|analyst|manager|lead)|data protection officer|auditor|instructor|teacher|trainer|tutor)\b/i,
    weight: 3,
    decisive: true,
    profession: true,
    unlessEngineer: true,
    needs: [
      'account',
      'business development',
      'sales',
      'customer success',
      'marketing',
      'counsel',
      'lawyer',
      'attorney',
      'paralegal',
      'policy',
      'compliance',
      'data protection officer',
      'auditor',
      'instructor',
      'teacher',
      'trainer',
      'tutor',
    ],
  },
  {
    // Project, delivery and agile roles: the models and services in such an ad are what the
    // project delivers ("Technical Project Manager – ML Platform", "Scrum Master (AI team)",
    // "Chef de projet IA"). Not when the title names an engineer too ("ML Engineer / Project Lead").
    role: 'other',
    re: /^.*(?:\bproject (?:manager|lead|leader|coordinator)|\bprojekt(?:leiter|manager|ledare|leder)|\bchef(?:fe)? de projets?|\bjef[ae] de proyectos?|\bgerente de proye?c?tos?|\bgestor(?:a)? de projetos?|\bcapo ?progetto|\bresponsabile di progetto|\bkierownik projektu|\bprojektipäällikkö|\bprojektový manažer|\bdelivery (?:manager|lead)|\bscrum ?master|\bagile coach|\brelease manager)/i,
    weight: 3,
    decisive: true,
    profession: true,
    unlessEngineer: true,
    needs: [
      'project',
      'projekt',
      'projet',
      'proy',
      'progetto',
      'delivery',
      'scrum',
      'agile coach',
      'release manager',
    ],
  },
  {
    // Designers and UX researchers: the front-end tools in such an ad are what the designs are
    // handed to ("Product Designer (UX/UI)", "Diseñadora UX/UI"). Not a designer who also
    // develops ("UI Designer / Frontend Developer").
    role: 'other',
    re: /^.*(?:\b(?:designer|diseñador|diseñadora|progettista ux)\b|tasarımcı|\bux[- ]?(?:researcher|writer)\b|\buser researcher\b)/i,
    weight: 3,
    decisive: true,
    profession: true,
    unlessEngineer: true,
    needs: ['designer', 'dise', 'progettista', 'tasar', 'ux', 'user researcher'],
  },
  {
    // Automation of networks and infrastructure is infrastructure as code ("Network Automation
    // Engineer"); Microsoft's Power Platform is a low-code suite, not a platform team.
    role: 'devops',
    re: /\b(?:devops|dev ops|devsecops|sre|site reliability|cloud infrastructure|infrastructure|(?<!\bpower )platform|cloud|systems|(?:network|infrastructure|cloud|platform|it) automation)(?:\s*\/\s*[\w-]+)? (?:engineer|developer|architect|administrator)\b|\bsre\b|\bnetdevops\b/i,
    weight: 2.5,
    needs: [
      'devops',
      'dev ops',
      'devsecops',
      'sre',
      'site reliability',
      'infrastructure',
      'platform',
      'cloud',
      'systems',
      'automation',
    ],
  },
  {
    // The job noun first ("Ingeniero/a DevOps", "Architecte Cloud Azure"), and system
    // administrators in the posting languages ("Linux-Systemadministrator", "Administrator
    // Systemów Linux", "Administrador de Sistemas").
    role: 'devops',
    re: new RegExp(
      String.raw`\b(?:${ENGINEER})\b\s+(?:de\s+|en\s+|du\s+)?(?:devops|devsecops|sre|cloud|infrastructure|infraestructura|infraestrutura|infrastruktur|plateforme)\b|systemadministrat|\bsysadmin|\bsystem administrator|\badministra(?:tor|teur|tore|dor)\w* (?:(?:de\s+|di\s+)?(?:sistem\w*|systèmes|systemów)\s+)?(?:linux|unix)\b|\bsysteembeheerder`,
      'i',
    ),
    weight: 2.5,
    needs: [
      'devops',
      'devsecops',
      'sre',
      'cloud',
      'infra',
      'plateforme',
      'sysadmin',
      'administra',
      'systeembeheerder',
    ],
  },
  {
    role: 'backend-engineer',
    re: new RegExp(
      String.raw`(?:\b(?:back[- ]?end|server[- ]side|(?:game|multiplayer)[- ]servers?|(?<!\b(?:systems?|data|continuous) )integrations?|(?<!\b(?:user|machine) )interfaces?|api|full[- ]?stack|java|python|golang|go|node(?:\.js)?|rust|php|laravel|symfony|ruby|rails|django|spring|kotlin|scala|elixir)\b|\bc(?:\+\+|#)|\.net\b)[^,]*\b(?:${ENGINEER})\b|\b(?:${ENGINEER})\b[^,]*(?:\b(?:back[- ]?end|java|python|php|golang|go(?![- ]to\b)|rust|scala|node(?:\.js)?)\b|\.net\b)`,
      'i',
    ),
    weight: 2.5,
    needs: [
      'back',
      'server',
      'integration',
      'interface',
      'api',
      'full',
      'java',
      'python',
      'go',
      'node',
      'rust',
      'php',
      'laravel',
      'symfony',
      'ruby',
      'rails',
      'django',
      'spring',
      'kotlin',
      'scala',
      'elixir',
      'c++',
      'c#',
      '.net',
    ],
  },
  {
    role: 'backend-engineer',
    re: /\bsoftware (?:engineer|developer)\b|\bswe\b|\bsoftwareentwickler|(?:system|mjukvaru|software)-?(?:utvecklare|ontwikkelaar|udvikler|utvikler)|ohjelmistokehitt|szoftverfejleszt/i,
    weight: 1.5,
    needs: [
      'software',
      'swe',
      'utvecklare',
      'ontwikkelaar',
      'udvikler',
      'utvikler',
      'ohjelmistokehitt',
      'szoftverfejleszt',
    ],
  },
  // Swedish and Dutch compounds: "Javautvecklare", "Backendontwikkelaar", "Frontendutvecklare".
  {
    role: 'backend-engineer',
    re: /(?:back-?end|java|python|php|golang|node|\.net|c#)-?(?:utvecklare|ontwikkelaar)/i,
    weight: 2.5,
    needs: ['utvecklare', 'ontwikkelaar'],
  },
  {
    role: 'frontend-engineer',
    re: /(?:front-?end|webb?)-?(?:utvecklare|ontwikkelaar)/i,
    weight: 3,
    needs: ['utvecklare', 'ontwikkelaar'],
  },
  {
    role: 'other',
    re: /spel(?:utvecklare|programmerare)|game-?ontwikkelaar/i,
    weight: 3,
    needs: ['spel', 'game'],
  },
];

export interface TitleMatch {
  role: RoleId;
  weight: number;
  /** The words of the title that matched, for the reason shown in the UI. */
  matched: string;
  /**
   * The title names work around other systems (writing, pre-sales, product, design, security, QA,
   * mobile, help desk, engineering management): the body's words describe those systems, so
   * they weigh less for the other roles.
   */
  decisive?: true;
}

/** The lookahead the patterns marked unlessEngineer share: true when the title (its first line) names no engineer. */
const NO_ENGINEER = new RegExp(String.raw`^(?!.*\b(?:${ENGINEER})\b)`, 'i');

/** A pair of adjacent characters, hashed to 12 bits. */
const pairKey = (a: number, b: number) => ((a * 31) ^ b) & 4095;

/** Per pattern (in TITLE_PATTERNS order), per piece of its `needs`, the keys of the piece's character pairs. */
const NEED_KEYS: ReadonlyArray<number[][] | null> = TITLE_PATTERNS.map(
  ({ needs }) =>
    needs?.map((piece) => {
      const keys: number[] = [];
      for (let i = 1; i < piece.length; i++) keys.push(pairKey(piece.charCodeAt(i - 1), piece.charCodeAt(i)));
      return keys;
    }) ?? null,
);

/** The character pairs of the title being matched, as a 4096-bit set (reused). */
const titlePairs = new Uint32Array(128);

/** Whether the title's pairs hold all pairs of one of the pieces: false when it contains none of them. */
function mayContainOne(pieces: readonly number[][]): boolean {
  for (const keys of pieces) {
    let all = true;
    for (const k of keys) {
      if (((titlePairs[k >>> 5] as number) & (1 << (k & 31))) === 0) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Does a match of this weight take the place of what its role holds: a higher weight, or a decisive equal one? */
function replaces(prev: TitleMatch | undefined, weight: number, decisive: true | undefined): boolean {
  return !prev || prev.weight < weight || (decisive === true && prev.weight === weight);
}

export function matchTitle(title: string): TitleMatch[] {
  const best = new Map<RoleId, TitleMatch>();
  let noEngineer: boolean | undefined;
  // Exact gate: a pattern's match contains one of its `needs` (with the i flag, not u, an ASCII
  // character matches only ASCII characters, so the piece lowers to a piece of `lower`), and all
  // character pairs of a piece of `lower` are in titlePairs.
  const lower = title.toLowerCase();
  titlePairs.fill(0);
  for (let i = 1; i < lower.length; i++) {
    const k = pairKey(lower.charCodeAt(i - 1), lower.charCodeAt(i));
    titlePairs[k >>> 5] = (titlePairs[k >>> 5] as number) | (1 << (k & 31));
  }
  for (let i = 0; i < TITLE_PATTERNS.length; i++) {
    const pattern = TITLE_PATTERNS[i] as (typeof TITLE_PATTERNS)[number];
    const { role, re, weight, decisive, profession, unlessEngineer } = pattern;
    const pieces = NEED_KEYS[i];
    if (pieces && !mayContainOne(pieces)) continue;
    // A match would change nothing: its role already holds a weight it does not replace.
    if (!profession && !replaces(best.get(role), weight, decisive)) continue;
    if (unlessEngineer) {
      noEngineer ??= NO_ENGINEER.test(title);
      if (!noEngineer) continue;
    }
    const m = re.exec(title);
    if (!m) continue;
    if (profession) return [{ role, weight, matched: m[0].trim(), decisive: true }];
    if (replaces(best.get(role), weight, decisive)) {
      best.set(
        role,
        decisive ? { role, weight, matched: m[0].trim(), decisive } : { role, weight, matched: m[0].trim() },
      );
    }
  }
  return [...best.values()];
}

/**
 * A part of the title (before or after a dash or a bar, in brackets, after "at") that describes the
 * employer ("Senior Go Engineer – AI Observability scale-up", "(Series A HealthTech)", "Backend
 * Engineer at an AI start-up") is no part of the job: its ML words make no ML job.
 */
const EMPLOYER_PART =
  /\b(?:scale-?ups?|start-?ups?|company|companies|firm|vendor|unicorn|agency|consultancy|series [a-e]|seed[- ]stage|[a-z]+-?tech|saas|unternehmen|firma|entreprise|empresa|société|azienda|bedrijf|företag|spółka)\b/i;
/** Where a title's parts begin: dashes and bars with spaces, brackets, " at ", " @ ", " bei ", " chez ". */
const PART_BREAK = /(\s[–—-]\s|\s*\|\s*|[()[\]]|\s(?:at|@|bei|chez)\s)/i;
const ML_IN_PART = new RegExp(String.raw`\b(?:${ML_WORDS})\b`, 'i');

/** The title without the parts that describe the employer, and those parts when ML words are in them. */
export function jobPartOf(title: string): { job: string; employerMl: string | null } {
  if (!PART_BREAK.test(title)) return { job: title, employerMl: null };
  // Parts and their breaks alternate: [part, break, part, break, part...].
  const pieces = title.split(PART_BREAK);
  const first = pieces[0] as string;
  let job = first;
  let employerMl: string | null = null;
  // The employer first ("AI start-up – Backend Engineer"): only when it names no job itself.
  if (EMPLOYER_PART.test(first) && matchTitle(first).length === 0) {
    if (ML_IN_PART.test(first)) employerMl = first.trim();
    job = ' ';
  }
  for (let i = 2; i < pieces.length; i += 2) {
    const part = pieces[i] as string;
    const brk = pieces[i - 1] as string;
    if (/^\s(?:at|@|bei|chez)\s$/i.test(brk) || EMPLOYER_PART.test(part)) {
      if (employerMl === null && ML_IN_PART.test(part)) employerMl = part.trim();
      job += ' ';
    } else job += brk + part;
  }
  return { job, employerMl };
}

/** The subject label of a mail in the posting languages. */
const SUBJECT =
  /^(?:(?:re|aw|fwd?|wg|tr)\s*:\s*)*(?:subject|betreff|objet|asunto|oggetto|onderwerp|assunto|temat|ämne)\s*:\s*/i;

const TITLE_LABEL =
  /^(?:(?:job )?title|titel|titre(?: du poste)?|título(?: del puesto)?|titolo|puesto|posizione|stelle)\s*:\s*/i;

/** The title when given, else a short first line that reads like one ("Senior ML Engineer"). */
export function pickTitle(title: string | undefined, text: string): string | null {
  return pickTitleMatched(title, text)?.title ?? null;
}

/** pickTitle, with the title's matchTitle answer (read once). */
export function pickTitleMatched(
  title: string | undefined,
  text: string,
): { title: string; matches: TitleMatch[]; employerMl: string | null } | null {
  if (title?.trim()) {
    const given = title.trim();
    const { job, employerMl } = jobPartOf(given);
    return { title: given, matches: matchTitle(job), employerMl };
  }
  // A labelled line may be longer, such as a recruiter's subject line: "Subject: Senior Android
  // Developer | Kotlin | Up to €95k | Berlin/Remote".
  const m = /^\s*([^\n]{3,160})\n/.exec(text);
  const first = m?.[1]?.replace(/^[#*\s]+|[*\s:]+$/g, '');
  // Both labels end in a colon.
  const label = first?.includes(':') ? (SUBJECT.exec(first) ?? TITLE_LABEL.exec(first)) : null;
  const line = label
    ? (first as string).slice(label[0].length)
    : first && first.length <= 80
      ? first
      : undefined;
  if (!line || '.!?'.includes(line.charAt(line.length - 1))) return null;
  const { job, employerMl } = jobPartOf(line);
  const matches = matchTitle(job);
  return matches.length ? { title: line, matches, employerMl } : null;
}

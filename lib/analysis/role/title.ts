import type { RoleId } from '../types';

/**
 * Role patterns for a job title. A title helps but does not decide (./detect-role.ts adds the
 * body): each matching pattern gives its role a weight, the strongest per role counts.
 */

const ML_WORDS = String.raw`ml|machine[- ]learning|mlops|ai|a\.i\.|llm|llms|genai|gen ai|generative ai|deep[- ]learning|computer vision|cv|nlp|natural language(?: processing)?|speech|recommend(?:ation|er)s?|ranking|search relevance|personali[sz]ation|fraud|perception|inference|applied ml|ml platform|ml infrastructure|model serving`;

/** "Engineer" in the posting languages: Ingenieur (m/w/d), Ingénieur, Ingeniero/a. */
const ENGINEER = String.raw`engineers?|developers?|architects?|ingenieur(?:in)?|ingénieure?|ingenier[oa](?:\/a)?|entwickler(?:in)?|desarrollador(?:a)?(?:\/a)?|développeur(?:[·.-]?se)?|sviluppat(?:ore|rice)|programmer`;

export const TITLE_PATTERNS: ReadonlyArray<{ role: RoleId; re: RegExp; weight: number }> = [
  {
    role: 'ml-engineer',
    re: new RegExp(String.raw`\b(?:${ML_WORDS})\b[^,;|]*?(?:${ENGINEER})\b`, 'i'),
    weight: 3,
  },
  {
    role: 'ml-engineer',
    re: new RegExp(
      String.raw`(?:${ENGINEER})\s*(?:[,–—(|:-]|\bin\b|\bfor\b|\bde\b|\bfür\b|\ben\b)?\s*(?:${ML_WORDS})\b`,
      'i',
    ),
    weight: 3,
  },
  {
    role: 'research-scientist',
    re: /\bresearch (?:scientist|engineer)\b|\bresearcher\b|\bscientist\b[^,]*\bresearch\b|\bforschung|\bchercheu(?:r|se)\b|\binvestigador(?:a)?\b/i,
    weight: 3,
  },
  {
    role: 'data-scientist',
    re: /\b(?:data|machine[- ]learning|ml|applied|decision|ai|quantitative) scientist\b|\bdata science\b|\bdata scientist|\bcient[ií]fic[oa] de datos\b|\bdatenwissenschaftler/i,
    weight: 3,
  },
  {
    role: 'data-engineer',
    re: /\b(?:data|analytics|etl|big data|data platform|data warehouse|dwh) (?:engineer|developer|architect)\b|\bdatenengineer|\bdaten-?ingenieur|\bingeniero\/?a? de datos\b|\bingénieur(?:e)? (?:de )?données\b/i,
    weight: 3,
  },
  {
    role: 'data-analyst',
    re: /\b(?:data|business|bi|product|marketing|reporting|insights?|analytics) analyst\b|\bbusiness intelligence\b|\banalyste\b|\banalista\b|\bdatenanalyst/i,
    weight: 3,
  },
  {
    role: 'product-manager',
    re: /\b(?:product|program) (?:manager|owner|lead)\b|\bproduct management\b|\bproduktmanager|\bchef de produit\b|\bresponsable de producto\b/i,
    weight: 3,
  },
  {
    role: 'frontend-engineer',
    re: new RegExp(
      String.raw`\b(?:front[- ]?end|ui|react|web|angular|vue|javascript)\b[^,]*\b(?:${ENGINEER})\b`,
      'i',
    ),
    weight: 3,
  },
  {
    // Mobile, QA, security, embedded and support roles: the product's "other role".
    role: 'other',
    re: new RegExp(
      String.raw`\b(?:ios|android|mobile|flutter|react native|swift|qa|test|testing|quality assurance|automation test|security|appsec|penetration|embedded|firmware|it support|support|help ?desk)\b[^,]*\b(?:${ENGINEER}|tester|analyst|specialist|technician)\b|\b(?:${ENGINEER})\b[^,]*\b(?:ios|android|flutter|mobile)\b`,
      'i',
    ),
    weight: 3,
  },
  {
    // IT support and help-desk titles in the posting languages: "Tecnico IT Help Desk",
    // "Technicien support informatique", "IT-Support (m/w/d)", "Service Desk Analyst".
    role: 'other',
    re: /\b(?:help ?desk|service ?desk|desktop support|it[- ]support|(?:1st|2nd|first|second)[- ]level[- ]support|supporto (?:utenti|it|tecnico|informatico)|soporte (?:t[ée]cnico|it|inform[áa]tico|a usuarios)|support (?:informatique|utilisateurs?|technique)|t[ée]cnic[oa] (?:it|informatic[oa]|inform[áa]tic[oa]|de soporte|de sistemas)|technicien(?:ne)? (?:support|informatique|helpdesk)|anwenderbetreu|anwendersupport|it-systembetreu)/i,
    weight: 3,
  },
  {
    // Network, hardware, game, blockchain, enterprise-suite, database, writing and pre-sales
    // roles: also the "other role" ("Network Engineer", "FPGA Design Engineer", "Salesforce
    // Functional Consultant", "Database Administrator", "Senior Technical Writer").
    role: 'other',
    // Not when the title names ML work too ("Neural Network Engineer", "ML Engineer, Game AI").
    re: new RegExp(
      String.raw`^(?!.*\b(?:${ML_WORDS}|neural)\b).*?(?:\b(?:network|networks|networking|r[ée]seaux?|netzwerk|redes|fpga|asic|hardware|gameplay|game|smart contract|blockchain|solidity|salesforce|servicenow|sap|abap|dynamics 365|d365|erp|crm|database|dba)\b[^,]*\b(?:${ENGINEER}|administrator|consultant|specialist|technician|analyst)\b|\b(?:${ENGINEER})\b[^,]*\b(?:r[ée]seaux?|netzwerk)\b|\b(?:technical writer|documentation (?:engineer|writer|specialist)|database administrator|dba|pre-?sales|pré-?vendas|preventa|avant-vente|solutions? consultant|functional consultant)\b)`,
      'i',
    ),
    weight: 3,
  },
  {
    role: 'devops',
    re: /\b(?:devops|dev ops|devsecops|sre|site reliability|cloud infrastructure|infrastructure|platform|cloud|systems) (?:engineer|developer|architect|administrator)\b|\bsre\b/i,
    weight: 2.5,
  },
  {
    role: 'backend-engineer',
    re: new RegExp(
      String.raw`(?:\b(?:back[- ]?end|server[- ]side|api|full[- ]?stack|java|python|golang|go|node(?:\.js)?|c\+\+|c#|rust|php|laravel|symfony|ruby|rails|django|spring|kotlin|scala|elixir)\b|\.net\b)[^,]*\b(?:${ENGINEER})\b|\b(?:${ENGINEER})\b[^,]*(?:\b(?:back[- ]?end|java|python|php|c#|golang)\b|\.net\b)`,
      'i',
    ),
    weight: 2.5,
  },
  {
    role: 'backend-engineer',
    re: /\bsoftware (?:engineer|developer)\b|\bswe\b|\bsoftwareentwickler/i,
    weight: 1.5,
  },
];

export interface TitleMatch {
  role: RoleId;
  weight: number;
  /** The words of the title that matched, for the reason shown in the UI. */
  matched: string;
}

export function matchTitle(title: string): TitleMatch[] {
  const best = new Map<RoleId, TitleMatch>();
  for (const { role, re, weight } of TITLE_PATTERNS) {
    const m = re.exec(title);
    if (!m) continue;
    const prev = best.get(role);
    if (!prev || prev.weight < weight) best.set(role, { role, weight, matched: m[0].trim() });
  }
  return [...best.values()];
}

/** The title when given, else a short first line that reads like one ("Senior ML Engineer"). */
export function pickTitle(title: string | undefined, text: string): string | null {
  return pickTitleMatched(title, text)?.title ?? null;
}

/** pickTitle, with the title's matchTitle answer (read once). */
export function pickTitleMatched(
  title: string | undefined,
  text: string,
): { title: string; matches: TitleMatch[] } | null {
  if (title?.trim()) {
    const given = title.trim();
    return { title: given, matches: matchTitle(given) };
  }
  const m = /^\s*([^\n]{3,80})\n/.exec(text);
  const line = m?.[1]
    ?.replace(/^[#*\s]+|[*\s:]+$/g, '')
    .replace(
      /^(?:(?:job )?title|titel|titre(?: du poste)?|título(?: del puesto)?|titolo|puesto|posizione|stelle)\s*:\s*/i,
      '',
    );
  if (!line || /[.!?]$/.test(line)) return null;
  const matches = matchTitle(line);
  return matches.length ? { title: line, matches } : null;
}

/**
 * Header phrases by section kind, matched against a whole normalised header line (lower case,
 * markers and trailing colon removed). English first, then German, French and Spanish.
 * Preferred is tried before requirements ("Preferred qualifications" vs "Qualifications").
 */

export type SectionKind = 'requirements' | 'preferred' | 'other';

/** "for this role", "(required)", "we value"... that may trail any known header. */
const TAIL = String.raw`(?:\s+(?:for|of|in|on)\s+(?:this|the|our)\s+(?:role|position|job|team))?(?:\s+(?:we value|we need|we're looking for))?(?:\s*\(.*\))?$`;

const full = (alternatives: string[]): RegExp => new RegExp(`^(?:${alternatives.join('|')})${TAIL}`);

export const PREFERRED = full([
  String.raw`(?:preferred|desired|desirable|bonus|additional|nice[- ]to[- ]have|optional|plus|extra|good[- ]to[- ]have)\s+(?:qualifications?|requirements?|skills?(?:\s+(?:and|&)\s+experience)?|experience|points|credit)`,
  'nice[- ]to[- ]haves?|bonus(?: points)?|pluses|plus|desirable|desired|preferred|extra credit|good[- ]to[- ]haves?|great[- ]to[- ]have',
  "(?:it(?:'s| is| would be|'d be) )?a (?:big )?plus(?: if)?(?: you)?(?: have)?|even better if(?: you)?(?: have)?|bonus points (?:if|for)(?: you)?(?: have)?",
  "(?:it )?would be (?:great|nice|ideal|a plus)(?: if you(?: also)? (?:have|had|bring))?|what would help|(?:what )?we'd love to see|helpful|not required but helpful",
  "would be nice|what (?:would )?makes? you stand out|stand out (?:with|if)|ideally(?: you)?(?: have)?|you might also have|we'd love (?:it )?if you (?:have|had)|what sets you apart",
  'wünschenswert|von vorteil|pluspunkte|idealerweise|das wäre toll|schön wäre',
  'atouts?|un plus|(?:ce )?serait un plus|les plus|appréciés?|compétences appréciées',
  'deseables?|valorable|se valorará(?: positivamente)?|valoramos|será un plus|requisitos deseables',
  "bonus if(?: you)?(?: have)?|it's a bonus if(?: you)?(?: have)?|(?:a )?big plus|extra points (?:for|if)(?: you)?(?: have)?",
  'not required,? but (?:nice|helpful)(?: to have)?|preferred,? (?:but )?not required|ideally,? you(?: also)? have',
  'wünschenswert wäre|idealerweise bringst du mit|atouts supplémentaires',
]);

export const REQUIREMENTS = full([
  String.raw`(?:(?:minimum|basic|required|key|essential|core|technical|must[- ]have|mandatory|job|your|the|candidate|professional|our)\s+)*(?:qualifications?|requirements?|skills?|experience|profile|expertise|competencies)(?:\s+(?:and|&)\s+(?:qualifications?|skills?|experience|requirements?))?`,
  String.raw`(?:what|who)\s+(?:you(?:'ll| will)?\s+(?:bring|need|have|are)|we(?:'re| are)?\s+(?:looking\s+for|look\s+for|need|expect|want|ask(?: for)?|require)|you(?:'ll)? need to succeed)`,
  String.raw`you\s+(?:have|bring|should have|are|must have|will need|need)|must[- ]haves?|about you|(?:the )?ideal candidate|to be successful|is this you|are you`,
  'anforderungen|dein profil|ihr profil|was du mitbringst|was sie mitbringen|das bringst du mit|das bringen sie mit|qualifikationen|voraussetzungen|profil',
  'profil recherché|compétences requises|qualifications requises|votre profil|ton profil|prérequis|exigences|compétences',
  'requisitos(?: mínimos| del puesto)?|requerimientos|lo que buscamos|qué buscamos|buscamos|tu perfil|perfil(?: buscado)?|qué necesitas',
  "what (?:we need from you|you need to have|you should have|it takes|makes you a (?:great|good|strong) fit)|what you(?:'ll| will)? bring(?: to (?:the|our) team)?",
  "you(?:'ll| will) thrive if(?: you have)?|you might be a (?:good|great) fit if|we(?:'re| are) excited about you if|(?:the )?ideal candidate (?:will have|has)",
  'to (?:be successful|succeed) in this role|knowledge,? skills,? (?:and|&) abilities|your (?:toolkit|background)|position requirements',
  "we(?:'re| are) looking for(?: someone (?:who has|with))?|deine skills|le profil recherché",
]);

export const OTHER = full([
  'about(?: (?:us|the (?:company|team|role|job|position)|[a-z0-9&.-]+))?|who we are|our (?:team|company|mission|story|culture|values|stack)|the (?:team|role|job|opportunity|position)',
  "(?:key |your |main |primary )?(?:responsibilities|duties|tasks|work|research)|what you(?:'ll| will) (?:do|work on|be doing|achieve|build|own)|you will|you'll|in this role(?: you will)?|day[- ]to[- ]day|a day in the life|your (?:mission|impact|role)",
  "(?:job |role |position )?(?:description|overview|summary)|role|position|benefits|perks(?: (?:and|&) benefits)?|benefits (?:and|&) perks|what we offer|why (?:join us|us|you'll love working here)|compensation(?: (?:and|&) benefits)?|salary|pay|location|how to apply|equal (?:opportunity|employment).*|eeo.*|tech stack|(?:the )?interview process|our offer",
  'deine aufgaben|ihre aufgaben|aufgaben|wir bieten|was wir bieten|was dich erwartet|über uns|benefits',
  'vos missions|missions|le poste|ce que nous offrons|ce que nous proposons|avantages|qui sommes-nous|description du poste',
  'responsabilidades|funciones|ofrecemos|qué ofrecemos|beneficios|sobre nosotros|quiénes somos|descripción del puesto',
]);

/** Words that, in a header of unknown wording, still tell its kind. */
export const PREFERRED_WORD =
  /\b(?:preferred|nice[- ]to[- ]have|bonus|plus|desirable|desired|wünschenswert|vorteil|atouts?|deseable|valorable)\b/;
export const REQUIREMENTS_WORD =
  /\b(?:qualifications?|requirements?|must|anforderungen|requisitos|profil|perfil)\b/;

/** Labels repeat across postings ("requirements", "nice to have"): remember recent answers. */
const memo = new Map<string, SectionKind | null>();
const MEMO_LIMIT = 2000;

export function kindOfLabel(label: string): SectionKind | null {
  const known = memo.get(label);
  if (known !== undefined) return known;
  const kind = PREFERRED.test(label)
    ? 'preferred'
    : REQUIREMENTS.test(label)
      ? 'requirements'
      : OTHER.test(label)
        ? 'other'
        : null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(label, kind);
  return kind;
}

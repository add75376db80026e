/**
 * A cheap test that rejects most lines before the header regexes run: a header is short, or
 * formatted (#, **, trailing colon, ALL CAPS), or starts with a word some header starts with.
 */

const FIRST_WORDS = new Set(
  `preferred desired desirable bonus additional nice optional plus pluses extra good great it a even would
   what stand ideally you we'd wünschenswert von pluspunkte idealerweise das schön atout atouts un ce les
   apprécié appréciés compétences deseable deseables valorable se valoramos será requisitos minimum basic
   required key essential core technical must mandatory job your the candidate professional our
   qualifications qualification requirements requirement skills skill experience profile expertise
   competencies who to is are anforderungen dein ihr was qualifikationen voraussetzungen profil votre ton
   prérequis exigences requerimientos lo qué buscamos tu perfil about responsibilities duties tasks in
   day main primary description overview summary role position benefits perks why compensation salary
   pay location how equal eeo tech interview deine aufgaben wir über vos missions mission le avantages qui
   responsabilidades funciones ofrecemos beneficios sobre quiénes descripción must-haves must-have
   nice-to-have nice-to-haves good-to-have`
    .split(/\s+/)
    .filter(Boolean),
);

const MAX_PLAIN = 64;
const MAX_LABEL = 50;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

export function mayBeHeader(text: string, a: number, b: number): boolean {
  let f = a;
  while (f < b && text.charCodeAt(f) <= 32) f++;
  let l = b - 1;
  while (l > f && text.charCodeAt(l) <= 32) l--;
  if (f >= l) return false;
  const first = text.charCodeAt(f);
  const last = text.charCodeAt(l);
  if (last === 58 || last === 0xff1a || first === 35 || first === 42 || first === 95) return true;
  // An inline label ("Nice to have: Spark") must start like a known header; other lines must be short.
  const colon = text.indexOf(':', f);
  const labelled = colon >= 0 && colon < Math.min(l, f + MAX_LABEL);
  if (!labelled && l - f > MAX_PLAIN) return false;
  let w = f;
  while (w <= l && !isLetter(text.charCodeAt(w))) w++;
  let e = w;
  while (e <= l && (isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 45 || text.charCodeAt(e) === 39))
    e++;
  if (e === w) return false;
  const c0 = text.charCodeAt(w);
  const c1 = text.charCodeAt(w + 1);
  if (!labelled && c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90) return true;
  return FIRST_WORDS.has(text.slice(w, e).toLowerCase());
}

import { sentenceEnd, sentenceStart } from './context';
import type { Candidate } from './scan';
import { ACCEPT, PENDING } from './verdicts';

/**
 * Lists of skills ("Go, Rust or C++", "spark, kafka and airflow", "Scala/Java", "Spark Kafka
 * Docker", "Kotlin o Swift"): candidates joined only by spaces, commas, slashes, "and", "or"
 * (or und, oder, bzw., et, ou, y, o, e, oppure; Dutch en, of; Swedish och, eller; Danish and
 * Norwegian og; Polish i, lub, oraz; Finnish ja, tai; Turkish ve, veya, ya da; Hungarian és,
 * vagy; Czech nebo), brackets or bullet breaks. Step 5 of
 * ./ambiguity.ts.
 */

const LIST_GAP =
  /^[\s,/&|;+·•()[\]*–-]*(?:(?:and|or|and\/or|as well as|e\.g\.?|i\.e\.?|like|plus|including|such as|etc\.?|und|oder|bzw\.?|sowie|et|ou|y|o|e|oppure|en|of|och|eller|og|i|lub|oraz|ja|tai|ve|veya|ya da|és|vagy|nebo)[\s,/&|()[\]*–-]*)?$/i;
/** A sentence about software, in the posting languages: two ambiguous names joined there are a list. */
const TECH_TALK =
  /\b(?:languages?|programming|frameworks?|stack|tools|technologies|libraries|coding|apps?|mobile|platforms?|sdks?|develop\w*|desarroll\w*|développ\w*|svilupp\w*|entwickl\w*|lenguajes?|langages?|programmiersprachen|sprachen|linguaggi|herramientas|outils|werkzeuge|strumenti|tecnolog\w*|technologien|librer\w*|biblioth\w*|aplicaci\w*|applicazion\w*|plataformas?|plateformes?|plattformen|tests?|testing|testes|pruebas|testów|testy|e2e|end-to-end|automat\w*|pipelines?|infrastruct\w*|infraestrutura|infraestructura|configura\w*|orchestr\w*|orquest\w*|monitor\w*|dashboards?|deploy\w*|databases?|front-?end|back-?end|full-?stack|web|cloud|devops|integrat(?:e|es|ing|ions)|integra(?:ç|c)(?:ões|iones)|integrazioni|koppelingen|schnittstelle\w*|interfaces?|apis?|web ?services?|networks?|networking|réseaux|redes|reti|netzwerk\w*|routing|switching|skills|kompetenz\w*|competenz\w*|compétences|competências|umiejętności|kenntnisse)\b/i;

export function isListGap(text: string, a: Candidate, b: Candidate): boolean {
  return b.start - a.end <= 30 && LIST_GAP.test(text.slice(a.end, b.start));
}

export function confirmList(
  text: string,
  cands: readonly Candidate[],
  state: Int8Array,
  g: number,
  e: number,
): void {
  let anchored = false;
  let pending = 0;
  for (let k = g; k <= e; k++) {
    if (state[k] === ACCEPT) anchored = true;
    else if (state[k] === PENDING) pending++;
  }
  if (!anchored && pending >= 3) anchored = true;
  else if (
    !anchored &&
    pending === 2 &&
    text.slice((cands[g] as Candidate).end, (cands[e] as Candidate).start).includes('/')
  ) {
    anchored = true;
  } else if (
    !anchored &&
    pending === 2 &&
    !/^\s*$/.test(text.slice((cands[g] as Candidate).end, (cands[e] as Candidate).start))
  ) {
    // Joined by a word or a sign, not by a space alone: "Go ranking service" is no list.
    const start = (cands[g] as Candidate).start;
    const sa = sentenceStart(text, start);
    const sb = sentenceEnd(text, start);
    anchored = TECH_TALK.test(text.slice(sa, sb));
  }
  if (!anchored) return;
  for (let k = g; k <= e; k++) if (state[k] === PENDING) state[k] = ACCEPT;
}

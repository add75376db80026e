import type { SkillEntry } from '../catalogue/schema';
import { RangeCursor } from '../sections/employer';
import type { SectionSpan } from '../sections/headers';
import { isRegExpSpace } from './chars';
import { after, before, beforeFrom, lineEndOf, lineStartOf, sentenceAround } from './context';
import { furnitureRanges } from './furniture';
import { HeadCounts } from './head-count';
import type { Hints } from './hints';
import type { Candidate } from './scan';
import { OtherAreaSegments } from './stack-segments';

/**
 * Skills a posting names without asking for them. Runs after ./names.ts.
 *
 * Any skill:
 * - in a benefits section ("What we offer", "Perks"): "Linux or Mac laptop", "paid AWS and
 *   Kubernetes certifications";
 * - named by a perk: "Linux laptop", "a MacBook or ThinkPad with Linux", "un poste de travail
 *   avec GPU", a resource ("has access to a GPU cluster"), or a paid certification ("paid AWS certifications", "presupuesto para
 *   certificaciones de Kubernetes");
 * - in the employer's certifications counted or held: "more than 900 Salesforce certifications",
 *   "most of our seniors hold three or more AWS certifications";
 * - in the employer's training offer: "an internal academy where seniors teach Terraform";
 * - in a customer status: "Copperline is a Microsoft Azure OpenAI customer";
 * - in a partner status: "an AWS Premier Consulting Partner", "a Microsoft Gold Partner", "a
 *   Google Cloud strategic partner", "unserem DATEV-Systempartner"; in the employer's regulator: "a BaFin-regulated bank";
 * - in the employer's certifications listed ("We're ISO 27001 and SOC 2 Type II certified, and
 *   PCI-DSS compliant"), its membership ("a member of the EU AI Pact") or a strip of its badges
 *   ("Meta for Work Partner · Unity Verified Solutions Partner · ISO 9001");
 * - a unit of the organisation: "in de afdeling Signal Processing & AI", "the Genomics Core";
 * - in the name of an event: "we sponsor Laravel Live UK", "talks at React Summit";
 * - in an interview: "a coding interview in Python", "a system design interview";
 * - not needed or not prescribed: "no Apex needed", "we don't prescribe Scrum or Kanban";
 * - after a verb negated right before it: "you won't be on call", "you will not be using Terraform";
 * - said not to be in the job at all: "(there is no night on-call)", "no hay on-call nocturno";
 * - part of a reference code: "référence DISIA-2024-BDD-07", or a criterion's label opening a
 *   line: "D3. Knowledge of ecological statistics";
 * - a department among others the job works with: "Work closely with Product, Design and Data
 *   Science" (concepts, capitalised, no skill before them in the list);
 * - on a line of hashtags ("#hiring #MLOps #London"), or in the sender's title under the name
 *   that signs the text ("Tom Ashby\nSenior Consultant – Cloud & DevOps Contracts");
 * - an acronym the text defines as another name: "Center for Clinical Artificial Intelligence
 *   (CCAI)" is no Contact Center AI;
 * - naming the teams counted: "three squads (Compute, Delivery, Observability)", "four squads —
 *   Ingestion, Lakehouse Core, Data Products";
 * - in a segment of a stack line labelled with another team or a foreign area: "React, Vite |
 *   Backend: Go, PostgreSQL" on a frontend job (./stack-segments.ts);
 * - counting people: "(6 FPGA and 3 board engineers)", "(3 Android, 3 iOS, 4 backend)", or in
 *   brackets after them: "a team of 7 backend engineers (Kotlin, Go)", "built by the data team (dbt)",
 *   "colaborar con el equipo frontend (Vue.js, Tailwind)",
 *   or over them: "14 engineers across Android, iOS and web"; in or right before a bracket that
 *   counts people, in any posting language (./head-count.ts): "(7 persone tra ingegneri di
 *   processo e sviluppatori MES)", "the Speech & NLP team... Speech & NLP (5 pessoas)".
 * Concepts only (Statistics, Machine learning, Embedded systems: the field, not a tool):
 * - the field of a degree: "PhD or MS in Economics, Statistics", "BSc in Embedded Systems",
 *   "MS in a quantitative field (CS, statistics, operations research)",
 *   "Studium der (Wirtschafts-)Informatik, Statistik", "Grado en Matemáticas, Estadística",
 *   "Bac+5 en statistiques";
 * - negated: "No machine learning experience needed", "this is not a model-deployment role",
 *   "Tu ne construiras pas de modèles de machine learning",
 *   "You don't need any machine learning experience", "No model training, no MLOps pipelines";
 * - the umbrella discipline of a years requirement: "5+ years of software engineering", "3
 *   Jahre Erfahrung im Machine Learning Engineering";
 * - a target stated with its figure: "latency budgets are tight (p99 under 80 ms)";
 * - testing of what is no software's behaviour: "infrastructure testing", "failover testing";
 * - documentation read, not written: "English good enough to read technical documentation";
 * - "refactor" as a cloud migration strategy: "rehost, replatform, refactor";
 * - "on-premise" said of where something runs: "on-prem GPU servers", "on-premises data centres",
 *   "auf unserer On-Premises-Plattform", "en GPUs on-premise", or beside the cloud the estate also
 *   runs in or moves to: "across on-prem and cloud", "migrazione da on-premise (VMware) a GCP";
 * - in a list of what the job is not: "No model training, no Airflow, no MLOps pipelines";
 * - after a prefix that makes it its opposite: "self-managed Kubernetes", "non-relational
 *   databases";
 * - a job board's screening question over or before its answer buttons: "Do you have experience in
 *   Spring Boot?" then "Yes No";
 * - a job board's breadcrumb, its similar jobs and a recruiter's other openings (./furniture.ts);
 * - the Portuguese verb "lidar com" (to deal with), no LiDAR: "Lidar com desbalanceamento de classes";
 * - a store where the employer's app or game is already sold: "Our app is available on the App
 *   Store and Google Play", "sold 1.2 million copies on Steam" (publishing to it stays).
 */

const DEVICE_AFTER =
  /^(?:\s*(?:or|and|\/|ou|oder|o|y)\s*[\w-]+)?[ \u00a0-]+(?:laptops?|workstations?|macbooks?)\b/i;
const DEVICE_BEFORE =
  /\b(?:macbook|thinkpad|laptops?|workstations?|ordinateur(?: portable)?|poste de travail|portátil|rechner)\b[^.;:\n]{0,25}$/i;
/**
 * Work done on the devices ("images, deploys and maintains Windows 11 laptops, Chromebooks"):
 * an IT-support duty, not a perk. Tested on the clause before the skill.
 */
const DEVICE_WORK =
  /\b(?:deploy|maintain|imag(?:e|es|ed|ing)\b|administ|configur|provision|install|repair|troubleshoot|patch|enrol|manag|support|harden|secur|wart|betreu|verwalt|install|gestisc|gestion|configura|mantien|manten)\w*[^.;:\n]*$/i;
const CERTIFICATE =
  /^[^.;:()\n]{0,30}?\b(?:certifications?|certificates?|zertifizierungen|zertifizierung|zertifikate?|certificaciones|certificación|certificazioni|certyfikat\w*|certificats?|certifiantes?|certificering(?:en)?|certificaten|certificaç(?:ão|ões))\b/i;
const CERTIFICATE_BEFORE =
  /(?<![\w\u00c0-\u024f])(?:certifications?|certificaciones|certificaç(?:ão|ões)|zertifizierungen|certificazioni|certyfikat\w*|certificats?|certifiantes?|certificering(?:en)?|certificaten)\s*(?:(?:de|in|for|für|di|en)\s+|(?:[\p{L}-]+\s+(?:[\p{L}-]+\s+)?)?\(\s*(?:[\w-]+(?:\s+[\w-]+)?\s*,\s*)*)?(?:[\w.+#-]+(?:\s+[\w.+#-]+)?\s*(?:,|(?<![\p{L}])(?:et|and|und|y|e|i|en|oraz)(?![\p{L}]))\s*){0,3}$/iu;
/**
 * The employer's training offer: "Acme Academy offers 600 courses, from cloud basics to advanced
 * machine learning", "an internal academy where seniors teach Terraform and Kubernetes".
 */
const ACADEMY_BEFORE =
  /\b(?:academy|academies|akademie|académie|academia|accademia|akademi)\b[^.;:!?\n]{0,70}$/i;
/** Certifications the employer's people hold: "most of our seniors hold three or more AWS certifications". */
const HELD_BY_US_BEFORE =
  /\b(?:our|we)\b[^.;:!?\n]{0,40}\b(?:hold|holds|have earned|earned|carry)[ \u00a0]+(?:[\w+-]+[ \u00a0]+){0,4}$/i;
/** A certification is a perk when the line says it is paid for. */
const PAID =
  /(?<![\w\u00c0-\u024f])(?:paid|budget|funded|sponsored|covered|reimburs\w*|presupuesto|pagad\w*|pag[ao]s|bezahlt\w*|finanziert\w*|financ[ée]\w*|financiad\w*|übernehmen|offert\w*|pris(?:es?)? en charge|pagat\w*|opłacan\w*|finansowan\w*|rimborsat\w*|vergoed\w*|betaald\w*|reembols\w*|custead\w*|gefördert\w*|gesponsert\w*)(?![\p{L}])/iu;
/**
 * The employer's certifications counted: "more than 900 Salesforce certifications", "(más de 900
 * certificaciones Salesforce)", "1,200+ AWS certifications across the team".
 */
const COUNT_END = /(?<![\w.,-])\d{1,3}(?:[.,]\d{3})*\+?[ \u00a0]+$/;
const COUNTED_CERTIFICATIONS_BEFORE =
  /(?<![\w.,-])\d{1,3}(?:[.,]\d{3})*\+?[ \u00a0]+(?:certifications|certificaciones|certificações|zertifizierungen|certificazioni|certificeringer|certifieringar|sertifiseringer)[ \u00a0]+(?:(?:de|in|en|di|em|i)[ \u00a0]+)?$/i;
function certificationCount(b: string, a: string): boolean {
  return (COUNT_END.test(b) && CERTIFICATE.test(a)) || COUNTED_CERTIFICATIONS_BEFORE.test(b);
}
/** The employer's own certification: "an ISO 9001-certified service provider", "we are ISO 27001 certified". */
const CERTIFIED_EMPLOYER_AFTER =
  /^[ \u00a0]*-?[ \u00a0]*(?:certified|zertifiziert\w*|certifi[ée]\w*|certificad\w*|certificat\w*)(?:[ \u00a0]+[\w-]+){0,3}?[ \u00a0]+(?:company|companies|provider|employer|organi[sz]ation|firm|agency|business|supplier|vendor|consultancy|partner|unternehmen|anbieter|dienstleister|entreprise|soci[ée]t[ée]|empresa|azienda|societ[àa])\b/i;
/**
 * Where something runs, certified: "Kubernetes sur un cloud certifié HDS", "a hosting provider
 * certified to ISO 27001", "un cloud qualifié SecNumCloud". The place's certification, not the
 * candidate's skill.
 */
const CERTIFIED_PLACE_BEFORE =
  /\b(?:clouds?|h[ée]bergeurs?|hosting|hosts?|providers?|data[ \u00a0]?cent(?:er|re)s?|datacenters?|infrastructures?|plateformes?|platforms?|servers?|serveurs?|Rechenzentr\w*|nubes?)[ \u00a0]+(?:certifi[ée]e?s?|certified|zertifiziert\w*|certificad[oa]s?|certificat[oa]|qualifi[ée]e?s?)[ \u00a0]+(?:(?:to|for|nach|à|a)[ \u00a0]+)?$/i;
/** The employer's compliance level: "a PCI DSS Level 1 service provider". */
const STATUS_AFTER =
  /^[ \u00a0]+level[ \u00a0]+\d+[ \u00a0]+(?:service[ \u00a0]+provider|merchant|provider|certified|compliant)\b/i;
/** "we don't prescribe Scrum or Kanban": the employer leaves the choice open. */
const NOT_PRESCRIBED_BEFORE =
  /\b(?:don['’]t|do not|doesn['’]t|does not|won['’]t|will not|never)[ \u00a0]+(?:prescribe|dictate|mandate|impose)[ \u00a0]+(?:[\w.+#-]+[ \u00a0]*(?:,|\bor\b|\bnor\b|\band\b|\/)[ \u00a0]*)*$/i;
/** A head count over platforms or fields: "14 engineers across Android, iOS and a BFF", "30 PhD students working on machine translation and NLP". */
const COUNT_ACROSS_BEFORE =
  /\b\d{1,4}\+?[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}(?:engineers|developers|devs|people|specialists|researchers|scientists|students)[ \u00a0]+(?:across|spanning|working[ \u00a0]+on)[ \u00a0]+(?:[\w.+#-]+(?:[ \u00a0]+[\w.+#-]+){0,2}?[ \u00a0]*(?:,|\band\b|&|\/)[ \u00a0]*)*$/i;
/** "no Apex needed", "no Kubernetes experience required". */
const NONE_NEEDED_AFTER =
  /^[ \u00a0]+(?:(?:experience|knowledge|skills?|background)[ \u00a0]+)?(?:(?:is|are)[ \u00a0]+)?(?:needed|required|necessary|expected|involved)\b/i;

/** "Background in chemistry or bioinformatics – not required", "Kafka (not needed)": said not to be needed. */
const NOT_REQUIRED_AFTER =
  /^[ \u00a0]*(?:[–—(]|-[ \u00a0])[ \u00a0]*(?:but[ \u00a0]+)?(?:not|nicht|non|pas|no|niet)[ \u00a0]+(?:required|needed|necessary|essential|mandatory|erforderlich|notwendig|richiest[oa]|necessari[oa]|obbligatori[oa]|nécessaire|obligatoire|requerid[oa]|necesari[oa]|obrigatóri[oa]|vereist|nodig)\b/i;

/** "ECC-only experience will not be considered": a profile with only this skill is turned away. */
const ONLY_NOT_CONSIDERED_AFTER =
  /^-only[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:(?:will|would|are|is|shall)[ \u00a0]+not|cannot|can['’]t|won['’]t)[ \u00a0]+be[ \u00a0]+considered\b/i;

/** A line about a field of knowledge: "Background in biology, chemistry or bioinformatics". */
const FIELD_LINE = /\b(?:background|domain|hintergrund|formation|formación|formazione|achtergrond)\b/i;
function fieldLine(text: string, c: Candidate): boolean {
  return FIELD_LINE.test(text.slice(lineStartOf(text, c.start), c.start));
}

/** NOT_REQUIRED_AFTER, read only when a dash or bracket follows the skill. */
function notRequiredAfter(text: string, c: Candidate): boolean {
  let k = c.end;
  while (text.charCodeAt(k) === 32) k++;
  const ch = text.charCodeAt(k);
  if (ch !== 0x2013 && ch !== 0x2014 && ch !== 40 && ch !== 45) return false;
  if (ch === 45 && k === c.end && text.startsWith('-only', k))
    return ONLY_NOT_CONSIDERED_AFTER.test(after(text, c.end, 60));
  return NOT_REQUIRED_AFTER.test(after(text, c.end, 32));
}

/** "no X needed": read only when "no " stands right before the skill. */
function noneNeeded(text: string, c: Candidate): boolean {
  const s = c.start;
  if (s < 3 || text.charCodeAt(s - 1) !== 32) return false;
  const o = text.charCodeAt(s - 2) | 32;
  const n = text.charCodeAt(s - 3) | 32;
  if (o !== 111 || n !== 110) return false;
  const b = text.charCodeAt(s - 4);
  if (s > 3 && ((b >= 65 && b <= 90) || (b >= 97 && b <= 122))) return false;
  return NONE_NEEDED_AFTER.test(after(text, c.end, 40));
}
const CERTIFIED_SELF_BEFORE =
  /\b(?:we are|we're|we have been|is|are|wir sind|nous sommes|somos|siamo)[ \u00a0]+(?:fully[ \u00a0]+)?$/i;
const CERTIFIED_AFTER =
  /^[ \u00a0]*-?[ \u00a0]*(?:certified|zertifiziert|certifi[ée]s?|certificad[oa]s?|certificat[oi])\b/i;
/**
 * The employer's certifications listed: "We're ISO 27001 and SOC 2 Type II certified, and PCI-DSS
 * compliant", "Wir sind ISO 27001- und TISAX-zertifiziert", "Somos ISO 27001 y ENS certificados".
 * The subject, then only names (capitalised words, figures), list words and status words up to the
 * skill; after it, only names and list words up to a status word.
 */
const SELF_SUBJECT =
  /(?<![\p{L}])(?:we are|we['’]re|we have been|we['’]ve been|wir sind|nous sommes|somos|siamo|estamos|zijn wij|wij zijn|we zijn)[ \u00a0]+(?:(?:fully|proudly|now|also|voll|vollständig)[ \u00a0]+)?/giu;
const STATUS_WORD =
  /^(?:certified|compliant|accredited|zertifiziert|konform|certifi[ée]e?s?|conformes?|certificad[oa]s?|acreditad[oa]s?|certificat[oie]|conformi|gecertificeerd)$/i;
const LIST_WORD = /^(?:and|und|et|y|e|en|i|&|\/|-|–)$/;
const NAME_WORD = /^(?:[A-Z0-9][\w.+/-]*|[a-z]\d+)-?$/;
/** The words of `part`, split at spaces, commas and hyphens before a status word ("TISAX-zertifiziert"). */
function statusWords(part: string): string[] {
  return part.split(/[ \u00a0,]+|-(?=[a-z])/).filter((w) => w !== '');
}
/** The clause's end: a full stop, semicolon, colon or bracket closing. */
const CLAUSE_END = /[.;:!?)](?:[ \u00a0\n]|$)|\n/;
function selfCertified(b: string, a: string): boolean {
  SELF_SUBJECT.lastIndex = 0;
  let from = -1;
  for (let m = SELF_SUBJECT.exec(b); m; m = SELF_SUBJECT.exec(b)) from = m.index + m[0].length;
  if (from < 0) return false;
  for (const w of statusWords(b.slice(from)))
    if (!NAME_WORD.test(w) && !LIST_WORD.test(w) && !STATUS_WORD.test(w)) return false;
  const end = a.search(CLAUSE_END);
  const words = statusWords(end < 0 ? a : a.slice(0, end));
  for (let k = 0; k < words.length && k < 10; k++) {
    const w = words[k] as string;
    if (STATUS_WORD.test(w)) return true;
    if (!NAME_WORD.test(w) && !LIST_WORD.test(w)) return false;
  }
  return false;
}
/**
 * The employer as a member of an alliance or pact: "a member of the EU AI Pact", "Mitglied der
 * Cloud Native Computing Foundation". Not said of the reader ("you are an active member of the
 * Python community").
 */
const MEMBER_BEFORE =
  /(?<![\p{L}])(?:members?|mitglied(?:er)?|membres?|miembros?|membr[oi]|signator(?:y|ies))[ \u00a0]+(?:(?:of|im|in|der|des|de|du|di|del|della|do|da|van)[ \u00a0]+)?(?:(?:the|la|le|el|het|de)[ \u00a0]+|l['’])?(?:\p{Lu}[\p{L}.&-]*[ \u00a0]+){0,3}$/iu;
const READER = /(?<![\p{L}])(?:you|your|du|vous|tu|je|jij|sie)(?![\p{L}])/iu;

/**
 * The partner status written before the vendor: "partenaire Google Cloud", "Partner von AWS",
 * "socio de Microsoft", and the vendors listed after it: "partner oficial de Google Cloud y
 * Salesforce", "partnerem AWS i Google Cloud", "partner certificati Microsoft e AWS".
 */
const PARTNER_BEFORE =
  /\b(?:[Pp]artenaires?|[Pp]artners?|PARTNERS?|[Ss]ocios?|[Pp]arceir[oa]s?|[Pp]artnerem)[ \u00a0]+(?:(?:officiels?|officielles?|[Pp]remier|certifiée?s?|oficiale?s?|oficiais|certificad[oa]s?|certificat[oiae]|ufficiali?|[Gg]old|[Ss]ilver|[Pp]latinum|stratégiques?|estratégicos?|strategici|strategico|strategicznym|zertifizierte[rn]?)[ \u00a0]+)?(?:(?:de|di|von|do|da|del|della|firmy)[ \u00a0]+)?(?:[A-Z][\w.-]*(?:[ \u00a0]+[A-Z][\w.-]*){0,2}[ \u00a0]*(?:,|&|\b(?:y|i|e|et|und|and|en|oraz)\b)[ \u00a0]*){0,4}$/;
const PARTNER_AFTER =
  /^(?:['’]s)?(?:[ \u00a0]+(?:[A-Z][\w-]*|\([A-Z][\w-]*\))){0,3}[ \u00a0]+(?:(?:strategic|premier|preferred|certified|official|technology|consulting|implementation|solutions?|reseller|gold|silver|platinum)[ \u00a0]+)?(?:Partner|partner|MSP)\b/;
/**
 * The employer as a vendor's customer: "Copperline is a Microsoft Azure OpenAI customer", "we're
 * a long-standing SAP customer". A status, like a partner's: the job may not use it.
 */
const CUSTOMER_AFTER = /^(?:[ \u00a0]+[A-Z][\w.-]*){0,3}[ \u00a0]+customer\b/;
const CUSTOMER_BEFORE =
  /\b(?:is|are|['’]re|as|been|became|become)[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}$/i;
/**
 * People the job works with, then what they use in a relative clause: "werkt samen met analytics
 * engineers die dbt gebruiken", "collaborate with data scientists who build models in PyTorch",
 * "arbeitest eng mit unserem Data Engineer zusammen, der die Ingestion über Pub/Sub verantwortet",
 * "avec les data scientists qui utilisent Dataiku". Their tools, not the candidate's.
 */
const RELATIVE_WORD = / (?:who|that|die|qui|que|che|der|welche|som) /i;
const WHO_USE_BEFORE =
  /\b(?:with|met|mit|avec|con|com|alongside)[ \u00a0]+(?:(?:the|our|other|de|onze|andere|den|unseren|unserem|unserer|dem|der|les|nos|los|las|nuestros|i|gli|os|as)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}?(?:engineers?|developers?|scientists?|analysts?|researchers?|ontwikkelaars?|Entwickler\w*|ingénieurs|développeurs|ingenieros|desarrolladores|ingegneri|sviluppatori|engenheiros|desenvolvedores|teams|équipes|equipos|squadre|equipas)(?:[ \u00a0]+(?:zusammen|samen))?[ \u00a0]*,?[ \u00a0]+(?:who|that|die|qui|que|che|der|welche|som)[ \u00a0]+(?:(?!you\b|je\b|jij\b|du\b|vous\b|tu\b|will\b|zult\b)[\w\u00c0-\u024f'’-]+[ \u00a0]+){0,4}$/i;
/**
 * A concept's noun, then another team that makes it, without a relative pronoun: "the audio
 * classification model our ML team ships", "the recommendation models the data science team
 * trains". The team's work, not the candidate's.
 */
const THEIRS_AFTER =
  /^(?:[ \u00a0]+(?!(?:and|or|with|for|in|into|to|of|by|on|at|from|as|but|so|while|when|where|if)\b)[a-z-]+){0,2}[ \u00a0]+(?:that[ \u00a0]+)?(?:our|the|their)[ \u00a0]+(?:[\w&/-]+[ \u00a0]+){0,2}?(?:team|teams|squad|engineers|scientists|researchers)[ \u00a0]+(?:already[ \u00a0]+)?(?:ships|ship|builds|build|built|trains|train|trained|provides|provide|owns|own|maintains|maintain|develops|develop|developed|delivers|deliver|runs|run|makes|make|made)\b/;
/**
 * Resources the job comes with: "The lab has access to the university's GPU cluster (96 × H100)
 * and to national HPC facilities", "you'll have access to 2,000 A100s", "plus access to
 * Coursera". Not what access is managed to ("manage access to Salesforce").
 */
const ACCESS_BEFORE =
  /\b(?:has|have|having|had|get|gets|getting|enjoy|enjoys|plus|free|early|full|unlimited|direct|gives?\s+(?:you|everyone)|offers?(?:\s+you)?|provides?(?:\s+you\s+with)?)\s+access\s+to\b[^.;:!?\n]*$/i;
/**
 * A unit of the organisation named after the skill: "in our DevOps Practice", "with the Testing
 * Unit", "the Machine Learning Guild", "our Cloud Centre of Excellence". The unit's name, not an
 * ask (its capital letter and the determiner before tell the name from "DevOps practices").
 */
const ORG_UNIT_AFTER =
  /^[ \u00a0]+(?:Practice|Unit|Guild|Chapter|Tribe|CoE(?![ \u00a0]+Starter)|Competence[ \u00a0]+Cent(?:er|re)|Cent(?:er|re)[ \u00a0]+of[ \u00a0]+Excellence)(?![\p{L}-])/u;
const ORG_UNIT_BEFORE = /\b(?:the|our|their|its|your)[ \u00a0]+(?:[\p{L}&-]+[ \u00a0]+){0,2}$/iu;
/**
 * A core facility or lab named after a field: "the Genomics Core does this", "that's the Machine
 * Learning Core", "our Speech Lab". Read for concepts only: "Perforce Helix Core", "Entity
 * Framework Core" are tools.
 */
const CORE_UNIT_AFTER = /^[ \u00a0]+(?:Core|Lab)(?![\p{L}-])/u;
/** The first letters ORG_UNIT_AFTER's and CORE_UNIT_AFTER's words start with: C, G, L, P, T, U. */
const mayStartOrgUnit = (code: number) =>
  code === 67 || code === 71 || code === 76 || code === 80 || code === 84 || code === 85;
/**
 * A unit of the organisation named after its unit word: "in de afdeling Signal Processing & AI",
 * "the department Machine Learning", "in der Abteilung Data Science", "au sein du département
 * Intelligence Artificielle", "nel dipartimento Machine Learning". A capitalised concept right after
 * the word is the unit's name, not an ask.
 */
const UNIT_WORD_BEFORE =
  /(?<![\p{L}-])(?:department|division|afdeling|Abteilung|département|departamento|dipartimento|dział(?:u|em)?|avdelning(?:en)?|divisione|divisi[óo]n)[ \u00a0]+["“„«]?$/iu;
/**
 * The French verb, its object's determiner after it: "transformer nos données en tableaux de
 * bord", "transformer les besoins métier en modèles". Never the network ("un transformer
 * pré-entraîné", "transformer models").
 */
const FRENCH_OBJECT_AFTER =
  /^[ \u00a0]+(?:nos|vos|les|des|la|le|l['’]|ces|ses|leurs?|notre|votre|une?|cette|ce|cet|en)(?![\p{L}-])/u;
/**
 * A concept the team (or the unit) already makes, the team named before it: "The team builds and
 * runs the machine learning that helps the bank detect fraud", "the analytics team, which builds
 * the machine learning models that sit beside the rules". The team's work, described.
 */
const TEAM_MAKES_BEFORE =
  /\b(?:team|teams|group|squad|unit|which)[ \u00a0]+(?:also[ \u00a0]+|already[ \u00a0]+)?(?:builds|runs|develops|trains|ships)(?:[ \u00a0]+and[ \u00a0]+(?:builds|runs|develops|trains|ships))?[ \u00a0]+(?:the|its|their)[ \u00a0]+$/i;
function unitNamedBefore(text: string, c: Candidate): boolean {
  const first = text.charCodeAt(c.start);
  if (first < 65 || first > 90) return false;
  const prev = text.charCodeAt(c.start - 1);
  if (prev !== 32 && prev !== 0xa0 && prev !== 34 && prev !== 0x201c && prev !== 0x201e && prev !== 0xab)
    return false;
  return UNIT_WORD_BEFORE.test(before(text, c.start, 24));
}

/** "DATEV-Systempartner", "SAP-Partner", "Microsoft-Goldpartnerin": the partner, not an ask. */
const PARTNER_COMPOUND_AFTER = /^-\p{L}{0,12}[pP]artner(?:in|innen|s|n)?(?![\p{L}-])/u;
/**
 * The employer's regulator: "a BaFin-regulated bank", "we are FCA-regulated.", "BaFin-reguliert –".
 * Only before a company noun or the end of a clause: "HIPAA-regulated environments" asks for HIPAA.
 */
const REGULATED_AFTER =
  /^[ \u00a0]*-?[ \u00a0]*(?:regulated|reguliert\w*|réglementée?|regulad[oa]|regolamentat[oa]|gereguleerde?)(?:[ \u00a0]*(?:[,;.)–—]|$)|[ \u00a0]+(?:bank|banks|banking|insurer|insurance|lender|institution|company|firm|fintech|provider|business|broker|exchange|Bank|Versicherer|Versicherung|Unternehmen|Institut|Zahlungsdienstleister|Finanzdienstleister|banque|assureur|entreprise|établissement|banco|aseguradora|entidad|empresa|banca|istituto|verzekeraar|instelling)\b)/iu;
/** An event named after the skill: "sponsor Laravel Live UK", "a talk at React Summit", "KubeCon". */
const EVENT_AFTER = /^[ \u00a0]+(?:Summit|Conf|Conference|Meetups?|Live(?=[ \u00a0]+(?:[A-Z]|\d)))\b/;
/** The meetup named first, as the posting languages write it: "el meetup de Python Madrid", "meetup Kubernetes Warszawa". */
const EVENT_BEFORE = /\bmeetup(?:s|y|u|ów)?[ \u00a0]+(?:(?:de|di|du|des|del|van|von)[ \u00a0]+)?$/i;
/** Paid on top: "On-call stipend", "GPU allowance". */
const PAY_AFTER =
  /^[ \u00a0]+(?:stipends?|allowances?|bonus(?:es)?|premiums?|supplements?|compensation|pay)\b/i;
/** A conference in a list of venues: "Published work at RecSys, KDD or SIGIR". */
const VENUES =
  /\b(?:KDD|SIGIR|NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|WSDM|AAAI|IJCAI|Interspeech|ICASSP|WWW|CHI|UIST)\b/;
const VENUE_BEFORE =
  /\b(?:at|in|to)[ \u00a0]+$|\b(?:at|in|to)[ \u00a0]+(?:[A-Z][\w-]*[ \u00a0]*(?:,|\bor\b|\band\b)[ \u00a0]*)+$|\b(?:publications?|papers?|talks?|published|publié\w*|publicaciones|pubblicazioni|publicações|Publikationen|Veröffentlichungen)[ \u00a0]*\([ \u00a0]*(?:[A-Z][\w-]*[ \u00a0]*(?:,|\bor\b|\band\b)[ \u00a0]*)*$/;
const INTERVIEW_BEFORE =
  /\b(?:interviews?\s+(?:in|with|using|on|focused\s+on|about|covering)|(?:pairing|coding|take-home)\s+(?:session|exercise|task|challenge)\s+(?:on|about)\s+(?:an?\s+)?(?:small\s+|short\s+|real\s+)?)\s*$/i;
/**
 * The same in the posting languages: "L'entretien technique se déroule en Python", "Das
 * technische Interview findet in Python statt", "La entrevista técnica es en Python", "Rozmowa
 * techniczna w Pythonie".
 */
const INTERVIEW_ELSEWHERE_BEFORE =
  /(?<![\w\u00c0-\u024f])(?:entretiens?|entrevistas?|colloqui[oi]?|rozmow[aeyi]|gesprek(?:ken)?|intervju(?:er|et)?|interviews?|(?:vorstellungs)?gespräch(?:e|en)?)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,7}?(?:en|in|w|em|con|mit|avec|op|på|na|su)\s*$/i;
/**
 * The call an interview is held on: "Interviews will be held on MS Teams", "Les entretiens se
 * déroulent sur Zoom", "Las entrevistas se realizan por Google Meet", "I colloqui si svolgono su
 * Teams", "Gesprekken vinden plaats via Teams".
 */
const INTERVIEW_CALL_BEFORE =
  /(?<![\w\u00c0-\u024f])(?:interviews?|entretiens?|entrevistas?|colloqui[oi]?|gesprek(?:ken)?|rozmow[aeyi]|gespräch(?:e|en)?|vorstellungsgespräch(?:e|en)?)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?(?:held|conducted|done|run|place|happen|happens|se déroulent|se déroule|se font|ont lieu|realizan|realizarán|hacen|harán|svolgono|svolgeranno|terranno|tengono|plaats|finden|statt|odbywają|odbędą)\s+(?:(?:remotely|online|virtually|à distance|en ligne|a distancia|en remoto|da remoto|online|statt|się)\s+)?(?:on|via|over|through|by|sur|par|por|en|su|tramite|über|per|przez|na)\s+$/i;
const INTERVIEW_AFTER = /^[ \u00a0]+interviews?\b/i;
const DEGREE_BEFORE =
  /(?:\b(?:bsc|msc|ms|bs|ba|ma|meng|phd|ph\.?d\.?|degrees?|bachelor'?s?|master'?s?|máster|mestrado|diploma|doctorate|doctorado|doctorat|dottorato|doutorado|doutoramento|studium|abschluss|licenciatura|grado|laurea|diplôme|título|titulación|graduação|examen|utbildning|uddannelse|utdanning|studia|wykształcenie)\b|\bbac\s*\+\s*\d)[^.;:\n]{0,50}?\b(?:in|en|im|di|der|des|of|em|inom|inden for|innen(?:for)?|i|z zakresu|kierunek)\s+(?:(?:an?\s+|one\s+)?(?:[\w-]+\s+)?(?:fields?|disciplines?|subjects?|areas?)\s*\(\s*)?(?:[\w\u00c0-\u024f&()-]+(?:\s+[\w\u00c0-\u024f&()-]+){0,2}\s*(?:,|\bor\b|\band\b|\boder\b|\bund\b|\bou\b|\bet\b|\bo\b|\by\b|\be\b|\bof\b|\beller\b|\boch\b|\blub\b|\/)\s*)*$/i;
/**
 * "not a model-deployment role", "not to building production ML systems", "the focus is on
 * pipelines, not on model research or red-teaming".
 */
const NOT_BEFORE =
  /\bnot\s+(?:a|an|to|about|on|in|into|for)\s+(?:[\w-]+\s+){0,2}(?:(?:,\s*|or\s+|nor\s+)(?:[\w-]+\s+){0,2})?$/i;
/**
 * Does text[from, to) end as NOT_ROLE_BEFORE needs ("... poste de ", "... d'")? Read by hand:
 * "d" and an apostrophe, or a space after one of ROLE_OF_WORDS standing after a space (or at
 * `from`) at most six characters back.
 */
function roleOfEnd(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const last = text.charCodeAt(to - 1);
  if (last === 39 || last === 0x2019) return text.charCodeAt(to - 2) === 100;
  if (last !== 32) return false;
  const floor = Math.max(from, to - 6);
  let k = to - 2;
  while (k >= floor && text.charCodeAt(k) !== 32) k--;
  // No space within reach: the word may still start at `from` when the text is that short.
  if (k < floor && (floor !== from || to - from > 5)) return false;
  return isRoleOfWord(text, k + 1, to - 1);
}
/** Is text[a, b) one of ROLE_OF_WORDS (case as written)? */
function isRoleOfWord(text: string, a: number, b: number): boolean {
  for (let i = 0; i < ROLE_OF_WORDS.length; i++) {
    const w = ROLE_OF_WORDS[i] as string;
    if (w.length === b - a && text.startsWith(w, a)) return true;
  }
  return false;
}
const ROLE_OF_WORDS = ['de', 'di', 'da', 'del', 'als', 'in', 'voor', 'em'];
/** NOT_ROLE_BEFORE's negations, found before the longer pattern is tried. */
const NOT_ROLE_HINT = /\b(?:pas|no|non|nicht|kein\w*|geen|não)\s/i;
/** The same role negated in French, Spanish, Italian, German, Dutch: "ce n'est pas un poste de machine learning", "keine Data-Science-Stelle". */
const NOT_ROLE_BEFORE =
  /\b(?:pas|no es|non è|nicht|kein\w*|geen|não é)\s+(?:(?:un|une|una|uno|um|uma|ein\w*|een)\s+)?(?:poste|rôle|puesto|rol|ruolo|posizione|Stelle|Rolle|functie|rol|vaga|função)\s+(?:de|d['’]|di|da|del|als|in|voor|em)\s*$/i;
/**
 * "you won't be training models", "You will not be responsible for model validation", "not model training", "we are not looking for someone to
 * build machine learning models", "you don't need deep learning", "You don't need a background in
 * machine learning", "This role does not involve pre-training foundation models", "you will not be
 * building or training models", "you won't be working on model training", "you won't be
 * touching the contact centre or Salesforce": a verb phrase negated right before the concept, a
 * preposition, an article or the first items of its list between ("not only", "not just" add
 * rather than negate).
 */
const NEGATED_BEFORE =
  /\b(?:not|won['’]t|will not|wouldn['’]t|don['’]t|do not|doesn['’]t|does not|never)\s+(?!only\b|just\b|merely\b|simply\b|limited\b)(?:be\s+|need\s+to\s+|have\s+to\s+|looking\s+for\s+(?:someone|somebody|anyone|a\s+person)\s+to\s+|expected\s+to\s+|(?:need|require)\s+any\s+|(?:need|require|expect)\s+(?:(?:any|an?|prior|previous|formal|deep|much)\s+)*(?:background|experience|knowledge|expertise|familiarity)\s+(?:in|with|of|on)\s+|expect\s+you\s+to\s+(?:be|know|have)\s+(?:an?\s+)?|be\s+(?:responsible|accountable)\s+for\s+|be\s+in\s+charge\s+of\s+|be\s+involved\s+in\s+|(?:involve|include|require|cover|entail)\s+)?(?:[\w-]+\s+(?:(?:or|nor)\s+(?:[\w-]+\s+)?|(?:(?:on|with|in|into|at|for|about)\s+)?(?:(?:the|any|our|their|your)\s+)?(?:(?!(?:on|with|in|into|at|for|about|of|to|but|as)\b)[\w-]+\s+){1,2}(?:or|nor|and)\s+|(?:on|with|in|into|at|for|about)\s+(?:(?:the|any|our|their|your)\s+)?|(?:the|any|our|their|your)\s+)?)?$/i;
/**
 * The same in French, Italian, Portuguese, German and Dutch: "Tu ne construiras pas de modèles de
 * machine learning", "Non costruirai modelli di deep learning", "Du wirst keine Computer-Vision-
 * Modelle bauen", up to an article and two nouns away: "non prevede lo sviluppo di modelli di
 * machine learning", "não o desenvolvimento de modelos de machine learning" ("non solo", "não só"
 * add). Not "no" (Portuguese "no" is "in the": "experiência no desenvolvimento de").
 */
const NEGATED_HINT = /\b(?:pas|jamais|non|não|nicht|kein\w*|geen)\s/i;
const NEGATED_ELSEWHERE_BEFORE =
  /(?:\b(?:ne|n['’])\s*[\p{L}-]+\s+(?:pas|jamais|plus)|\b(?:non|não)\s+(?:(?:ti|si|vi|ci|mi|te|se|me|lhe)\s+)?(?!(?:solo|soltanto|solamente|só|somente|apenas)\b)[\p{L}-]+|\b(?:nicht|kein\w*|geen))\s+(?:(?:de|d['’]|des|di|del|dei|degli|do|da|dos|das|van|von)\s*|(?:lo|il|la|le|gli|l['’]|o|a|os|as)\s*)?(?:[\p{L}-]+\s+(?:de|d['’]|di|do|da|van|von)\s*){0,2}$/iu;
/** NEGATED_ELSEWHERE_BEFORE on the text before the candidate, read only when a negation word is there. */
function negatedElsewhere(text: string, from: number, to: number): boolean {
  const tail = text.slice(from, to);
  return NEGATED_HINT.test(tail) && NEGATED_ELSEWHERE_BEFORE.test(tail);
}
/** "No model training, no prompt engineering, no MLOps pipelines": a list of what the job is not. */
const NO_LIST_BEFORE = /(?:^|[.:;!]\s*|,\s*no\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*)no\s+$/i;
const NO_LIST_AFTER = /^(?:\s+[\w-]+)?\s*,\s*no\s/i;
/** "No machine learning experience needed", "keine Erfahrung in": no ... experience. */
const NO_BEFORE = /\b(?:no|without|kein\w*|sin|sans)\s+(?:prior\s+)?$/i;
/**
 * "5+ years of software engineering, including...", "4+ years of software engineering
 * experience": the umbrella discipline measures the experience asked for; it is no skill of its own.
 */
const YEARS_OF_BEFORE =
  /\b(?:years?|yrs?|jahre\w*|ans|años|anni)['’]?\s+(?:(?:berufs)?erfahrung\s+(?:im\s+(?:bereich\s+)?|in\s+der\s+)|of\s+|in\s+|de\s+|di\s+|d['’]\s*|an\s+|in der\s+)?(?:(?:professional|hands-on|industry|commercial|practical|relevant|production|full-time|experience\s+in)\s+)*$/i;
const DISCIPLINE =
  /^(?:software|web|backend|back-end|frontend|front-end|full[- ]?stack|application) (?:engineering|development)$/i;
/** A concept named as its engineering discipline: "3 Jahre im Machine Learning Engineering". */
const ENGINEERING_AFTER = /^[ \u00a0-]+engineering\b/i;

/** ENGINEERING_AFTER at `end`, read only when a space or hyphen and an "e" follow: most concepts stop there. */
function engineeringAfter(text: string, end: number): boolean {
  const gap = text.charCodeAt(end);
  if (gap !== 32 && gap !== 45 && gap !== 0xa0) return false;
  if ((text.charCodeAt(end + 1) | 32) !== 101) return false;
  return ENGINEERING_AFTER.test(after(text, end, 14));
}

const EXPERIENCE_AFTER = /^\s+(?:experience|background|knowledge)\b/i;

/**
 * A budget stated with its figure is the system's target, not a skill: "Latency budgets are
 * tight (p99 under 80 ms)", "low latency requirements (p99 under 60 ms)", "een latency-budget
 * van 50 ms". Read for the skills of TARGETS only.
 */
const TARGETS = new Set(['latency-budgets']);
const FIGURE_AFTER = /^[^.;\n]{0,30}?\d(?:[.,]\d+)?[ \u00a0]?(?:ms|milliseconds?|µs|s)\b/i;

/**
 * Testing of what is no software's behaviour: "infrastructure testing" and "cloud security
 * testing" (a penetration tester's), "failover testing", "production testing", "constrained-random
 * testing" (hardware verification), "backup/restore testing", a statistician's "significance
 * testing", testing to a standard ("MIL-STD-810 testing", "EMC testing"). Software testing ("automated testing") is asked as itself.
 */
const NOT_SOFTWARE_TESTING_BEFORE =
  /\b(?:security|penetration|pen|infrastructure|failover|fail-over|disaster[ \u00a0-]recovery|DR|production|field|hardware|constrained-random|random(?:i[sz]ed)?|resilience|environmental|EMC|EMI|vibration|thermal|qualification|backup|restore|recovery|significance|hypothesis)[ \u00a0]+$/i;
/** A standard's code in capitals before "testing": "MIL-STD-810 testing", "DO-160 testing". */
const STANDARD_TESTING_BEFORE = /\b[A-Z]{2,}(?:[ \u00a0-][A-Z]{2,})*[ \u00a0-]\d{2,}[\w-]*[ \u00a0]+$/;

/**
 * Documentation read, not written: "English good enough to read technical documentation",
 * "la lecture de documentation", "you can read API documentation" (design docs read are
 * reviewed: still the skill).
 */
const READING_BEFORE =
  /\b(?:read|reads|reading|lecture|lire|leer|lectura|leggere|lettura|lesen|ler|leitura|lezen)\b(?:[ \u00a0]+(?:the|our|some|d['’]|de|des|la|le|les|el|los|las|di|della|von|der|die|da|do|a|as|os|van)\b)*(?:[ \u00a0]+[\w-]+)?[ \u00a0]+$/i;

/** A prefix that makes a name its opposite: "self-managed Kubernetes", "non-relational databases". */
const NEGATING_PREFIX_BEFORE = /(?:^|[^\p{L}])(?:self|non)-$/iu;

/** The answer buttons under a job board's screening question. */
const SCREENING_ANSWERS_AFTER = /^[ \t]*(?:\r?\n)?[ \t]*Yes[ \t]*\r?\n?[ \t]*No\b/;

/** What "on-premise" may stand before as the place it runs: a product's name, data centres, servers, hardware. */
const PLACE_OF_AFTER =
  /^[ \u00a0]+(?:[A-Z][\w.+#-]*|data[ \u00a0]+cent(?:re|er)s?|servers?|hardware|workloads?)\b/;

/** A place as the tail of a compound, as German and Dutch write it: "On-Premises-Plattform", "on-premises-omgeving". */
const PLACE_COMPOUND_AFTER =
  /^-(?:plattform|platform|cluster|server|rechenzentr|infrastru[ck]tu|umgebung|omgeving|hardware|landschaft|systeme?n?\b)/i;
/** What "on-premise" may stand after as the place it runs, as Romance languages place it: "en GPUs on-premise del cliente". */
const PLACE_OF_BEFORE =
  /(?:^|[^\p{L}])(?:GPUs?|servers?|servidor(?:es)?|serveurs?|server[ns]?|cl[uú]st(?:er|eres?)s?|hardware|data[ \u00a0]?cent(?:er|re)s?|CPD)[ \u00a0]+$/iu;
/**
 * The sentence of an "on-premise" that names the other place its estate runs, or a move away
 * from it: "clústeres de Kubernetes (on-premise con Rancher y en AWS)", "tanto on-premise como en
 * la nube", "across on-prem and cloud", "Migrazione di workload on-premise verso Azure",
 * "migrating from Teradata or another on-premises warehouse". Where things run, not a skill asked.
 */
const ELSEWHERE_OR_MOVE =
  /(?:^|[^\p{L}])(?:cloud|clouds|nube|nuvem|nuage|nuvola|chmur\p{L}*|moln\p{L}*|AWS|Azure|GCP|EKS|AKS|GKE|migra\p{L}*)(?![\p{L}])/iu;

/** The cloud migration strategies "refactor" is one of: "rehost, replatform, refactor". */
const MIGRATION_STRATEGY = /\b(?:re-?host\w*|re-?platform\w*|lift[- ]and[- ]shift)\b/i;

const REACH = 80;
/** Degree words that are no degree cue of the scan (../cues.ts), by a piece each case shares. */
const DEGREE_PIECES = [
  'octorat',
  'ottorat',
  'outora',
  'estrado',
  'tudium',
  'bschluss',
  'ac+',
  'ac +',
  'aurea',
  'iplo',
  'rado',
  'tulo',
  'tulaci',
  'raduaç',
  'xamen',
  'tbildning',
  'ddannelse',
  'tdanning',
  'tudia',
  'ykształc',
];
/**
 * By the pieces' first two (ASCII) characters, which pieces start with them (one bit each): one
 * pass over the context finds where any may start, and only those few are compared there.
 */
const PIECE_PAIR = new Uint32Array(128 * 128);
DEGREE_PIECES.forEach((p, i) => {
  const at = p.charCodeAt(0) * 128 + p.charCodeAt(1);
  PIECE_PAIR[at] = (PIECE_PAIR[at] as number) | (1 << i);
});
/**
 * The pieces searched as Horspool's search does, by the character at k + 2 of each place k:
 * THIRD tells whether it is some piece's third character (else no piece starts at k), SHIFT how
 * far the next place that may start a piece is (3 unless it is some piece's first or second
 * character). Most characters are neither, so most places are passed over three at a time.
 */
const THIRD = new Uint8Array(128);
const SHIFT = new Uint8Array(128).fill(3);
for (const p of DEGREE_PIECES) {
  THIRD[p.charCodeAt(2)] = 1;
  for (let i = 0; i < 2; i++) SHIFT[p.charCodeAt(i)] = Math.min(SHIFT[p.charCodeAt(i)] as number, 2 - i);
}
/** The pieces starting at `k`, whose first two characters make the pair `pair` (PIECE_PAIR), as bits. */
function piecesAt(text: string, k: number, pair: number): number {
  let found = 0;
  for (let i = 0; pair >>> i !== 0; i++) {
    if ((pair >>> i) & 1 && text.startsWith(DEGREE_PIECES[i] as string, k)) found |= 1 << i;
  }
  return found;
}
/** Does text[from, to) hold one of DEGREE_PIECES? */
function degreeHint(text: string, from: number, to: number): boolean {
  let c0 = text.charCodeAt(from);
  for (let k = from; k + 1 < to; k++) {
    const c1 = text.charCodeAt(k + 1);
    const pair = c0 < 128 && c1 < 128 ? (PIECE_PAIR[c0 * 128 + c1] as number) : 0;
    if (pair !== 0) {
      const found = piecesAt(text, k, pair);
      for (let i = 0; found >>> i !== 0; i++) {
        if ((found >>> i) & 1 && k + (DEGREE_PIECES[i] as string).length <= to) return true;
      }
    }
    c0 = c1;
  }
  return false;
}

/**
 * degreeHint for the contexts of one text's candidates, asked in text order: the windows of
 * nearby candidates overlap, so each character is read once and the pieces found are kept.
 * A question out of order is answered by degreeHint itself.
 */
class DegreeHints {
  /** Pieces starting before this position have been recorded. */
  private scanned = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Recorded pieces before this index start before every window still to come. */
  private first = 0;
  private lastFrom = 0;
  private lastTo = 0;

  constructor(private readonly text: string) {}

  within(from: number, to: number): boolean {
    const text = this.text;
    if (from < this.lastFrom || to < this.lastTo) return degreeHint(text, from, to);
    this.lastFrom = from;
    this.lastTo = to;
    // Record the pieces starting in [max(scanned, from), to - 1): a piece is 3 or more long.
    let k = Math.max(this.scanned, from);
    if (k + 1 < to) {
      // Horspool's skips (THIRD, SHIFT): no piece starts at a place passed over.
      while (k + 1 < to) {
        const c2 = text.charCodeAt(k + 2);
        // No piece holds a non-ASCII character there (NaN: past the text's end).
        if (!(c2 < 128)) {
          k += 3;
          continue;
        }
        if (THIRD[c2] === 1) {
          const c0 = text.charCodeAt(k);
          const c1 = text.charCodeAt(k + 1);
          const pair = c0 < 128 && c1 < 128 ? (PIECE_PAIR[c0 * 128 + c1] as number) : 0;
          if (pair !== 0) {
            const found = piecesAt(text, k, pair);
            for (let i = 0; found >>> i !== 0; i++) {
              if ((found >>> i) & 1) {
                this.starts.push(k);
                this.ends.push(k + (DEGREE_PIECES[i] as string).length);
              }
            }
          }
        }
        k += SHIFT[c2] as number;
      }
      this.scanned = k;
    }
    const starts = this.starts;
    while (this.first < starts.length && (starts[this.first] as number) < from) this.first++;
    for (let i = this.first; i < starts.length; i++) if ((this.ends[i] as number) <= to) return true;
    return false;
  }
}

/** The skills with a rule of their own in idRule, by id (a rule added there needs its id here). */
export const ID_RULED = [
  'gpu',
  'documentation',
  'on-premise',
  'refactoring',
  'transformer-models',
  'app-store',
  'google-play-store',
  'appgallery',
  'steam',
  'lidar',
  'aws',
  'workday',
  'greenhouse',
  'greenhouse-ats',
  'lever-ats',
  'smartrecruiters',
  'successfactors',
  'teamtailor',
  'personio',
  'recruitee',
  'icims',
  'taleo',
  'bamboohr',
  'ashby-ats',
];
/** Applicant tracking systems of ID_RULED: where the posting is published or applied through (appliedThrough). */
const ATS: ReadonlySet<string> = new Set(ID_RULED.slice(ID_RULED.indexOf('workday')));
/**
 * "Posted on Zurich careers (Workday)", "apply via Greenhouse", "Bewerbung über SuccessFactors",
 * "candidature via Teamtailor", "haku (SAP SuccessFactors)": the posting's channel, no ask.
 */
const APPLIED_THROUGH_BEFORE =
  /(?:posted\s+(?:on|via|to)|(?:careers?|jobs?|hiring)\s+(?:page\s+|site\s+)?powered\s+by|apply\s+(?:via|through|on|in|at|using)|applications?\s+(?:via|through|are\s+handled\s+in)|bewerb\p{L}*\s+(?:über|via|auf|im|in)|postul\p{L}*\s+(?:via|sur|par)|candidat\p{L}*\s+(?:via|sur|par|por|através|attraverso|tramite)|solicit\p{L}*\s+(?:a\s+través|por|via)|sollicit\p{L}*\s+(?:via|op)|ansök\p{L}*\s+(?:via|i|på|genom)|søk\p{L}*\s+(?:via|i|på|gjennom)|haku\p{L}*|hae\s|aplikuj\p{L}*\s+(?:przez|via)|(?:annons|annonce|anzeige|stellenanzeige|vacature)\s+(?:via|über|på|sur|op))[^.;!?\n]{0,60}$/iu;

/** The stores of ID_RULED: where the employer's app or game is sold (storeOfOurs). */
const STORES: ReadonlySet<string> = new Set(['app-store', 'google-play-store', 'appgallery', 'steam']);

/** What the rules read of a candidate's entry, one bit each (entryFacts). */
const ID_RULE = 1;
const TARGET = 2;
const TESTING = 4;
const DISCIPLINE_NAME = 8;

/**
 * By the index of each entry of a matcher's list (Terminal.index): ID_RULE for the entries of
 * ID_RULED, TARGET for those of TARGETS, TESTING for testing, DISCIPLINE_NAME for a name DISCIPLINE
 * matches. Made once per list: a candidate then reads one byte, not its entry's id or name.
 */
const FACTS_BY_LIST = new WeakMap<readonly SkillEntry[], Uint8Array>();
function entryFacts(entries: readonly SkillEntry[]): Uint8Array {
  let facts = FACTS_BY_LIST.get(entries);
  if (facts === undefined) {
    facts = new Uint8Array(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as SkillEntry;
      facts[i] =
        (ID_RULED.includes(e.id) ? ID_RULE : 0) |
        (TARGETS.has(e.id) ? TARGET : 0) |
        (e.id === 'testing' ? TESTING : 0) |
        (DISCIPLINE.test(e.name) ? DISCIPLINE_NAME : 0);
    }
    FACTS_BY_LIST.set(entries, facts);
  }
  return facts;
}

/** The rules for one skill each (ID_RULED lists their ids). */
function idRule(text: string, c: Candidate): boolean {
  const id = c.terminal.entry.id;
  if (id === 'gpu' && resourceUse(text, c)) return true;
  if (
    id === 'documentation' &&
    /[oO][ck]umenta/.test(text.slice(c.start, c.end)) &&
    READING_BEFORE.test(before(text, c.start, 40))
  )
    return true;
  // "on-prem GPU servers", "on-premises data centres", "an on-premise SQL Server warehouse": where
  // something runs, said of it, not the skill of running on premises.
  if (id === 'on-premise') return onPremisePlace(text, c);
  if (STORES.has(id)) return storeOfOurs(text, c);
  if (ATS.has(id)) return APPLIED_THROUGH_BEFORE.test(before(text, c.start, 90));
  // Portuguese "lidar com" is "to deal with" ("Lidar com desbalanceamento de classes", "saber
  // lidar com pressão"): the verb, written as a word, never the sensor's "LiDAR" or "LIDAR".
  if (id === 'lidar')
    return (
      (text.startsWith('lidar', c.start) || text.startsWith('Lidar', c.start)) &&
      c.end - c.start === 5 &&
      LIDAR_VERB_AFTER.test(after(text, c.end, 24))
    );
  // Singapore's Annual Wage Supplement, the 13th month of pay: "S$7,000/month + AWS", "AWS (annual
  // wage supplement)".
  if (id === 'aws')
    return (
      text.startsWith('AWS', c.start) &&
      (WAGE_SUPPLEMENT_AFTER.test(after(text, c.end, 30)) ||
        (JOINED_BEFORE.test(before(text, c.start, 8)) && PAY_BEFORE.test(before(text, c.start, 80))))
    );
  // A cloud migration strategy beside its siblings ("rehost, replatform, refactor"), not refactoring code.
  if (id === 'refactoring' && MIGRATION_STRATEGY.test(before(text, c.start, 40) + after(text, c.end, 40)))
    return true;
  // "transformer" in lower case, as written: the French verb when its object follows.
  return (
    c.end - c.start === 11 &&
    id === 'transformer-models' &&
    text.startsWith('transformer', c.start) &&
    FRENCH_OBJECT_AFTER.test(after(text, c.end, 12))
  );
}

/** Pay before "+ AWS": a figure with a salary word, the region's currency or a month's pay. */
const PAY_BEFORE =
  /(?:S\$|SGD|\bsalary\b|\bper\s+month\b|\/\s*(?:month|mth|mo)\b|\b13th\b)[^\n]*\d|\d[^\n]*(?:S\$|SGD|per\s+month|\/\s*(?:month|mth|mo)\b)/i;
const JOINED_BEFORE = /(?:\+|\bplus|&|\band|,)\s*$/;
const WAGE_SUPPLEMENT_AFTER = /^\s*\(\s*(?:annual\s+wage\s+supplement|13(?:th)?[\s-]month)/i;

/** What follows the Portuguese verb "lidar": "com", perhaps after an adverb ("lidar bem com"). */
const LIDAR_VERB_AFTER = /^[ \u00a0]+(?:\p{L}+[ \u00a0]+)?com(?![\p{L}])/u;

/** The employer's product, in a sentence about it: "our app", "notre application", "uygulamamız". */
const OUR_PRODUCT =
  /(?:^|[^\p{L}])(?:our|notre|nos|nuestr[ao]s?|unser\p{L}*|nostr[aoie]|onze|nossa|nossos?|nossas|nasz\p{L}*|vår\p{L}*|uygulamamız|oyunumuz)(?![\p{L}])/iu;
/** What a store tells of a product already in it: its availability, rating, downloads, sales. */
const IN_STORE =
  /(?:^|[^\p{L}])(?:available|rated|rating|stars|downloads?|downloaded|installs|featured|sold|copies|wishlists?|disponibles?|notée?s?|étoiles|téléchargée?s?|téléchargements|descargas|descargada|valorada|estrellas|vendid[ao]s|verfügbar|bewertet|Sternen?|heruntergeladen|verkauft|disponibil[ei]|valutata|stelle|scaricata|download|beschikbaar|sterren|gedownload|dostępn\p{L}*|pobra\p{L}*|gwiazd\p{L}*|yayında|indirme\p{L}*)(?![\p{L}])/iu;
/** The job's own work with a store: publishing to it, its releases and review process. */
const STORE_WORK =
  /(?:^|[^\p{L}])(?:publish\p{L}*|releas\p{L}*|ship|ships|shipping|shipped|submi\p{L}*|deploy\p{L}*|publi\p{L}*|veröffentlich\p{L}*|pubblic\p{L}*|despliegue\p{L}*|lanza\p{L}*|yayın|review)(?![\p{L}])/iu;

/**
 * A store named where the employer's app or game is already sold ("Our app is available on the
 * App Store and Google Play", "Nuestra app, valorada con 4,8 estrellas en Google Play",
 * "uygulamamız hem Google Play'de hem de AppGallery'de yayında"): the product's market, not the
 * skill of publishing to it ("publish releases to the App Store and Google Play" stays).
 */
function storeOfOurs(text: string, c: Candidate): boolean {
  const [from, to] = sentenceAround(text, c.start);
  const sentence = text.slice(from, to);
  return OUR_PRODUCT.test(sentence) && IN_STORE.test(sentence) && !STORE_WORK.test(sentence);
}

/**
 * "on-premise" said of where something runs, not the skill of running on premises: before what
 * runs there ("on-prem GPU servers", "an on-premise SQL Server warehouse", German's compound
 * "auf unserer On-Premises-Plattform"), after it ("en GPUs on-premise"), or beside the cloud
 * the estate also runs in, or that it moves to (ELSEWHERE_OR_MOVE). Alone it stays: "Kubernetes
 * in production (on-prem! OpenShift or Rancher)".
 */
function onPremisePlace(text: string, c: Candidate): boolean {
  if (text.charCodeAt(c.end) === 45 && PLACE_COMPOUND_AFTER.test(after(text, c.end, 20))) return true;
  if (PLACE_OF_AFTER.test(after(text, c.end, 30)) || PLACE_OF_BEFORE.test(before(text, c.start, 30)))
    return true;
  const [from, to] = sentenceAround(text, c.start);
  return ELSEWHERE_OR_MOVE.test(text.slice(from, to));
}

/**
 * Each reading of the context is made only when the rules before it have not decided (they are
 * pure tests, so the order does not change the answer): most concepts have no perk, negation or
 * degree in reach and cost a few short reads.
 */
function namedNotAsked(
  text: string,
  c: Candidate,
  hints: Hints,
  degrees: Hints,
  pieces: DegreeHints,
  roleNouns: Hints,
  negations: NegationHints,
  facts: Uint8Array,
  /**
   * Under a nice-to-have header, where "certifications such as OSCP or CISSP (not essential)"
   * list tools as a plus; a field there ("Background in chemistry – not required") is none.
   */
  preferred: boolean,
): boolean {
  if (
    isVenue(text, c) ||
    noneNeeded(text, c) ||
    ((!preferred || c.terminal.concept || fieldLine(text, c)) && notRequiredAfter(text, c))
  )
    return true;
  // What the rules read of the candidate's entry, in one byte (entryFacts).
  const entry = facts[c.terminal.index] as number;
  // The rules for one skill each, read only for those skills.
  if ((entry & ID_RULE) !== 0 && idRule(text, c)) return true;
  // "self-managed Kubernetes", "non-relational databases": the prefix turns the name into its opposite.
  if (
    text.charCodeAt(c.start - 1) === 45 &&
    NEGATING_PREFIX_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start))
  )
    return true;
  // A job board's screening question, its answer buttons on the next line: "Do you have
  // experience in Spring Boot?" then "Yes No". The page's furniture, repeating an ask.
  if (text.charCodeAt(c.end) === 63 && SCREENING_ANSWERS_AFTER.test(text.slice(c.end + 1, c.end + 16)))
    return true;
  // A partner status compounded with a hyphen, as German writes it: "unserem DATEV-Systempartner".
  if (text.charCodeAt(c.end) === 45 && PARTNER_COMPOUND_AFTER.test(after(text, c.end, 30))) return true;
  // Read only when a capital C, G, P, T or U follows one space: most names are followed by none.
  const space = text.charCodeAt(c.end);
  if (
    (space === 32 || space === 160) &&
    mayStartOrgUnit(text.charCodeAt(c.end + 1)) &&
    (ORG_UNIT_AFTER.test(after(text, c.end, 30)) ||
      (c.terminal.concept && CORE_UNIT_AFTER.test(after(text, c.end, 30)))) &&
    ORG_UNIT_BEFORE.test(before(text, c.start, 40))
  )
    return true;
  // Read only for a capitalised concept after a space: "afdeling Signal Processing".
  if (c.terminal.concept && unitNamedBefore(text, c)) return true;
  const near = hints.within(c.start - REACH, c.end + REACH);
  // "werkt samen met analytics engineers die dbt gebruiken": what the people worked with use.
  if (roleNouns.within(c.start - 70, c.start)) {
    // A relative pronoun first: most text before a skill near a role noun has none.
    const b = before(text, c.start, 70);
    if (RELATIVE_WORD.test(b) && WHO_USE_BEFORE.test(b)) return true;
  }
  if (!near && !c.terminal.concept) return noList(text, c, negations);
  if (near && namedByPerkOrStatus(before(text, c.start, REACH), after(text, c.end, REACH))) return true;
  if (!c.terminal.concept) return noList(text, c, negations);
  if ((entry & TARGET) !== 0 && FIGURE_AFTER.test(after(text, c.end, 50))) return true;
  if ((entry & TESTING) !== 0) {
    const b = before(text, c.start, 30);
    if (NOT_SOFTWARE_TESTING_BEFORE.test(b) || STANDARD_TESTING_BEFORE.test(b)) return true;
  }
  // "integrate the audio classification model our ML team ships": another team's work, named
  // before the team. Read only when a team word stands close after.
  if (roleNouns.within(c.end, c.end + 50) && THEIRS_AFTER.test(after(text, c.end, 70))) return true;
  // Read only after "the ", "its " or "their " (in any case, one space before the concept).
  if (
    text.charCodeAt(c.start - 1) === 32 &&
    (endsWithWord(text, 0, c.start - 1, 'the') ||
      endsWithWord(text, 0, c.start - 1, 'its') ||
      endsWithWord(text, 0, c.start - 1, 'their')) &&
    TEAM_MAKES_BEFORE.test(before(text, c.start, 60))
  )
    return true;
  const s = c.start;
  // before(text, s, REACH) starts here; its last 40 characters start at the later of the two.
  const from = beforeFrom(text, s, REACH);
  // Every test below reads the text before the candidate on its line: there is none.
  if (from === s) return false;
  // The negations end right before the candidate: their last 40 characters are enough.
  const tailFrom = Math.max(from, s - 40);
  // NOT_BEFORE and NEGATED_BEFORE each need "not", "n't" or "never" in reach: looked for by hand first.
  if (
    negations.within(from, s) &&
    (NOT_BEFORE.test(text.slice(tailFrom, s)) || NEGATED_BEFORE.test(text.slice(from, s)))
  )
    return true;
  if (roleOfEnd(text, tailFrom, s)) {
    const tail = text.slice(tailFrom, s);
    if (NOT_ROLE_HINT.test(tail) && NOT_ROLE_BEFORE.test(tail)) return true;
  }
  // Further than the other negations: "non prevede la progettazione di sistemi di" stands two
  // nouns and an article before.
  if (negatedElsewhere(text, Math.max(from, s - 56), s)) return true;
  if (
    ((entry & DISCIPLINE_NAME) !== 0 || engineeringAfter(text, c.end)) &&
    YEARS_OF_BEFORE.test(text.slice(tailFrom, s))
  )
    return true;
  if (
    endsWithNo(text, tailFrom, s) &&
    (NO_LIST_BEFORE.test(text.slice(tailFrom, s)) || NO_LIST_AFTER.test(after(text, c.end, 40)))
  )
    return true;
  if (
    mayBeExperienceAfter(text, c.end) &&
    EXPERIENCE_AFTER.test(after(text, c.end, REACH)) &&
    NO_BEFORE.test(text.slice(tailFrom, s))
  )
    return true;
  return (
    mayListAfterPreposition(text, from, s) &&
    (degrees.within(s - REACH, s) || pieces.within(from, s)) &&
    DEGREE_BEFORE.test(text.slice(from, s))
  );
}

/**
 * "No model training, no prompt engineering, no MLOps pipelines": in a list of what the job is
 * not, tools and practices are no asks either (concepts are read with the negations above).
 */
function noList(text: string, c: Candidate, negations: NegationHints): boolean {
  const s = c.start;
  const from = Math.max(beforeFrom(text, s, REACH), s - 40);
  if (from === s) return false;
  // "You won't be on call", "you will not be writing Java", "you won't be touching the contact
  // centre or Salesforce": the verb phrase negated right before (up to 60 characters).
  const far = Math.max(beforeFrom(text, s, REACH), s - 60);
  if (negations.within(far, s) && NEGATED_BEFORE.test(text.slice(far, s))) return true;
  if (noneInTheJob(text, from, s)) return true;
  if (!endsWithNo(text, from, s)) return false;
  return NO_LIST_BEFORE.test(text.slice(from, s)) || NO_LIST_AFTER.test(after(text, c.end, 40));
}

/**
 * What EXPERIENCE_AFTER needs first, read by hand: white space right after the candidate (on
 * its line), then "e", "b" or "k" in any case. Most concepts stop at the first or second character.
 */
function mayBeExperienceAfter(text: string, end: number): boolean {
  let k = end;
  // A line break ends after()'s text.
  while (k < text.length && text.charCodeAt(k) !== 10 && isRegExpSpace(text.charCodeAt(k))) k++;
  if (k === end) return false;
  const ch = text.charCodeAt(k) | 32;
  return ch === 101 || ch === 98 || ch === 107;
}

/**
 * Is there "not", "n't", "n’t" or "never" (in any case) in text[from, to)? Read as Horspool's
 * search reads: the third character of each place decides how far the next place can be, and
 * most characters are in none of the words, so most places are passed over three at a time.
 */
export function mayNegate(text: string, from: number, to: number): boolean {
  let k = from;
  while (k + 2 < to) {
    const c2 = text.charCodeAt(k + 2);
    const l2 = c2 | 32;
    if (l2 === 116 || l2 === 118) {
      // t or v third: "not", "n't", "n’t" or "nev(er)" may start here; none starts before k + 3.
      if ((text.charCodeAt(k) | 32) === 110) {
        const c1 = text.charCodeAt(k + 1);
        if (l2 === 116 && ((c1 | 32) === 111 || c1 === 39 || c1 === 0x2019)) return true;
        if (
          l2 === 118 &&
          (c1 | 32) === 101 &&
          k + 4 < to &&
          (text.charCodeAt(k + 3) | 32) === 101 &&
          (text.charCodeAt(k + 4) | 32) === 114
        )
          return true;
      }
      k += 3;
    } else if (l2 === 110) {
      k += 2; // n third: a word may start there
    } else if (l2 === 111 || l2 === 101 || c2 === 39 || c2 === 0x2019) {
      k += 1; // a second letter third: a word may start at k + 1
    } else {
      k += 3;
    }
  }
  return false;
}

/**
 * mayNegate for one text's candidates, asked in text order: the windows of nearby candidates
 * overlap, so each place is read once (as mayNegate reads, three places at a time where it can)
 * and the words found are kept, each with its end. A question out of order is answered by
 * mayNegate itself. Exact: mayNegate holds when a word starts at or after `from` and ends by
 * `to`, and every word starting in the places read is recorded.
 */
export class NegationHints {
  /** Every word starting in [lastFrom, scanned) is recorded. */
  private scanned = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Recorded words before this index start before every window still to come. */
  private first = 0;
  private lastFrom = 0;

  constructor(private readonly text: string) {}

  within(from: number, to: number): boolean {
    const text = this.text;
    if (from < this.lastFrom) return mayNegate(text, from, to);
    this.lastFrom = from;
    // Past a gap: what lies between is never asked about.
    if (from > this.scanned) this.scanned = from;
    let k = this.scanned;
    while (k < to) {
      const c2 = text.charCodeAt(k + 2);
      const l2 = c2 | 32;
      if (l2 === 116 || l2 === 118) {
        if ((text.charCodeAt(k) | 32) === 110) {
          const c1 = text.charCodeAt(k + 1);
          if (l2 === 116 && ((c1 | 32) === 111 || c1 === 39 || c1 === 0x2019)) this.record(k, k + 3);
          else if (
            l2 === 118 &&
            (c1 | 32) === 101 &&
            (text.charCodeAt(k + 3) | 32) === 101 &&
            (text.charCodeAt(k + 4) | 32) === 114
          )
            this.record(k, k + 5);
        }
        k += 3;
      } else if (l2 === 110) {
        k += 2;
      } else if (l2 === 111 || l2 === 101 || c2 === 39 || c2 === 0x2019) {
        k += 1;
      } else {
        k += 3;
      }
    }
    if (k > this.scanned) this.scanned = k;
    const starts = this.starts;
    while (this.first < starts.length && (starts[this.first] as number) < from) this.first++;
    for (let i = this.first; i < starts.length && (starts[i] as number) < to; i++) {
      if ((this.ends[i] as number) <= to) return true;
    }
    return false;
  }

  private record(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }
}

/** /\bno\s+$/i on text[from, to), read by hand: "no" in any case, then only white space. */
function endsWithNo(text: string, from: number, to: number): boolean {
  let q = to;
  while (q > from && isRegExpSpace(text.charCodeAt(q - 1))) q--;
  if (q === to || q - 2 < from) return false;
  if ((text.charCodeAt(q - 2) | 32) !== 110 || (text.charCodeAt(q - 1) | 32) !== 111) return false;
  return q - 2 === from || !isAsciiWordChar(text.charCodeAt(q - 3));
}

/** \w of a regular expression without the u flag: ASCII letters, digits and "_". */
/** "there is no night on-call", "there's no Kubernetes here", "no hay on-call nocturno". */
const NONE_IN_THE_JOB_BEFORE =
  /(?:\bthere[ \u00a0]+(?:is|are|will[ \u00a0]+be)|\bthere['’]s|\bwe[ \u00a0]+have)[ \u00a0]+no[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?$|\bno[ \u00a0]+hay[ \u00a0]+(?:[a-záéíóúñ-]+[ \u00a0]+)?$/i;

/**
 * Said not to be in the job at all: "(there is no night on-call)", "no hay on-call nocturno".
 * Read only when "no" is one of the two words right before the skill.
 */
function noneInTheJob(text: string, from: number, s: number): boolean {
  let k = s;
  while (k > from && isRegExpSpace(text.charCodeAt(k - 1))) k--;
  let p = k;
  while (p > from && (isAsciiWordChar(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 45)) p--;
  // "no" right before, or before the one word between ("no night on-call", "no hay on-call").
  if (!endsWithNo(text, from, s) && !(p < k && endsWithNo(text, from, p))) return false;
  return NONE_IN_THE_JOB_BEFORE.test(text.slice(from, s));
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Does text[to - word.length, to) read `word` (lower-case ASCII letters), whatever its case? */
function endsWithWord(text: string, from: number, to: number, word: string): boolean {
  const at = to - word.length;
  if (at < from) return false;
  for (let k = 0; k < word.length; k++)
    if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * What DEGREE_BEFORE needs at its end, read by hand before any other of its reads: past the
 * trailing white space, text[from, to) ends with its preposition (in, en, im, di, der, des, of,
 * em, inom, i, z zakresu, kierunek) or with a list separator (",", "/", or, and, oder, und, ou,
 * et, o, y, e, eller, och, lub). Most concepts ("experience with machine learning") stop here.
 */
function mayListAfterPreposition(text: string, from: number, to: number): boolean {
  let q = to;
  while (q > from && isRegExpSpace(text.charCodeAt(q - 1))) q--;
  if (q === from) return false;
  const last = text.charCodeAt(q - 1);
  if (last === 44 || last === 47) return true;
  // By the last letter: most words end otherwise and are passed over with one comparison.
  switch (last | 32) {
    case 110: // n
      return endsWithWord(text, from, q, 'in') || endsWithWord(text, from, q, 'en');
    case 109: // m
      return (
        endsWithWord(text, from, q, 'im') ||
        endsWithWord(text, from, q, 'em') ||
        endsWithWord(text, from, q, 'inom')
      );
    case 105: // i
      return endsWithWord(text, from, q, 'di') || endsWithWord(text, from, q, 'i');
    case 114: // r
      return (
        endsWithWord(text, from, q, 'der') ||
        endsWithWord(text, from, q, 'or') ||
        endsWithWord(text, from, q, 'oder') ||
        endsWithWord(text, from, q, 'eller')
      );
    case 115: // s
      return endsWithWord(text, from, q, 'des');
    case 102: // f
      return endsWithWord(text, from, q, 'of');
    case 100: // d
      return endsWithWord(text, from, q, 'and') || endsWithWord(text, from, q, 'und');
    case 117: // u
      return endsWithWord(text, from, q, 'ou') || endsWithWord(text, from, q, 'zakresu');
    case 116: // t
      return endsWithWord(text, from, q, 'et');
    case 111: // o
      return endsWithWord(text, from, q, 'o');
    case 121: // y
      return endsWithWord(text, from, q, 'y');
    case 101: // e
      return endsWithWord(text, from, q, 'e');
    case 107: // k
      return endsWithWord(text, from, q, 'kierunek');
    case 104: // h
      return endsWithWord(text, from, q, 'och');
    case 98: // b
      return endsWithWord(text, from, q, 'lub');
    default:
      return false;
  }
}

/** A name written as a conference among others ("at RecSys, KDD or SIGIR"): a venue, not a skill. */
function isVenue(text: string, c: Candidate): boolean {
  // CamelCase or capitals only ("RecSys", "KDD"), read without building a string: most
  // candidates stop at their first or second character.
  if (c.end - c.start < 3) return false;
  const first = text.charCodeAt(c.start);
  if (first < 65 || first > 90) return false;
  // What stands before first: a name in prose ("with Python") stops here, before its letters are read.
  if (!mayEndVenueList(text, c.start)) return false;
  let capitals = 0;
  for (let k = c.start + 1; k < c.end; k++) {
    const ch = text.charCodeAt(k);
    if (ch >= 65 && ch <= 90) capitals++;
    else if (ch < 97 || ch > 122) return false;
  }
  const b = before(text, c.start, 40);
  // A plain capitalised word ("Haystack") only after a list that names a known venue.
  if (capitals === 0) return VENUES.test(b) && VENUE_BEFORE.test(b);
  // VENUES first: most windows name no venue, and VENUE_BEFORE, anchored at the end, is tried at
  // every place of the window.
  return (VENUES.test(b) || VENUES.test(after(text, c.end, 40))) && VENUE_BEFORE.test(b);
}

/**
 * What VENUE_BEFORE needs at its end, read by hand: past the spaces before `start`, a comma,
 * an opening bracket, "or" or "and" (a list of venues), or "at", "in" or "to" after at least one space. Reading
 * past the start of the line only lets more through to the pattern.
 */
function mayEndVenueList(text: string, start: number): boolean {
  let q = start;
  while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 0xa0)) q--;
  const last = text.charCodeAt(q - 1);
  if (last === 44 || last === 40) return true; // a comma, or the bracket of "publications (RecSys"
  const prev = text.charCodeAt(q - 2);
  if (last === 114) return prev === 111; // or
  if (last === 100) return prev === 110 && text.charCodeAt(q - 3) === 97; // and
  if (q === start) return false;
  return (last === 116 && prev === 97) || (last === 110 && prev === 105) || (last === 111 && prev === 116); // at, to, in
}

function namedByPerkOrStatus(b: string, a: string): boolean {
  if ((DEVICE_AFTER.test(a) || DEVICE_BEFORE.test(b)) && !DEVICE_WORK.test(b)) return true;
  if (ACADEMY_BEFORE.test(b)) return true;
  if (b.includes('ccess') && ACCESS_BEFORE.test(b)) return true;
  // Every certificate word holds "ertifi" (certification, Zertifizierung, certificazione) or, in
  // Polish, "ertyfi" (certyfikat).
  if (
    (a.includes('ertifi') || b.includes('ertifi') || a.includes('ertyfi') || b.includes('ertyfi')) &&
    (CERTIFICATE.test(a) || CERTIFICATE_BEFORE.test(b)) &&
    (PAID.test(b + a) || certificationCount(b, a) || HELD_BY_US_BEFORE.test(b))
  )
    return true;
  if (
    PARTNER_AFTER.test(a) ||
    PARTNER_BEFORE.test(b) ||
    REGULATED_AFTER.test(a) ||
    CERTIFIED_EMPLOYER_AFTER.test(a) ||
    ((b.includes('ertifi') || b.includes('ualifi')) && CERTIFIED_PLACE_BEFORE.test(b)) ||
    PAY_AFTER.test(a) ||
    STATUS_AFTER.test(a) ||
    EVENT_AFTER.test(a) ||
    EVENT_BEFORE.test(b)
  )
    return true;
  if (CERTIFIED_AFTER.test(a) && CERTIFIED_SELF_BEFORE.test(b)) return true;
  // Each status word holds one of these pieces: certified, compliant, accredited, konform.
  if (
    (a.includes('ertifi') || a.includes('ompliant') || a.includes('ccredit') || a.includes('onform')) &&
    selfCertified(b, a)
  )
    return true;
  if (
    (b.includes('emb') || b.includes('itglied') || b.includes('ignator')) &&
    MEMBER_BEFORE.test(b) &&
    !READER.test(b)
  )
    return true;
  if (a.includes('customer') && CUSTOMER_AFTER.test(a) && CUSTOMER_BEFORE.test(b)) return true;
  return (
    INTERVIEW_BEFORE.test(b) ||
    INTERVIEW_AFTER.test(a) ||
    INTERVIEW_ELSEWHERE_BEFORE.test(b) ||
    INTERVIEW_CALL_BEFORE.test(b) ||
    NOT_PRESCRIBED_BEFORE.test(b)
  );
}

/** A head count before the skill: "(6 FPGA and 3 board engineers)", "(3 Android, 3 iOS, 4 backend)", "(5 SREs)". */
const COUNT_BEFORE = /(?:^|[\s(,])\d{1,3}[ \u00a0]+$/;
const COUNT_AFTER =
  /^(?:s?\s*\)|s?\s*,\s*\d{1,3}\s|s?\s+(?:and|&|und|et|y|e|en|i)\s+\d{1,3}\s|(?:\s+[\w-]+)?\s+(?:engineers|developers|devs|people|specialists|experts|testers|analysts|scientists|Entwickler\w*|ingénieurs|développeurs|ingenieros|desarrolladores|sviluppatori)\b)/i;

function isHeadCount(text: string, c: Candidate): boolean {
  // Read only when a digit and a space stand right before: most candidates stop here.
  const d = text.charCodeAt(c.start - 2);
  if (d < 48 || d > 57 || (text.charCodeAt(c.start - 1) !== 32 && text.charCodeAt(c.start - 1) !== 0xa0))
    return false;
  return COUNT_BEFORE.test(before(text, c.start, 6)) && COUNT_AFTER.test(after(text, c.end, 40));
}

/**
 * Skills in brackets after a head count ("a team of 7 backend engineers (Kotlin)", "2 BFF
 * engineers (Kotlin, Go)") or after a team that does the work ("the APIs exposed by the backend
 * team (Python / FastAPI)"): they tell what those people use.
 */
const TEAM_COUNT_BEFORE =
  /\b\d{1,4}\+?[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}(?:engineers|developers|devs|people|specialists|scientists|analysts|Entwickler\w*|ingénieurs|développeurs|ingenieros|desarrolladores|sviluppatori|ontwikkelaars|engenheiros|desenvolvedores|programmers|programadores|programmeurs|Programmierer\w*|programmatori)[ \u00a0]*$/i;
/**
 * Another team's or product's work, by them: "the APIs exposed by the backend team (Python /
 * FastAPI)", "consommées par nos applications web (React)".
 */
const TEAM_BY_BEFORE =
  /\b(?:by|par|por|door|pelo|pela|pelas|pelos)[ \u00a0]+(?:(?:the|our|their|la|le|les|el|los|las|der|dem|unserem|unseren|het|onze|nostro|nostri|notre|nos|nuestro|nuestros|nuestras|os|as)[ \u00a0]+|l['’][ \u00a0]*)?(?:[\w&-]+[ \u00a0]+){0,2}?(?:team|équipe|equipo|squadr[ae]|equipa|squad|apps?|applications?|aplicaciones|aplicações|aplicativos|services|servicios|serviços|backend|back-end|frontend|front-end|clients)(?:[ \u00a0]+[\w&-]+){0,2}[ \u00a0]*$/i;
const AGENT_WORD = /\b(?:by|par|por|door|pel[oa]s?)\s/i;
/**
 * Teams counted, their names in the bracket: "18 engineers across three squads (Compute,
 * Delivery, Observability)", "split into 4 pods (Search, Ads, Feeds)". Names, not asks.
 */
const UNITS_END = /(?:teams|squads|pods|tribes|streams|pillars|chapters|groups|units)[ \u00a0]*$/i;
const TEAM_UNITS_BEFORE =
  /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|multiple)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:teams|squads|pods|tribes|streams|pillars|chapters|groups|units)[ \u00a0]*$/i;
/**
 * Teams counted, then their names after a dash or colon: "organised into four squads — Ingestion,
 * Lakehouse Core, Data Products". Each name before the candidate is capitalised.
 */
const TEAM_UNITS_NAMED_BEFORE =
  /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:teams|squads|pods|tribes|streams|pillars|chapters|groups|units)[ \u00a0]*[—–:][ \u00a0]*(?:[A-Z][\w.'-]*(?:[ \u00a0]+(?:&[ \u00a0]+)?[A-Z][\w.'-]*)*[ \u00a0]*(?:,|and|&)[ \u00a0]*)+$/;
/** A head count of one side, no noun: "5 programadores back-end, 2 front-end (Vue.js)". */
const SIDE_COUNT_BEFORE =
  /(?:^|[\s(,])\d{1,3}[ \u00a0]+(?:back-?end|front-?end|full-?stack|mobile)[ \u00a0]*$/i;
/**
 * Another team or people the job collaborates with, their tools in brackets: "colaborar con el
 * equipo frontend (Vue.js, Tailwind)", "collaborate with the data team (dbt, Looker)", "work
 * closely with our developers (Apex, LWC)", "en lien avec
 * l'équipe mobile (Swift)". Work done together ("deploy together with our Platform team
 * (Docker, Kubernetes)") uses the bracket's tools itself.
 */
const WITH_TEAM_BRACKET_BEFORE =
  /\b(?:collaborat\w*|colabor\w*|collabor\w*|coordinat\w*|coordin\w*|liais\w*|partner(?:s|ing)?|interfac\w*|work(?:s|ing)?[ \u00a0]+closely|samenwerk\w*|werkt?\s+samen|zusammenarbeit\w*|arbeitest\s+eng|en\s+lien|współprac\w*)[ \u00a0]+(?:(?:closely|tightly|estrechamente|étroitement|strettamente|eng)[ \u00a0]+)?(?:with|con|avec|mit|met|com|z|insieme\s+a\w{0,3})[ \u00a0]+(?:(?:the|our|other|el|la|los|las|il|i|gli|le|les|dem|den|der|het|de|o|a|os|as|nuestro|nuestros|notre|nos|nostro|nostri|unserem|unseren|onze)[ \u00a0]+|l['’][ \u00a0]*)?(?:[\w&-]+[ \u00a0]+){0,2}?(?:teams?|équipes?|equipos?|squadr[ae]|equipas?|squads?|zespołem|zespołami|developers|engineers|architects)(?:[ \u00a0]+[\w&-]+){0,2}[ \u00a0]*$/i;
const WITH_WORD = /\b(?:with|con|avec|mit|met|com|z|insieme)\s/i;
const ACROSS_WORD = /across|spanning|working on/i;
/**
 * What a bracket of items may hold, as the character class [\w.+#/ \u00a0,&-] (no u flag): the
 * items and their separators (",", "/", "&", "+", "and").
 */
const ITEM_CHAR = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.+#/ ,&-')
  ITEM_CHAR[ch.charCodeAt(0)] = 1;
function isItemChar(c: number): boolean {
  return c < 128 ? ITEM_CHAR[c] === 1 : c === 0xa0;
}

/**
 * Words that may stand right before an item of a list: "(Kotlin, Go and Rust)", "across Android,
 * iOS", "working on NLP", and what a bracket says the other team does on it: "(industrialisation
 * sur Databricks)", "(despliegue en AWS)", "(Deployment mit Helm)".
 */
const LIST_WORDS = [
  'and',
  'or',
  'e',
  'y',
  'und',
  'et',
  'across',
  'spanning',
  'on',
  'sur',
  'en',
  'con',
  'mit',
];

/** Does an item of a list end right before `start`: a bracket, comma, slash, plus, ampersand or LIST_WORDS? */
function afterListMark(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  if (k < 0) return false;
  const ch = text.charCodeAt(k);
  if (ch === 40 || ch === 44 || ch === 47 || ch === 43 || ch === 38) return true;
  if (k === start - 1) return false;
  // Each of LIST_WORDS ends in d, r, e, y, t, s, g or n: most words end otherwise.
  if (
    !(
      ch === 100 ||
      ch === 114 ||
      ch === 101 ||
      ch === 121 ||
      ch === 116 ||
      ch === 115 ||
      ch === 103 ||
      ch === 110
    )
  )
    return false;
  let w = k;
  while (w >= 0 && k - w <= 8 && text.charCodeAt(w) >= 97 && text.charCodeAt(w) <= 122) w--;
  const len = k - w;
  if (len > 8 || (w >= 0 && text.charCodeAt(w) > 32)) return false;
  // Compare without building the word, with the list words of its length only: most words
  // before a skill are none of these.
  const words = LIST_WORDS_OF_LENGTH[len];
  if (words === undefined) return false;
  for (let i = 0; i < words.length; i++) if (text.startsWith(words[i] as string, w + 1)) return true;
  return false;
}
/** LIST_WORDS by their length (the index). */
const LIST_WORDS_OF_LENGTH: Array<string[] | undefined> = [];
for (const word of LIST_WORDS) {
  const same = LIST_WORDS_OF_LENGTH[word.length] ?? [];
  same.push(word);
  LIST_WORDS_OF_LENGTH[word.length] = same;
}

/** How far before an item its opening bracket may stand. */
const BRACKET_REACH = 40;

/**
 * The bracket of items a candidate stands in, for one text's candidates asked in text order: the
 * last "(" before it, within BRACKET_REACH, with only item characters (isItemChar) between (so no
 * ")", line break or other "(" either). The brackets are found by a native search, far faster
 * than reading each candidate's reach; the few candidates with one in reach read what is between,
 * once for the items of one bracket.
 */
class Brackets {
  /** The last "(" before the last position asked, or -1; and the first at or after it, or -1. */
  private prev = -1;
  private next: number;
  private asked = 0;
  /** For the bracket at `prev`: the characters before `clean` are items; `other` is the first that is none, or -1. */
  private clean = 0;
  private other = -1;
  /** The last bracket judged by countsBefore, and its answer. */
  private open = -1;
  private answer = false;

  constructor(private readonly text: string) {
    this.next = text.indexOf('(');
  }

  /** The "(" of the bracket of items holding `pos`, or -1. */
  openBefore(pos: number): number {
    const text = this.text;
    if (pos < this.asked) return openBeforeByHand(text, pos);
    this.asked = pos;
    while (this.next >= 0 && this.next < pos) {
      this.prev = this.next;
      this.clean = this.next + 1;
      this.other = -1;
      this.next = text.indexOf('(', this.next + 1);
    }
    const open = this.prev;
    if (open < 0 || open < pos - BRACKET_REACH) return -1;
    if (this.other < 0) {
      let k = this.clean;
      while (k < pos && isItemChar(text.charCodeAt(k))) k++;
      if (k < pos) this.other = k;
      else this.clean = pos;
    }
    return this.other >= 0 && this.other < pos ? -1 : open;
  }

  /** Does what stands before the bracket at `open` count heads or name another team? */
  countsBefore(open: number): boolean {
    // The items of one bracket share the answer about what stands before it.
    if (open === this.open) return this.answer;
    const b = before(this.text, open, 60);
    // Each pattern needs a word the cheaper test finds first: a digit, by / par / por / door / pelo, or with / con.
    this.answer =
      (/\d/.test(b) && (TEAM_COUNT_BEFORE.test(b) || SIDE_COUNT_BEFORE.test(b))) ||
      (AGENT_WORD.test(b) && TEAM_BY_BEFORE.test(b)) ||
      (WITH_WORD.test(b) && WITH_TEAM_BRACKET_BEFORE.test(b)) ||
      (UNITS_END.test(b) && TEAM_UNITS_BEFORE.test(b));
    this.open = open;
    return this.answer;
  }
}

/** Brackets.openBefore read back from `pos`, for a question out of text order. */
function openBeforeByHand(text: string, pos: number): number {
  for (let k = pos - 1; k >= 0 && k >= pos - BRACKET_REACH; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 40) return k;
    if (!isItemChar(ch)) return -1;
  }
  return -1;
}

function inTeamCount(text: string, c: Candidate, roleNouns: Hints, brackets: Brackets): boolean {
  // Most candidates stand after a word of prose, not in a list: they stop here.
  if (!afterListMark(text, c.start)) return false;
  // A head count over platforms: "engineers", "developers" are role nouns of the scan's cue words.
  if (roleNouns.within(c.start - 120, c.start)) {
    // The head count needs "across", "spanning" or "working on" and a digit: literal searches first.
    const b = before(text, c.start, 120);
    if (ACROSS_WORD.test(b) && /\d/.test(b) && COUNT_ACROSS_BEFORE.test(b)) return true;
  }
  // The rest only when the candidate stands in a bracket of items on its line.
  const open = brackets.openBefore(c.start);
  if (open >= 0) return brackets.countsBefore(open);
  // Or after a dash or colon that names counted teams: a dash or colon in reach first.
  const b = before(text, c.start, 120);
  return /[—–:]/.test(b) && TEAM_UNITS_NAMED_BEFORE.test(b);
}

/**
 * A criterion's label opening a line ("D3. Knowledge of ecological statistics", "E2) A PhD"): a
 * capital and one or two digits, then a full stop, bracket or colon. Read only for such names.
 */
function isCriterionLabel(text: string, c: Candidate): boolean {
  const n = c.end - c.start;
  if (n < 2 || n > 3) return false;
  const first = text.charCodeAt(c.start);
  if (first < 65 || first > 90) return false;
  for (let k = c.start + 1; k < c.end; k++) {
    const d = text.charCodeAt(k);
    if (d < 48 || d > 57) return false;
  }
  const mark = text.charCodeAt(c.end);
  if ((mark !== 46 && mark !== 41 && mark !== 58) || text.charCodeAt(c.end + 1) !== 32) return false;
  for (let k = c.start - 1; k >= 0; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 10) return true;
    if (ch !== 32 && ch !== 9) return false;
  }
  return true;
}

/**
 * The GPU as a resource an app uses, beside the CPU and memory or battery: "Profile and optimise
 * CPU, GPU and battery usage". Not the GPU work an ML or infrastructure job asks for.
 */
const CPU_NEAR = /\bCPUs?\b/;
const RESOURCE_NEAR = /\b(?:memory|battery|RAM|power|thermals?)\b/i;

function resourceUse(text: string, c: Candidate): boolean {
  const around = before(text, c.start, 40) + after(text, c.end, 40);
  return CPU_NEAR.test(around) && RESOURCE_NEAR.test(around);
}

/** Upper-case ASCII letter or digit. */
function isCodeChar(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57);
}

/**
 * A part of a reference code ("référence DISIA-2024-BDD-07", "Job ID: ENG-ML-2291"): capitals and
 * digits joined by hyphens, one part a number. Read only after a hyphen: most candidates stop there.
 */
function inReferenceCode(text: string, c: Candidate): boolean {
  if (text.charCodeAt(c.start - 1) !== 45) return false;
  let a = c.start - 1;
  while (a > 0 && (isCodeChar(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 45)) a--;
  let b = c.end;
  while (b < text.length && (isCodeChar(text.charCodeAt(b)) || text.charCodeAt(b) === 45)) b++;
  // The code ends at a space, punctuation or the end, not inside a word ("ENG-ML-2291s").
  const after = text.charCodeAt(b);
  if (b < text.length && ((after >= 97 && after <= 122) || after > 127)) return false;
  const code = text.slice(a, b);
  return (
    /^[A-Z0-9]+(?:-[A-Z0-9]+){2,}$/.test(code) &&
    /-\d+(?:-|$)/.test(code) &&
    /[A-Z]/.test(code.slice(0, c.start - a))
  );
}

/**
 * Acronyms the text defines as the name of an organisation: "Center for Clinical Artificial
 * Intelligence (CCAI)" makes every "CCAI" of the text that centre, not Contact Center AI. Keyed
 * by the acronym; the value is the expansion in lower case.
 */
function definedAcronyms(text: string): Map<string, string> | null {
  let out: Map<string, string> | null = null;
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    // Two capitals right after the bracket, read by hand first: most brackets hold none.
    const c1 = text.charCodeAt(at + 1);
    const c2 = text.charCodeAt(at + 2);
    if (c1 < 65 || c1 > 90 || c2 < 65 || c2 > 90) continue;
    const m = ACRONYM_IN_BRACKETS.exec(text.slice(at, at + 9));
    if (!m) continue;
    const acronym = m[1] as string;
    const words = text
      .slice(Math.max(0, at - 90), at)
      .split(/[\s-]+/)
      .filter(Boolean);
    // The capitalised words before the bracket, the last ones spelling the acronym.
    let k = words.length - 1;
    let letters = '';
    const used: string[] = [];
    while (k >= 0 && letters.length < acronym.length) {
      const w = words[k] as string;
      if (/^\p{Lu}/u.test(w)) {
        letters = w.charAt(0) + letters;
        used.unshift(w);
      } else if (!/^(?:for|of|and|the|in|on|to|de|du|des|la|le|für|der|die|und|del|di|e|y|et)$/.test(w))
        break;
      else used.unshift(w);
      k--;
    }
    // Only an organisation's name: a law or a technique spelled out ("Retrieval-Augmented
    // Generation (RAG)", "Reglamento General de Protección de Datos (RGPD)") is the skill.
    if (letters !== acronym || !ORGANISATION.test(used.join(' '))) continue;
    out ??= new Map();
    out.set(acronym, used.join(' ').toLowerCase());
  }
  return out;
}
const ACRONYM_IN_BRACKETS = /^\(([A-Z]{2,6})\)/;
const ORGANISATION =
  /\b(?:Cent(?:er|re)|Institute|Department|Lab|Laboratory|Group|Office|Agency|Council|Committee|Foundation|Association|University|School|Unit|Division|Programme|Program|Authority|Board|Service|Centro|Instituto|Zentrum|Institut|Amt|Centre)\b/;

/** Is the candidate an acronym the text defines as another name than its skill's? */
function otherAcronym(text: string, c: Candidate, defined: Map<string, string>): boolean {
  const expansion = defined.get(text.slice(c.start, c.end));
  if (expansion === undefined) return false;
  const { name, aliases } = c.terminal.entry;
  return name.toLowerCase() !== expansion && !aliases.some((a) => a.toLowerCase() === expansion);
}

/**
 * A line of hashtags only, a social post's tags: "#hiring #machinelearning #MLOps #London". Read
 * only for a candidate right after "#".
 */
const HASHTAG_LINE = /^[ \t]*#[\p{L}\p{N}_+.#-]+(?:[ \t,]+#[\p{L}\p{N}_+.#-]+)+[ \t]*\r?$/u;
function onHashtagLine(text: string, c: Candidate): boolean {
  if (text.charCodeAt(c.start - 1) !== 35) return false;
  const a = lineStartOf(text, c.start);
  const b = lineEndOf(text, c.end);
  return b - a < 400 && HASHTAG_LINE.test(text.slice(a, b));
}

/**
 * The sender's title in a signature, the line after a name on a line of its own: "Tom Ashby\nSenior
 * Consultant – Cloud & DevOps Contracts", "Priya Raman\nHead of Data Science". Its skills name
 * the sender's desk, not asks. Read once per short line opening with a title.
 */
const TITLE_WORD =
  /^[ \t]*(?:(?:Senior|Sr\.?|Principal|Lead|Associate|Managing|Executive|Technical|Tech|IT|Recruitment|Talent)[ \t]+)*(?:Consultant|Recruiter|Resourcer|Talent[ \t]+(?:Partner|Acquisition)|Headhunter|Head[ \t]+of|Manager|Director|Berater\w*|Personalberater\w*|Recruteu(?:r|se)|Chargée?[ \t]+de[ \t]+recrutement|Consultora?|Reclutador\w*|Selezionatore|Rekruter\w*)\b/;
const NAME_LINE = /^[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}[ \t]*\r?$/u;
class SignatureLines {
  /** [start, end) of each title line, found in one pass when first asked; and the cursor into them. */
  private lines: number[] | null = null;
  private k = 0;
  constructor(private readonly text: string) {}

  holds(c: Candidate): boolean {
    if (this.lines === null) this.lines = titleLines(this.text);
    const lines = this.lines;
    // Candidates come in text order: the cursor only moves on.
    while (this.k < lines.length && (lines[this.k + 1] as number) <= c.start) this.k += 2;
    return this.k < lines.length && (lines[this.k] as number) <= c.start;
  }
}

/**
 * A strip of the employer's badges under its name: "Meta for Work Partner · Unity Verified
 * Solutions Partner · ISO 9001", "Microsoft Solutions Partner (Data & AI Azure) | Databricks Select
 * Partner | ISO 27001 certified". Three or more parts split by " | ", " · " or " • ", one of them a
 * status (a partner, a certification, an award), none a label ("Skills: React · Redux"): the
 * employer's standing, no asks.
 */
const STRIP_SPLIT = /[ \u00a0]+[|·•][ \u00a0]+/;
const STATUS_PART =
  /(?:\b(?:Partner|partner|Partners|Member|certified|Certified|accredited|Accredited|Award|Awards|Winner|zertifiziert|certifi[ée]e?|certificad[oa]|certificat[oa])|(?<![\p{L}])(?:Partner|Mitglied|Partenaire|Socio)(?![\p{L}]).*)(?:[ \u00a0]*\([^)]*\))?[ \u00a0]*\r?$/u;
class BadgeStrips {
  /** [start, end) of each strip line, found when first asked; and the cursor into them. */
  private lines: number[] | null = null;
  private k = 0;
  constructor(private readonly text: string) {}

  holds(c: Candidate): boolean {
    if (this.lines === null) this.lines = stripLines(this.text);
    const lines = this.lines;
    if (lines.length === 0) return false;
    // Candidates come in text order: the cursor only moves on.
    while (this.k < lines.length && (lines[this.k + 1] as number) <= c.start) this.k += 2;
    return this.k < lines.length && (lines[this.k] as number) <= c.start;
  }
}

/**
 * [start, end) pairs of the badge strips of `text`: the separators are found by native searches,
 * and only a line holding two of them is read.
 */
function stripLines(text: string): number[] {
  const out: number[] = [];
  // Searched by the mark alone: a needle that starts with a space stops at every space.
  for (const mark of ['|', '·', '•']) {
    let lastEnd = -1;
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (at < lastEnd || text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at + 1) !== 32) continue;
      const from = lineStartOf(text, at);
      const to = lineEndOf(text, at);
      lastEnd = to;
      if (to - from >= 400) continue;
      const line = text.slice(from, to);
      // Two separators at least, of any kind: "Engineering trust since 1921 | Aerospace · Energy".
      if (line.indexOf(' | ') === line.lastIndexOf(' | ') && countSeparators(line) < 2) continue;
      if (isBadgeStrip(line) && !out.includes(from)) out.push(from, to);
    }
  }
  if (out.length > 2) {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < out.length; i += 2) pairs.push([out[i] as number, out[i + 1] as number]);
    pairs.sort((x, y) => x[0] - y[0]);
    return pairs.flat();
  }
  return out;
}
function countSeparators(line: string): number {
  let n = 0;
  for (const sep of [' | ', ' · ', ' • '])
    for (let at = line.indexOf(sep); at >= 0 && n < 2; at = line.indexOf(sep, at + 3)) n++;
  return n;
}
function isBadgeStrip(line: string): boolean {
  if (line.includes(':')) return false;
  const parts = line.split(STRIP_SPLIT);
  return parts.length >= 3 && parts.some((p) => STATUS_PART.test(p));
}

/** TITLE_WORD read at one line's start. */
const TITLE_AT = new RegExp(TITLE_WORD.source.slice(1), 'y');

/**
 * [start, end) pairs of the lines that hold a title under a name (few texts have any): each line
 * short enough and opening with a capital (after spaces) is read at its start.
 */
function titleLines(text: string): number[] {
  const out: number[] = [];
  let prevA = -1;
  for (let a = 0; a < text.length; ) {
    const nl = text.indexOf('\n', a);
    const b = nl < 0 ? text.length : nl;
    if (prevA >= 0 && b - a <= 100 && a - 1 - prevA <= 40) {
      let k = a;
      while (k < b && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      const first = text.charCodeAt(k);
      if (first >= 65 && first <= 90) {
        TITLE_AT.lastIndex = a;
        if (TITLE_AT.test(text) && NAME_LINE.test(text.slice(prevA, a - 1))) out.push(a, b);
      }
    }
    prevA = a;
    a = b + 1;
  }
  return out;
}

/**
 * A department among the others the job works with, each capitalised: "Work closely with Product,
 * Design and Data Science", "Samenwerken met Regulatory Affairs, Clinical en Software
 * Engineering". A unit of the employer, not an ask; not when a skill stands in the list
 * ("work with Python, Docker and Machine Learning").
 */
const DEPARTMENTS_BEFORE =
  /(?:[Cc]ollaborat\w*|closely|[Pp]artner(?:s|ing)?|[Ll]iais\w*|[Ii]nterfac\w*|[Ss]amenwerk\w*|samen|[Zz]usammen\w*|[Cc]ollabor\w*|[Cc]olabor\w*|[Ww]spółprac\w*|[Aa]longside)[ \u00a0]+(?:with|met|mit|avec|con|com|z)[ \u00a0]+(?:(?:the|our|de|onze|les|nos|los|las|i|gli|den|unseren)[ \u00a0]+)?((?:\p{Lu}[\p{L}&.-]*(?:[ \u00a0]+(?:&[ \u00a0]+)?\p{Lu}[\p{L}&.-]*)*[ \u00a0]*(?:,|\/|&|(?<!\p{L})(?:and|en|und|et|y|e|ou|or|o|i)(?!\p{L}))[ \u00a0]*)+)$/u;
function amongDepartments(text: string, c: Candidate, prevEnd: number): boolean {
  const first = text.charCodeAt(c.start);
  if (!c.terminal.concept || first < 65 || first > 90 || !afterListMark(text, c.start)) return false;
  const from = Math.max(prevEnd, c.start - 120);
  const m = DEPARTMENTS_BEFORE.exec(text.slice(from, c.start));
  return m !== null;
}

/**
 * Splits candidates into those asked for and those named otherwise (concepts of these stay weak
 * role evidence). With `inPlace`, the caller gives `cands` up and `kept` is that array, cut to
 * the kept ones (each moved to an index at or before its own, after it is read).
 */
export function dropNotAsked(
  text: string,
  cands: readonly Candidate[],
  spans: readonly SectionSpan[],
  perks: Hints,
  degrees: Hints,
  roleNouns: Hints,
  /** The matcher's entries (Terminal.index is a place in them). */
  entries: readonly SkillEntry[],
  /** The posting's title when given (else read from the text's first line). */
  title?: string,
  inPlace = false,
): { kept: Candidate[]; dropped: Candidate[] } {
  // Made at the largest size it can reach, then cut: growing a page's list by pushes allocates
  // and copies it several times. In place, no new one: a page's list is larger than the young
  // heap's objects, and every new one costs a large allocation.
  const kept: Candidate[] = inPlace ? (cands as Candidate[]) : new Array(cands.length);
  let nk = 0;
  const dropped: Candidate[] = [];
  const pieces = new DegreeHints(text);
  const brackets = new Brackets(text);
  const defined = definedAcronyms(text);
  const heads = new HeadCounts(text);
  const signatures = new SignatureLines(text);
  const strips = new BadgeStrips(text);
  const negations = new NegationHints(text);
  const facts = entryFacts(entries);
  const segments = new OtherAreaSegments(text, title);
  const furniture = new RangeCursor(furnitureRanges(text));
  let s = 0;
  /** Where the candidate before ends (0 for the first): read here, as `kept` may write over it. */
  let prevEnd = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    while (s + 1 < spans.length && (spans[s] as SectionSpan).end <= c.start) s++;
    if (
      (spans[s] as SectionSpan).kind === 'benefits' ||
      isHeadCount(text, c) ||
      inTeamCount(text, c, roleNouns, brackets) ||
      heads.holds(c) ||
      inReferenceCode(text, c) ||
      onHashtagLine(text, c) ||
      amongDepartments(text, c, prevEnd) ||
      signatures.holds(c) ||
      segments.holds(c) ||
      furniture.has(c.start, c.end) ||
      strips.holds(c) ||
      isCriterionLabel(text, c) ||
      (defined !== null && otherAcronym(text, c, defined)) ||
      namedNotAsked(
        text,
        c,
        perks,
        degrees,
        pieces,
        roleNouns,
        negations,
        facts,
        (spans[s] as SectionSpan).kind === 'preferred',
      )
    )
      dropped.push(c);
    else kept[nk++] = c;
    prevEnd = c.end;
  }
  kept.length = nk;
  return { kept, dropped };
}

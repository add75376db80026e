import type { SectionSpan } from '../sections/headers';
import { lineEndOf, lineStartOf, sentenceEnd, sentenceStart } from './context';
import type { Hints } from './hints';
import type { Candidate } from './scan';

/**
 * Skills named where the employer speaks of itself or of its other teams, outside the opening
 * and "About us" prose that ../sections/employer.ts finds, and outside the duties and requirements:
 * - concepts in a prose sentence (no bullet) the employer opens: "We use machine learning to
 *   approve loans", "Our deep learning models watch camera feeds", "Sightframe AI builds
 *   computer-vision safety software". Tools there stay skills: "Our stack: Go, gRPC, Kafka"
 *   names the job's tools;
 * - any skill in the clause of another, named team at work: "our Data & AI team uses machine
 *   learning", "Our ML engineers run vLLM, Ray and MLflow", "The Search Infrastructure team, a
 *   separate team, runs the Vespa clusters", "The Trust group (4 people) sits inside Engineering
 *   and covers fraud", "our growth squad is piloting an agent", "Ons Search-team beheert
 *   Elasticsearch", "De data engineers beheren de pipelines (Airflow)", "Vores Prognose-team
 *   udvikler modellerne", "Le pôle Données (8 agents) administre un parc Oracle", "Our Digital &
 *   Cloud directorate runs SAP", "The Lab's ML engineers own the MLOps tooling", a recruiter's
 *   "Their data science team has 40 forecasting models", "The Platform squad next door looks after
 *   Kafka", "The Search and Ads teams are our neighbours; they run Elasticsearch", "The Cloud CoE
 *   is responsible for the Kubernetes platform", "the Storage team (which operates our Kafka
 *   clusters)", an office or committee ("our AI Governance Office, which assesses fairness and
 *   explainability"), a team listed after a colon ("a team of nine: platform engineers who run our
 *   Snowflake account"), "O time de Engenharia de Dados mantém o data lake", skills in the
 *   team's name or in a bracket after it ("our MLOps engineers in the Data Platform team handle
 *   deployment", "el equipo de Cloud (Azure) gestiona el portal"), and with the
 *   object first in German: "Die Modelle baut unser
 *   Team Routing". "Our team uses Kafka" is the candidate's own team. In the duties and
 *   requirements only as an aside, a relative clause or a prose sentence (no bullet) the team
 *   opens: "Exposure to LLMOps – our support squad is piloting a GPT assistant", "Support the
 *   research team, who train forecasting models", "The ML engineers run our feature pipelines".
 * - any skill in prose about a consultancy's past or typical projects: "Recent projects include
 *   moving a retailer from SQL Server to Snowflake", "Our projects typically use Experience Cloud",
 *   or a lab's research record: "Recent work from the group includes a study of multimodal models";
 * - a skill a requirement or duty names again in the employer's aside about itself: "Tableau or
 *   Qlik Sense (we are retiring our last Qlik reports)", and any skill in its aside naming the
 *   other side's stack: "some Node.js – our backend is NestJS";
 * - any skill another team maintains, said in the passive, in any section: "the Solr cluster is
 *   run by the Search Infra team", "X++ changes are handled by the technical team", "the ISO
 *   26262 processes run by our Functional Safety department", "(Elasticsearch) est maintenu par
 *   la squad Search", and a word or two before a participle without its auxiliary: "(backend
 *   NestJS maintenu par l'équipe Backend)", "an Azure lakehouse built by the Data Platform team";
 * - concepts in the clause of the employer's or a client's product at work: "a scale-up whose
 *   platform monitors LLM applications", "a fintech that uses machine learning for credit
 *   decisions", or naming a product it launched: "they've just launched a generative AI
 *   assistant"; any skill another team built: "The current models
 *   (LightGBM) were built by their data scientists";
 * - the kind of place the employer moves away from, a concept in prose: "as we complete our move
 *   from on-premises data centres to Azure"; once the move is done, tools too: "They've just
 *   moved off Excel and Tableau extracts onto a modern stack";
 * - any skill, tools too, in a prose sentence where the employer tells its history or estate
 *   ("We've run entirely on AWS since 2019", "most of our estate is C#/.NET", "our new Snowflake
 *   platform went live last year", "Vår plattform körs på AWS sedan 2019", up to a turn to
 *   the candidate) or after "legacy" there ("splitting our legacy PHP monolith");
 * - any skill in a "they" clause after a sentence's team: "Partner with the Data Engineering team
 *   (they build the dbt pipelines – you'll help shape them)", "(ils maintiennent Airflow)";
 * - any skill in a sentence listing the employer's partners or clients ("Partners include two NLP
 *   communities");
 * - any skill a sentence says is not needed, wherever the sentence names it ("a couple of Go
 *   services already exist – no Go experience needed");
 * - any skill in a clause the next one disowns or gives to another team ("; you won't maintain
 *   it", "; the Platform team owns those");
 * - any skill in a clause followed by "(not your job!)" or "but you won't need to touch it", or
 *   said to be "not part of this role" or "out of scope", or that "you will not be expected to
 *   build": in any section, the duties too;
 * - any skill before a clause that disowns it, in any posting language and section: "(Java côté
 *   back – vous n'y toucherez pas)", "Reports in Power BI – das ist nicht Teil deiner Rolle",
 *   "…, ma non fa parte del ruolo", "…; you may join in, but it is not part of this role".
 * Neither of the first two applies when the sentence (for a team, its clause) addresses the candidate or the
 * job ("our models, which you will retrain": the candidate's work).
 */

/** The employer as the sentence's subject, at its start. */
const SELF =
  /^[\s"'“«(]*(?:(?:right now|today|currently|at the moment|at present|for now|so far|these days|until now)\s*,?\s+)?(?:(?:all(?:\s+of)?|most(?:\s+of)?|toda|todo|toute|tout|tutta|tutto|heel)\s+(?:(?:a|o|la|le|l['’]|the)\s*)?)?(?:we|we're|we’re|we've|our|nous|notre|nos|wir|unser\w*|nuestr[oa]s?|trabajamos|usamos|utilizamos|il nostro|la nostra|i nostri|le nostre|usiamo|nosso|nossa|nossos|nossas|usamos|onze|ons|wij|nasz\w*|vi|vår|vårt|våra|vores|vort|vore)(?![\w\u00c0-\u024f])/i;
const BULLET = /^\s*(?:[-*•·▪►▸◦‣⁃○●■□✓✔✅⭐➤→–—+]|\d{1,2}[.)])\s/;
const CANDIDATE =
  /\b(?:you|your|you'll|you're|you’ll|you’re|yourself|candidate|role|position|du|dich|dein\w*|dir|vous|votre|vos|tu|tus|te|ti|tuo|tua|je|jij|jouw|ty|twój|twoja|twoje|looking for|hiring|join|søker|søger|söker|deg|dig|rollen|stillingen|tjänsten)(?![\w\u00c0-\u024f])/i;

/**
 * Another team or group of the employer as the subject, doing the work with the skill: "our
 * Data & AI team uses machine learning to predict delivery windows", "Our ML engineers run
 * vLLM, Ray and MLflow on this platform", "The Search Infrastructure team, a separate team,
 * runs the Vespa clusters", "our product engineering teams build the apps in Kotlin and Swift".
 * The team must be named (one to four words before the noun): "our team uses Kafka" is the
 * candidate's own team.
 */
const OTHER_TEAM =
  /(?:\b(?:our|the|their|two|three|four|five|six)|:)\s+(?:(?:[\w&/.'’-]+,?|\([A-Z][\w&-]{1,9}\))\s+){1,6}?(?:teams?|squads?|engineers|scientists|researchers|analysts|organi[sz]ation|department|group|colleagues|tribe|directorate|division|CoE|guild|chapter|office|board|committee|council)\b(?:\s*,[^,;.]{1,40},|\s*\([^()]{1,80}\)|\s+(?:next door|down the hall|upstairs|downstairs|in-house))?(?:\s*,?\s+(?:(?:who|which|that)\s+)?|\s*\((?:who|which|that)\s+)(?:already\s+|also\s+|currently\s+|(?:is|are)\s+(?:already\s+|currently\s+|now\s+)?(?=[a-z]+ing\b)|(?:sits?|is|are)\s+(?:[\w-]+\s+){1,3}and\s+)?(?:has|have|(?:is|are)\s+responsible\s+for|turns?|process(?:es)?|works?\s+on|focus(?:es)?\s+on|looks?\s+after|takes?\s+care\s+of|use|uses|used|run|runs|ran|administers|train|trains|trained|build|builds|built|write|writes|wrote|own|owns|maintain|maintains|operate|operates|develop|develops|keep|keeps|manage|manages|do|does|did|cover|covers|provide|provides|support|supports|handle|handles|pilot|pilots|piloted|ship|ships|deploy|deploys|piloting|building|running|training|using|developing|maintaining|testing|migrating|rolling|assess|assesses|review|reviews|approve|approves|audit|audits|oversee|oversees|hands?\s+over|fine-tunes?|evaluates?|designs?)\b/i;

const TEAM_NOUN =
  /(?<![\w\u00c0-\u024f])(?:teams?|squads?|engineers|scientists|researchers|analysts|organi[sz]ation|department|group|colleagues|tribe|directorate|division|coe|guild|chapter|equipos?|área|departamento|división|équipes?|pôle|centre|département|direction|reparto|dipartimento|divisione|abteilung|bereich|equipas?|equipes?|office|board|committee|council)\b|team\b|zesp[oó][lł]|\bos?\s+times?\b|\btribos?\b/i;

/**
 * The same in Spanish, French, Italian, German, Polish and Portuguese: "nuestro equipo de Data & IA
 * utiliza...", "notre pôle Data construit...", "Zespół Data Science rozwija modele...", "A equipa
 * de Dados mantém...".
 */
const OTHER_TEAM_ELSEWHERE =
  /\b(?:(?:nuestr[oa]s?|el|la|los|las)\s+(?:equipos?|área|departamento|división)|(?:notre|nos|le|la|l['’])\s*(?:équipes?|pôle|centre|département|direction)|(?:il|la|i|le|nostr[oa]|nostri|nostre)\s+(?:team|reparto|dipartimento|divisione)|(?:unser(?:e|en)?|das|die)\s+(?:[\w&-]+-)?(?:team|abteilung|bereich)|(?:(?:nasz|ten)\s+)?zesp[oó][lł]|(?:o|a|os|as|nosso|nossa|nossos|nossas)\s+(?:times?|equipas?|equipes?|squads?|área|tribos?))(?![\w\u00c0-\u024f])(?:\s+(?:[\w\u00c0-\u024f&'’/.-]+|\([^()]{1,40}\)),?){0,8}?\s+(?:(?:qui|que|che)\s+)?(?:(?:l['’]|(?:le|la|les|lo|los|las|li)\s+))?(?:utiliza|usa|desarrolla|construye|entrena|mantiene|opera|administra|gestiona|utilise|développe|construit|accompagne|entraîne|exploite|maintient|administre|gère|utilizza|usa|sviluppa|costruisce|gestisce|amministra|nutzt|entwickelt|betreibt|baut|trainiert|verwaltet|pflegt|rozwija|buduje|utrzymuje|trenuje|używa|wykorzystuje|tworzy|wdraża|zarządza|mantém|mantêm|usa|utiliza|desenvolve|constrói|gere|gerencia|opera|administra|treina|cuida|déploie|déploient|entraînent|maintiennent|conçoit)(?![\w\u00c0-\u024f])|(?<![\w\u00c0-\u024f])(?:vårt|vår|vores|vort|deres|det|den)\s+[\wäöåæø&-]*team(?:et)?(?:\s+i\s+[\wäöåæø]+)?,?\s+som\s+(?:(?:også|allerede|også)\s+)?(?:trener|drifter|utvikler|bygger|eier|bruker|forvalter|træner|udvikler|driver|ejer|bruger|tränar|utvecklar|äger|använder|förvaltar)(?![\w\u00c0-\u024f])/i;
/**
 * The employer's or a client's product at work: "a scale-up whose platform monitors LLM
 * applications", "their product detects fraud in real time", or the company itself: "a Series C
 * fintech (consumer lending) that uses machine learning for credit decisions". Concepts after it
 * in its clause describe the product or the company.
 */
/** productEnd before the sentence is read. */
const UNREAD = -2;
const PRODUCT_NOUN =
  /platform|product|software|app|tool|service|solution|engine|compan|start-?up|scale-?up|tech\b|firm|business|client|retailer|bank|insurer|lender|manufacturer|marketplace/i;
const PRODUCT_DOES =
  /\b(?:whose|our|their|its)\s+(?:[\w-]+\s+){0,2}?(?:platform|product|software|app|tool|service|solution|engine)s?\s+[a-z]{2,}s\b|\b(?:company|start-?up|scale-?up|fintech|insurtech|healthtech|proptech|legaltech|firm|business|client|retailer|bank|insurer|lender|manufacturer|marketplace)\s*(?:\([^()]{0,60}\)\s*)?,?\s+(?:that|which)\s+(?:already\s+|also\s+|heavily\s+|now\s+)?[a-z]{2,}s\b/i;
/**
 * Skills another team or a vendor built: "The current models (LightGBM + Prophet) were built by
 * their data scientists".
 */
const BUILT_BY_AFTER =
  /^[^.;!?\n]{0,60}?(?:\b(?:was|were|is|are|has been|have been|is being|are being)\s+(?:originally\s+|all\s+)?(?:built|developed|trained|written|created|designed|implemented|maintained|operated|owned|run|managed|handled|done|covered|supported|hosted|administered)|\b(?:processes|process|clusters?|systems?|services?|platforms?|models|pipelines)\s+(?:run|owned|operated|maintained|managed|built|trained|developed))\s+by\s+(?:our|their|the|its|an?|other|another|separate)\s+(?:[\w&'’-]+\s+){0,4}?(?:teams?|scientists|engineers|analysts|researchers|squads?|group|department|organi[sz]ation|division|colleagues|vendor|agency|consultancy|contractors?|provider|partner)\b/i;
/** The same in French, Spanish, Italian and Portuguese: "(Elasticsearch) est maintenu par la squad Search". */
const BUILT_BY_AFTER_ELSEWHERE =
  /^[^.;!?\n]{0,60}?(?<![\w\u00c0-\u024f])rest(?:a|ano)\s+in\s+capo\s+(?:a|al|alla|ai|agli)\s+(?:[\w\u00c0-\u024f-]+\s+){0,4}?(?:team|squadra|reparto|gruppo)\b|^[^.;!?\n]{0,60}?(?<![\w\u00c0-\u024f])(?:(?:la|lo|las|los|le|les|l['’])\s*)?(?:lleva|llevan|gestiona|gestionan|gère|gèrent|cuida|cuidam|gestisce|gerencia|mantiene|maintient)\s+(?:otro|otra|outro|outra|une\s+autre|un\s+autre|un\s+altro|un['’]altra)\s+(?:equipo|equipa|time|tribo|tribu|squad|équipe|team|área|squadra)\b|^[^.;!?\n]{0,60}?(?<![\w\u00c0-\u024f])(?:est|sont|a été|ont été|es|son|ha sido|è|sono|é|são|foi)\s+(?:maintenue?s?|conçue?s?|développée?s?|construite?s?|gérée?s?|opérée?s?|exploitée?s?|mantenid[oa]s?|desarrollad[oa]s?|construid[oa]s?|gestionad[oa]s?|operad[oa]s?|mantenut[oa]|sviluppat[oa]|costruit[oa]|gestit[oa]|mantid[oa]s?|desenvolvid[oa]s?|feit[oa]s?|fatt[oaie]|hech[oa]s?|faite?s?)\s+(?:par|por|da|dal|dalla|pelo|pela)\s+(?:(?:la|le|les|l['’]|el|los|las|il|lo|i|o|a|os|as|notre|nos|nuestro|nuestros|nostro|nostra)\s*)*(?:[\w-]+\s+){0,3}?(?:squads?|équipes?|equipos?|team|squadra|equipas?|pôle|área|departamento|département)\b/i;
/**
 * The same in Swedish, Norwegian, Danish, Dutch and German: "(NVIDIA DGX) driftas av ett
 * separat HPC-team", "wordt beheerd door het platformteam", "wird vom Plattform-Team betrieben".
 */
const BUILT_BY_AFTER_GERMANIC =
  /^[^.;!?\n]{0,60}?(?:(?<![\w\u00c0-\u024f])(?:driftas|förvaltas|utvecklas|underhålls|ägs|hanteras|byggs|driftes|forvaltes|utvikles|vedlikeholdes|eies|drives|udvikles|vedligeholdes|ejes|varetages|bygges)\s+(?:av|af)\s+(?:(?:ett|en|et|vårt|vår|vores|vort|det|den|vårat)\s+)?(?:[\wäöåæø-]+\s+){0,3}?[\wäöåæø-]*team(?:et)?|\b(?:wordt|worden)\s+(?:\w+\s+)?(?:beheerd|gebouwd|ontwikkeld|onderhouden|gerund|getraind)\s+door\s+(?:het|de|ons|onze)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:team|specialisten|engineers|ontwikkelaars|collega's)|\b(?:wird|werden)\s+(?:von|vom)\s+(?:(?:unserem|unseren|dem|den|einem)\s+)?(?:[\wäöüß-]+\s+){0,3}?[\wäöüß-]*team\s+(?:betrieben|entwickelt|gepflegt|verantwortet|gebaut|trainiert|betreut|verwaltet))\b/i;

/**
 * The kind of place the employer moves away from, in prose (concepts only): "as we complete our
 * move from on-premises data centres to Azure", "moving 900 applications out of our two
 * on-premises data centres". The target stays ("to Azure"), and so does a bullet (though
 * "on-premise" itself, a place moved away from, is dropped in any sentence: ./not-asked.ts), and
 * a tool while the move is under way ("we are migrating from AngularJS": the job's work).
 */
const FROM_HINT = /\s(?:from|out of|off|away from|desde|depuis|von|weg von)\s/i;
const MOVE =
  /\b(?:mov(?:e|es|ed|ing)|migrat\w*|migr(?:er|ons|ation|ación|ación|ieren|iert|ierung)|transition\w*|leav(?:e|es|ing)|exit(?:s|ing)?|retir(?:e|es|ed|ing)|decommission\w*|replac(?:e|es|ed|ing)|umzug|umstieg|ablösung|wechsel\w*)\b/i;
const FROM_BEFORE =
  /\b(?:from|out of|off|away from|desde|depuis|von|weg von)\s+(?:(?:an?|the|our|their|its|two|three|four|several|all|most|legacy|old|existing|remaining|[\d,.%]+|la|le|les|el|los|las|nuestros|nuestras|nos|der|den|dem|unserem|unseren)\s+)*(?:(?!(?:to|into|onto|towards|auf|nach|vers|naar|hacia)\b)[\w.+#-]+(?:\s*(?:\/|,|&|\band\b|\bund\b|\bet\b|\by\b)\s*|\s+)){0,3}$/i;

/**
 * The employer's history or estate, in a prose sentence about itself: "We've run entirely on AWS
 * since 2019", "most of our estate is C#/.NET", "Trabajamos 100 % sobre Google Cloud". Any skill
 * there, tools too, is what the employer has, not what it asks ("Our stack: Go, Kafka" has none
 * of these words and stays the job's tools).
 */
const HISTORY_HINT =
  /since|estate|entirely|exclusively|%|seit|depuis|desde|dal|sinds|od|komplett|vollständig|ausschließlich|enti[eè]rement|exclusivement|íntegramente|totalmente|integralmente|interamente|inteiramente|esclusivamente|volledig|uitsluitend|całkowicie|wyłącznie|live|last|year|dernière|letzte|pasado|scorso|passado|vorig|förra|zeszłym|sedan|siden/i;
/** The same in the posting languages: "seit 2019", "entièrement hébergée sur AWS", "draait volledig op Azure". */
const HISTORY =
  /\b(?:since|seit|depuis|desde|dal|sinds|od|sedan|siden)\s+(?:19|20)\d\d\b|\bour\s+estate\s+(?:is|was|runs|sits|to)\b|(?<![\w\u00c0-\u024f])(?:entirely|exclusively|100\s?%|komplett|vollständig|ausschließlich|entièrement|exclusivement|íntegramente|totalmente|integralmente|interamente|inteiramente|esclusivamente|volledig|uitsluitend|całkowicie|wyłącznie)\s+(?:[\w\u00c0-\u024f]+\s+)?(?:on|in|sobre|en|auf|sur|su|em|op|na|w|bei)\b|\bwent\s+live\b|\b(?:last|previous)\s+year\b|\bearlier\s+this\s+year\b|\bl['’]an(?:née)?\s+derni[eè]re?\b|\b(?:im\s+)?letzten\s+Jahr\b|\bletztes\s+Jahr\b|\bel\s+año\s+pasado\b|\bl['’]anno\s+scorso\b|\bno\s+ano\s+passado\b|\bvorig\s+jaar\b|\bförra\s+året\b|\bw\s+zeszłym\s+roku\b/i;
/**
 * Past or typical projects of a consultancy, in prose: "Recent projects include moving a retailer
 * from SQL Server to Snowflake", "Our projects typically run six months and use Experience
 * Cloud". What they used is the firm's record, not the candidate's ask.
 */
const PROJECTS_HINT = /roject|ngagement|ecent work|ublications|apers/;
const PROJECTS =
  /\b(?:(?:recent|past|previous)\s+(?:work|papers|publications|research)(?:\s+(?:from|by|of)\s+(?:the|our|this)\s+(?:[\w-]+\s+)?(?:group|lab|team|department))?\s+(?:include|included|includes|has\s+included|spans?|covers?)|our\s+(?:recent\s+)?(?:papers|publications)\s+(?:include|cover|span)|(?:recent|past|previous|former|typical)\s+(?:client\s+)?(?:projects|engagements)|our\s+(?:client\s+)?(?:projects|engagements)(?:\s+typically|\s+usually|\s+often)?\s+(?:include|included|run|ran|use|used|span|spanned|range|ranged|involve|involved)|projects\s+(?:include|included|have included))\b/i;

/** A tool the employer is leaving, in such a sentence: "splitting the last part of our legacy PHP monolith". */
const LEGACY_BEFORE = /\blegacy[ \u00a0]+$/i;

/** A prose sentence listing the employer's partners, clients or investors: "Partners include ...". */
const ORGS =
  /^[\s"'“«(]*(?:our\s+|their\s+|its\s+)?(?:partners|clients|customers|investors|backers|merchants)(?:['’]\s*stacks?)?\s+(?:include|includes|including|are|range\s+from|use|run|store|rely|build|host|keep|bring|deploy|train|ship)\b/i;

/**
 * A product the employer (or a recruiter's client) has launched, named by its concept: "they've
 * just launched a generative AI assistant for customers", "we shipped a computer vision app".
 * The concept describes the product; read for concepts outside the job's sections, when the
 * sentence has not addressed the candidate before.
 */
const LAUNCHED_BEFORE =
  /\b(?:launched|released|shipped|rolled\s+out|introduced|unveiled|piloted|lancé|lanzado|lançou|lançado|lanciato|gelauncht|eingeführt)\s+(?:(?:an?|our|their|its|the|une?|un|una|uma|um|ein(?:e|en)?|notre|nuestro|nuestra|nosso|nossa|il|la|le|el|o|a)\s+)?(?:(?:new|first|own|nouvel(?:le)?|nuevo|nueva|novo|nova|nuovo|nuova|neue[nr]?)\s+)?$/i;
const PRODUCT_AFTER =
  /^[ \u00a0-]+(?:assistants?|chatbots?|copilots?|apps?|platforms?|products?|tools?|features?|services?|agents?|assistente|assistant|asistente|plateforme|plataforma|piattaforma|Assistenten?|Plattform)\b/i;
function launchedProduct(text: string, sentenceA: number, c: Candidate): boolean {
  const b = text.slice(Math.max(sentenceA, c.start - 60), c.start);
  if (!LAUNCHED_BEFORE.test(b) || !PRODUCT_AFTER.test(text.slice(c.end, c.end + 30))) return false;
  return !CANDIDATE.test(text.slice(sentenceA, c.start));
}

/**
 * A company's product named by its concept after "whose", at work: "a scale-up whose AI-powered
 * recommendation engine sits behind the feeds of big retailers", "a start-up whose computer
 * vision platform inspects wind turbines". Never the candidate's skills ("someone whose machine
 * learning skills are strong").
 */
const WHOSE_BEFORE = /\bwhose\s+(?:[\w-]+\s+){0,2}$/i;
const WHOSE_PRODUCT_AFTER =
  /^(?:\s+(?:platforms?|products?|engines?|models?|systems?|software|apps?|tools?|services?|solutions?|technology|pipelines?))?\s+(?!(?:skills|experience|background|expertise|knowledge|abilities|interests|credentials)\b)(?:[a-z]{3,}s|is|are|has|have)\b/;
function whoseProduct(text: string, sentenceA: number, c: Candidate): boolean {
  const from = Math.max(sentenceA, c.start - 40);
  // Looked for in the window only: a search from `from` to the text's end cost O(text) per mention.
  const at = text.slice(from, c.start + 4).indexOf('whose');
  if (at < 0 || at >= c.start - from) return false;
  return (
    WHOSE_BEFORE.test(text.slice(from, c.start)) && WHOSE_PRODUCT_AFTER.test(text.slice(c.end, c.end + 40))
  );
}

/** Does the candidate's line open with a bullet? */
function onBulletLine(text: string, c: Candidate): boolean {
  const line = lineStartOf(text, c.start + 1);
  return BULLET.test(text.slice(line, line + 4));
}

/** In the job's sections, another team's clause counts only as an aside, after a dash or colon, or as a relative clause. */
const ASIDE = /\s[–—-]\s|:\s/;
/**
 * What an aside needs in its sentence, looked for first: a dash between spaces, a colon and a
 * space, or a comma before who/which. One search for all (as written: no i flag).
 */
const ASIDE_HINT = / [–—-] |: |, wh| who (?:own|build|run|maintain|operate|manage|write)/;
/** A relative clause: after a comma, or without one when the team owns, builds or runs the thing. */
const RELATIVE =
  /,\s*(?:who|which)\s|\s(?:who|which)\s+(?:own|owns|build|builds|run|runs|maintain|maintains|operate|operates|manage|manages|write|writes)\b/i;
/** A clause that opens with "they" doing the work, after a clause about other teams (TEAMS_OPEN). */
const THEY_DO_HINT = /^\s*they\s/i;
const THEY_DO =
  /^\s*they\s+(?:also\s+|already\s+)?(?:own|run|build|use|maintain|train|operate|manage|develop|ship|deploy|handle|cover|look\s+after|take\s+care\s+of|work\s+on)\b/i;
/**
 * A clause with "they" doing the work, after a bracket, dash, semicolon or comma, in a sentence
 * that named a team before: "Partner with the Data Engineering team (they build the dbt
 * pipelines – you'll help shape them)", "avec l'équipe Data (ils maintiennent Airflow)", or a
 * bracketed "who" clause after a team or a capitalised name ("Partner with Detection Engineering
 * (who write Sigma and YARA rules)"). What the
 * clause names, up to its end or a turn to the candidate, is that team's.
 */
const THEY_ASIDE_HINT = /(?:they|ils|elles|zij|eles|elas|ellos|\((?:who|qui|que|che)) /i;
const THEY_ASIDE =
  /(?:\(|\s[–—-]\s|[;,]\s)\s*(?:(?<=\(\s*)(?:who\s+(?:also\s+|already\s+)?(?:own|run|build|use|maintain|train|operate|manage|develop|ship|deploy|handle|write)|qui\s+(?:construisent|maintiennent|gèrent|développent|utilisent|exploitent|entraînent|écrivent)|que\s+(?:construyen|mantienen|usan|desarrollan|gestionan|operan|escriben|constroem|mantêm|desenvolvem|gerem|operam|escrevem)|che\s+(?:costruiscono|mantengono|usano|sviluppano|gestiscono|scrivono))|they\s+(?:also\s+|already\s+)?(?:own|run|build|use|maintain|train|operate|manage|develop|ship|deploy|handle|write|look\s+after|take\s+care\s+of)|(?:ils|elles)\s+(?:construisent|maintiennent|gèrent|développent|utilisent|exploitent|entraînent)|zij\s+(?:bouwen|beheren|onderhouden|gebruiken|ontwikkelen|trainen)|(?:eles|elas)\s+(?:constroem|mantêm|usam|desenvolvem|gerem|operam)|ellos\s+(?:construyen|mantienen|usan|desarrollan|gestionan|operan))(?![\w\u00c0-\u024f])/i;

/** A capitalised name right before the bracket: "Partner with Detection Engineering (who write...)". */
const NAMED_BEFORE = /\b\p{Lu}[\p{L}&-]*\s*$/u;

/**
 * Where the "they" clause of a sentence naming a team before it starts (after its verb) and
 * where its bracket closes (else the sentence's end), absolute, or null.
 */
function theyAside(sentence: string, a: number, b: number): [number, number] | null {
  if (!THEY_ASIDE_HINT.test(sentence)) return null;
  const m = THEY_ASIDE.exec(sentence);
  // "(who write Sigma rules)" after a capitalised name: a group of people, as a team noun is.
  if (
    !m ||
    !(
      TEAM_NOUN.test(sentence.slice(0, m.index)) ||
      (m[0].startsWith('(') && NAMED_BEFORE.test(sentence.slice(0, m.index)))
    )
  )
    return null;
  const from = m.index + m[0].length;
  const close = m[0].startsWith('(') ? sentence.indexOf(')', from) : -1;
  return [a + from, close < 0 ? b : a + close];
}

/** A clause opening with other teams as its subject: "The ML Infrastructure and Training Platform teams are...". */
const TEAMS_OPEN =
  /^[\s"'“«]*(?:our|the|their)\s+(?:[\w&/.'’-]+\s+){1,6}?(?:teams|squads|engineers|scientists|researchers|analysts|departments|groups)\b/i;
/** Nothing but white space or an opening quote before the team: it opens the sentence. */
const OPENS = /^[\s"'“«]*$/;

/** The same in Dutch, the team's name before the noun: "Ons Search Platform-team beheert Elasticsearch". */
const OTHER_TEAM_NL =
  /\b(?:ons|onze|het|de)\s+(?:[\w&/.-]+\s+){0,3}?(?:[\w&/.-]*team|engineers|scientists|analisten|ontwikkelaars|developers)(?:\s*\([^()]{1,60}\))?\s+(?:beheert|bouwt|gebruikt|ontwikkelt|onderhoudt|traint|runt|levert|werkt\s+met|beheren|bouwen|gebruiken|ontwikkelen|onderhouden|trainen|runnen|leveren|werken\s+met)\b/i;
/**
 * The same in Danish, Norwegian and Swedish: "Vores Forecasting-team (6 data scientists)
 * udvikler modellerne", "Vårt plattformteam drifter Kubernetes".
 */
const OTHER_TEAM_NORDIC =
  /(?:^|[^\wæøåÆØÅ])(?:vores|vort|vor|vårt|vår|våre|våra|vårat)\s+(?:[\w&/.æøåÆØÅ-]+\s+){0,3}?[\w&/.æøåÆØÅ-]*team(?:et)?(?:\s*\([^()]{1,60}\))?\s+(?:udvikler|bygger|bruger|driver|træner|vedligeholder|ejer|utvikler|bruker|drifter|trener|eier|forvalter|utvecklar|använder|driftar|tränar|förvaltar|äger)(?![\wæøåÆØÅ])/i;
/**
 * German with the object first: "Die Prognosemodelle baut unser Team Fleet Intelligence", "Das
 * Data Warehouse betreibt das Data-Platform-Team", "Die Plattform (Yocto) betreut das Team
 * Embedded Systems", "Die Steuergeräte-Software (AUTOSAR) liegt beim Embedded-Bereich". What the
 * sentence names before it is theirs.
 */
const OTHER_TEAM_DE_AFTER =
  /(?<![\wäöüß])(?:(?:baut|bauen|entwickelt|entwickeln|betreibt|betreiben|trainiert|trainieren|verantwortet|verantworten|pflegt|pflegen|betreut|betreuen|übernimmt|übernehmen)\s+(?:unser|unsere|das|die)\s+(?:[\w&-]+\s+){0,3}?(?:[\w&-]+-)?(?:Team|Teams|Kolleg\w*)|(?:liegt|liegen)\s+(?:beim|bei\s+(?:dem|der|unserem|unserer))\s+(?:[\w&-]+\s+){0,2}?(?:[\w&-]+-)?(?:Team|Bereich|Abteilung|Partner|Dienstleister|Kolleg\w*))(?![\wäöüß])/;

/** The nouns OTHER_TEAM_DE_AFTER needs, capitalised as German writes them. */
const DE_TEAM_HINT = /Team|Bereich|Abteilung|Partner|Dienstleister|Kolleg/;

/**
 * "(not your job!)", "but you won't need to touch it", "model evaluation is not part of this
 * role", "X is out of scope": what the sentence names is not the candidate's.
 */
const NOT_YOURS =
  /\bnot (?:your|the candidate['’]s|part of (?:this|the|your))\b|\byou (?:won['’]t|will not|don['’]t|do not) (?:need|have) to\b|\bout of scope\b|\b(?:won['’]t|will not|are not|aren['’]t) be (?:expected|asked|required) to\b/i;
/**
 * What the candidate will not be expected to do, the skills its verb governs: "You will not be
 * expected to build SDKs or APIs yourself", "you won't be asked to write Terraform".
 */
const NOT_EXPECTED_BEFORE =
  /\b(?:won['’]t|will not|are not|aren['’]t)\s+be\s+(?:expected|asked|required)\s+to\s+(?:[\w-]+\s+){1,3}?(?:[\w.+#/-]+\s*(?:,|\bor\b|\band\b|\bnor\b|\/)\s*)*$/i;
const NOT_YOURS_AFTER =
  /^[^.;!?\n]{0,80}?(?:\(\s*not (?:your|the candidate['’]s) (?:job|concern|problem|focus)|\bbut you (?:won['’]t|will not|don['’]t|do not) (?:need|have) to (?:touch|know|use|write|work (?:on|with)|maintain))/i;
/** Right after the skill (one conjunct away at most): "X is not part of this role", "X and Y are out of scope". */
const NOT_PART_AFTER =
  /^(?:\s*(?:,|and|or|\/)\s*[\w.+#-]+(?:\s+[\w.+#-]+)?){0,3}\s+(?:is|are)\s+(?:not\s+part\s+of\s+(?:this|the|your)\s+(?:role|job|position|remit|team['’]s\s+work)|(?:completely\s+|entirely\s+)?out\s+of\s+scope)\b/i;

/**
 * The next clause, or a dash or comma on, says the candidate will not do it: "a small Data team
 * uses machine learning for churn prediction; you won't work on that", "a contractor built it on
 * a forecasting model; you won't maintain it", "Go services – you won't touch them". What the
 * clause before names is somebody else's work. Read from the clause's end (`THEN_NOT_YOURS`) or
 * from the candidate (`NOT_THAT_AFTER`). A clause inside a bracket the candidate stands before
 * disowns only the bracket ("REST and GraphQL APIs with the backend team (Kotlin services - you
 * don't need to write them)": Kotlin, not REST).
 */
const NOT_THAT = String.raw`(?:but\s+|and\s+|so\s+)?you\s+(?:won['’]t|will\s+(?:not|never)|wouldn['’]t|would\s+not|don['’]t|do\s+not|never)\s+(?:need\s+to\s+|have\s+to\s+|be\s+)?(?:work(?:ing)?\s+(?:on|with)|touch(?:ing)?|maintain(?:ing)?|own(?:ing)?|build(?:ing)?|run(?:ning)?|writ(?:e|ing)|us(?:e|ing)|train(?:ing)?|deploy(?:ing)?|support(?:ing)?|do(?:ing)?|responsible\s+for|involved\s+in|part\s+of)\s+(?:it|that|this|them|those|these)\b`;
/** "...; the Applied Research team owns those": the next clause gives this one's work to another team. */
const THEIRS_THEN = String.raw`(?:the|our)\s+(?:[\w&/'’-]+\s+){1,6}?(?:teams?|squads?|centre|center|department|group|function|organi[sz]ation|engineers|scientists)\s+(?:own|owns|handle|handles|run|runs|cover|covers|do|does)\s+(?:those|them|that|this|it)\b`;
const THEN_NOT_YOURS = new RegExp(String.raw`^[;,]\s*(?:${NOT_THAT}|${THEIRS_THEN})`, 'i');
const NOT_THAT_AFTER = new RegExp(
  String.raw`^(?:[^.;!?(
]|\([^()
]*\)){0,100}?(?:,|\s[–—-])\s*${NOT_THAT}`,
  'i',
);
/**
 * A clause saying that what its sentence named before is not the candidate's work, in the
 * posting languages: "(Java/Spring côté back, Angular côté front – vous n'y toucherez pas)",
 * "die BI-Kolleg:innen bauen Reports in Power BI – das ist nicht Teil deiner Rolle", "…, ma non fa
 * parte del ruolo", "…, pero no forma parte de este puesto", "…, but it is not part of this role",
 * "…, but it's not what this job is about", "…, aber darum geht es in dieser Rolle nicht". It follows a dash, comma, colon or bracket; what stands between the clause's start
 * (its bracket, else the sentence's start) and it is dropped.
 */
const EXCLUDED_PHRASE = [
  // English, with a pronoun (the skill itself before "is not part" is NOT_PART_AFTER).
  String.raw`(?:(?:it|this|that|these|those|they)(?:\s+(?:is|are|will\s+be)|['’]s)\s+)?(?:not\s+part\s+of\s+(?:this|the|your)\s+(?:role|job|position|remit)|not\s+your\s+(?:job|responsibility|remit|concern))`,
  // English: "…: our backend is Kotlin — no need to know it".
  String.raw`no\s+need\s+to\s+(?:know|learn|touch|use|work\s+(?:on|with))\s+(?:it|them|that|those|any\s+of\s+(?:it|them))\b`,
  // English: "…; this role does not work on that codebase".
  String.raw`(?:this|the)\s+(?:role|job|position)\s+(?:does\s+not|doesn['’]t|will\s+not|won['’]t)\s+(?:work\s+on|touch|own|include|cover)\b`,
  // English: "…, but it's not what this job is about".
  String.raw`(?:(?:it|this|that)(?:\s+is|['’]s)\s+)?not\s+what\s+(?:this|the|your)\s+(?:role|job|position)\s+is\s+(?:about|for)`,
  // German
  String.raw`darum\s+geht\s+es\s+(?:in\s+(?:dieser|deiner|Ihrer|der)\s+(?:Rolle|Stelle|Position)|hier)\s+nicht`,
  String.raw`(?:das|dies|beides|beide|dieser\s+Teil)\s+(?:ist|sind|gehört|gehören)\s+nicht\s+(?:Teil\s+(?:deiner|Ihrer|der|dieser)\s+(?:Rolle|Stelle|Position|Aufgaben?)|zu\s+(?:deinen|Ihren|den)\s+Aufgaben|deine\s+Aufgabe|Ihre\s+Aufgabe)`,
  String.raw`nicht\s+Teil\s+(?:deiner|Ihrer|dieser)\s+(?:Rolle|Stelle|Position|Aufgaben?)`,
  String.raw`(?:damit|daran)\s+(?:hast|haben|arbeitest|arbeiten)\s+(?:du|Sie)\s+nicht`,
  // French
  String.raw`(?:vous|tu)\s+n['’]y\s+touch(?:erez|eras)\s+pas`,
  String.raw`(?:vous|tu)\s+n['’]aur(?:ez|as)\s+pas\s+à\s+(?:y\s+)?(?:toucher|intervenir|travailler)`,
  String.raw`(?:ce|cela|ça)\s+n['’]est\s+pas\s+(?:votre|ton|le)\s+(?:rôle|job|travail|périmètre)`,
  String.raw`(?:ce|cela|ça)\s+n['’]est\s+pas\s+l['’]objet\s+(?:du|de\s+ce)\s+(?:poste|rôle)`,
  String.raw`ne\s+fon?t\s+pas\s+partie\s+(?:de\s+(?:votre|ton|vos|tes)|du|des)\s+(?:rôle|poste|périmètre|missions?)`,
  // Spanish
  String.raw`no\s+(?:lo|la|los|las)\s+tocar(?:ás|á)`,
  String.raw`no\s+(?:forma|forman|formará|formarán)\s+parte\s+de\s+(?:tu|su|este|esta|el|la)\s+(?:rol|puesto|trabajo|función|posición|responsabilidades)`,
  String.raw`(?:eso|esto)\s+no\s+es\s+(?:tu|su)\s+(?:trabajo|responsabilidad|función)`,
  // Italian
  String.raw`non\s+fa(?:nno)?\s+parte\s+del(?:le)?\s+(?:tuo\s+|tue\s+|suo\s+|sue\s+)?(?:ruolo|posizione|mansioni|attività)`,
  String.raw`non\s+(?:li|lo|la|le)\s+toccherai`,
  String.raw`non\s+è\s+(?:compito\s+tuo|tua\s+responsabilità)`,
  // Portuguese
  String.raw`não\s+faz(?:em)?\s+parte\s+d[aoe]s?\s+(?:(?:sua|tua|seu|teu|esta|este)\s+)?(?:função|funções|papel|cargo|vaga|responsabilidades)`,
  // Dutch
  String.raw`(?:dat|dit)\s+is\s+geen\s+(?:onderdeel|deel)\s+van\s+(?:je|jouw|deze|de)\s+(?:rol|functie)`,
  String.raw`maakt\s+geen\s+(?:deel|onderdeel)\s+uit\s+van\s+(?:je|jouw|deze|de)\s+(?:rol|functie)`,
  String.raw`daar\s+(?:kom|werk)\s+je\s+niet\s+aan`,
  // Polish
  String.raw`(?:to\s+)?nie\s+(?:jest|są)\s+(?:częścią|część|w\s+zakresie)\s+(?:tej|twojej|Twojej|tego)\s+(?:roli|stanowiska|pracy)`,
  String.raw`nie\s+należ[yą]\s+do\s+(?:twoich|Twoich|tych)\s+obowiązków`,
  // Norwegian and Danish
  String.raw`du\s+skal\s+ikke\s+(?:kode|programmere|jobbe\s+med\s+det|arbejde\s+med\s+det|røre\s+det)`,
  String.raw`(?:det\s+)?(?:er|inngår)\s+ikke\s+(?:en\s+del\s+af|en\s+del\s+av|i)\s+(?:rollen|stillingen|jobbet)`,
  // Swedish
  String.raw`(?:det\s+)?ingår\s+inte\s+i\s+(?:rollen|tjänsten|din\s+roll|dina\s+uppgifter)`,
  String.raw`(?:är\s+)?inte\s+en\s+del\s+av\s+(?:rollen|tjänsten|din\s+roll)`,
  // Czech
  String.raw`(?:to\s+)?(?:není|nejsou)\s+(?:součástí|náplní)\s+(?:této|vaší|tvé|tvojí)\s+(?:role|pozice|práce)`,
  String.raw`nespadá\s+do\s+(?:této|vaší|tvé)\s+(?:role|pozice|náplně)`,
].join('|');
/** The clause after its mark, and perhaps "but" in one of the languages. */
const EXCLUDED = new RegExp(
  String.raw`(?:\s[–—-]|[,:])\s*(?:(?:but|mais|aber|pero|ma|mas|maar|ale|men)\s+)?(?:${EXCLUDED_PHRASE})`,
  'i',
);
/** The next clause, after a semicolon, disowns this one with a pronoun: "…; you can join in but it is not part of this role". */
const EXCLUDED_NEXT = new RegExp(String.raw`^;[^.;!?\n]{0,80}?(?:${EXCLUDED_PHRASE})`, 'i');

/**
 * Where the clause EXCLUDED disowns in the sentence (text[a, b)) starts and ends ([start, end),
 * absolute), or null: from the bracket the clause stands in, else from the sentence's start, up
 * to the clause's mark. Every phrase holds a negation word of the scan's (../cues.ts): a sentence
 * without one is not read.
 */
function excludedSpan(sentence: string, a: number, b: number, negations: Hints): [number, number] | null {
  if (!negations.within(a, b)) return null;
  const m = EXCLUDED.exec(sentence);
  if (!m) return null;
  const head = sentence.slice(0, m.index);
  // Inside a bracket still open at the clause.
  const open = head.lastIndexOf('(');
  const start = open > head.lastIndexOf(')') ? open + 1 : 0;
  return [a + start, a + m.index];
}

/**
 * Does the next clause, after the semicolon at `semicolon`, disown this one with a pronoun: "…;
 * you can join in but it is not part of this role"?
 */
function excludedNext(text: string, semicolon: number, negations: Hints): boolean {
  return (
    negations.within(semicolon, semicolon + 160) && EXCLUDED_NEXT.test(text.slice(semicolon, semicolon + 160))
  );
}

/** What NOT_THAT needs, as written (no i flag): "you" and a negation. */
const NOT_THAT_HINT = /n['’]t|not|never/;

/**
 * "a couple of Go services already exist – no Go experience needed": a skill the sentence says
 * is not needed is named there as context, every time. Group 1: the name as written.
 */
const NONE_NEEDED_IN =
  /\bno\s+([\w.+#-]+(?:\s+[\w.+#-]+)??)\s+(?:(?:prior\s+)?(?:experience|knowledge|skills?|background)\s+)?(?:is\s+|are\s+)?(?:needed|required|necessary|expected)\b/gi;
/** What NONE_NEEDED_IN needs: "no" and a space (any case). */
const NONE_HINT = /\bno\s/i;

/** The names NONE_NEEDED_IN finds in a sentence, lower-cased; empty for most. */
function namesNotNeeded(sentence: string): string[] {
  if (!NONE_HINT.test(sentence)) return NONE;
  let out: string[] = NONE;
  NONE_NEEDED_IN.lastIndex = 0;
  for (let m = NONE_NEEDED_IN.exec(sentence); m !== null; m = NONE_NEEDED_IN.exec(sentence)) {
    if (out === NONE) out = [];
    out.push((m[1] as string).toLowerCase());
  }
  return out;
}
const NONE: string[] = [];

/** Every NOT_YOURS phrase holds one of these, as written (no i flag): one search for all. */
const NOT_YOURS_HINT = /not|n['’]t|out of/;
/**
 * NOT_YOURS_HINT, NOT_THAT_HINT and NONE_HINT (without its \b) in one search: each matches only
 * where this does, so a sentence without it needs none of the three. The words starting with n
 * share their n: one search for it, not one per word (about half the time of the three searches).
 */
const SENTENCE_HINT = /[nN](?:['’]t|ot|ever|[oO]\s)|out of/;
/** The same for a job line's hints: NOT_THAT_HINT, NONE_HINT, SIDE_HINT and THEIRS_THEN's semicolon. */
const JOB_LINE_HINT = /[nN](?:['’]t|ot|ever|[oO]\s)|[bB]ack[- ]?end|[fF]ront[- ]?end|;/;

/**
 * Without their word boundaries and lookahead, NOT_YOURS and OTHER_TEAM from its noun on match
 * wherever the full patterns match, whatever stands around: a line none matches holds no
 * sentence the full pattern matches. (Starting at the noun, not at "our"/"the", keeps the
 * search short: the nouns are rarer.)
 */
function relaxed(source: string, flags: string): RegExp {
  const wider = source.replaceAll('\\b', '').replaceAll('(?=[a-z]+ing)', '');
  // Any other assertion left (a lookaround, an anchor) could make it narrower: not so widened.
  if (/\(\?(?:[=!]|<[=!])|(?<!\[)\^|\$/.test(wider))
    throw new Error(`relaxed: an assertion is left in ${wider}`);
  return new RegExp(wider, flags);
}
const NOT_YOURS_ANYWHERE = relaxed(NOT_YOURS.source, NOT_YOURS.flags);
const NOT_THAT_ANYWHERE = relaxed(NOT_THAT, 'i');
const THEIRS_THEN_ANYWHERE = relaxed(THEIRS_THEN, 'i');
const OTHER_TEAM_NOUN_AT = OTHER_TEAM.source.indexOf('(?:teams?|');
if (OTHER_TEAM_NOUN_AT < 0) throw new Error('OTHER_TEAM no longer lists its nouns as expected');
const OTHER_TEAM_ANYWHERE = relaxed(OTHER_TEAM.source.slice(OTHER_TEAM_NOUN_AT), OTHER_TEAM.flags);

/**
 * Can a sentence of this job-section line drop a skill? Only when it says part of it is not
 * the job (NOT_YOURS) or holds another team's aside (an aside mark and OTHER_TEAM). Read on the
 * whole line: a sentence lies within its line, so what the line lacks none of its sentences
 * holds, however they are cut, and a line ruled out leaves no sentence read for the next one.
 */
function mayDropOnJobLine(line: string, prose: boolean): boolean {
  return (
    (NOT_YOURS_HINT.test(line) && NOT_YOURS_ANYWHERE.test(line)) ||
    ((prose || ASIDE_HINT.test(line)) && OTHER_TEAM_ANYWHERE.test(line)) ||
    BY_HINT.test(line)
  );
}

function notYoursAfter(text: string, c: Candidate, sentenceA: number, sentenceB: number): boolean {
  const rest = text.slice(c.end, Math.min(sentenceB, c.end + 160));
  return (
    NOT_YOURS_AFTER.test(rest) ||
    NOT_PART_AFTER.test(rest) ||
    NOT_EXPECTED_BEFORE.test(text.slice(Math.max(sentenceA, c.start - 120), c.start))
  );
}

/**
 * Splits off the skills the employer names of itself. With `inPlace`, the caller gives
 * `candidates` up and `kept` is that array, cut to the kept ones (each moved to an index at or
 * before its own, after it is read).
 */
export function dropEmployerSays(
  text: string,
  candidates: readonly Candidate[],
  spans: readonly SectionSpan[],
  company: string,
  roleNouns: Hints,
  negations: Hints,
  inPlace = false,
): { kept: Candidate[]; dropped: Candidate[] } {
  // Made at the largest size it can reach, then cut: growing a page's list by pushes allocates
  // and copies it several times. In place, no new one: a page's list is larger than the young
  // heap's objects, and every new one costs a large allocation.
  const kept: Candidate[] = inPlace ? (candidates as Candidate[]) : new Array(candidates.length);
  let nk = 0;
  const dropped: Candidate[] = [];
  let s = 0;
  // Both tests read the candidate's sentence; candidates come in order, often several per sentence.
  let sentenceA = -1;
  let sentenceB = -1;
  let selfVerdict = false;
  /** Where the employer's sentence telling its history or estate (HISTORY) turns to the candidate, or -1. */
  let historyEnd = -1;
  /** Where the sentence's "our X team builds" ends, or -1. */
  let teamEnd = -1;
  /** Where that team's phrase starts ("our MLOps engineers in the Data Platform team handle"), or -1. */
  let teamStart = -1;
  /** Where the sentence's "baut unser Team" starts, when its object stands before it, or -1. */
  let teamBefore = -1;
  /** Does the sentence say part of it is not the job ("(not your job!)")? */
  let notYours = false;
  /** Does the next clause say this one is not the candidate's work ("; you won't maintain it")? */
  let thenNotYours = false;
  /** Does the sentence hold a negation NOT_THAT_AFTER needs? */
  let notThat = false;
  /** The names the sentence says are not needed ("no Go experience needed"), lower-cased. */
  let notNeeded: string[] = NONE;
  /** The part of the sentence a clause disowns ("… – vous n'y toucherez pas"), or null. */
  let excluded: [number, number] | null = null;
  /** The sentence's "(they build…)" clause after a team, from its verb on, or null. */
  let they: [number, number] | null = null;
  /** Does the sentence list the employer's partners or clients? */
  let orgs = false;
  /** Have the sentence's self and team tests been made? Not for the job's own sections. */
  let judged = false;
  /** The job-section line last read, and whether it holds a word the rules for such lines need. */
  let jobLineA = -1;
  let jobLineB = -1;
  let jobLineMay = false;
  /** Is that line prose (no bullet)? */
  let jobLineProse = false;
  /** Where the sentence's "whose platform monitors" ends, or -1. */
  let productEnd = -1;
  /** Does the sentence hold " by " (BUILT_BY_AFTER may apply)? */
  let by = false;
  /** Where the sentence's move away from something ("as we move from on-premises...") starts, or -1. */
  let moveAt = -1;
  /** Is the sentence's move done, in the past tense? */
  let moveDone = false;
  /** In a job line, where the employer's aside about itself starts ("Azure: we run a small part on it"), or -1. */
  let selfAsideAt = -1;
  let selfAsideBracket = false;
  /** In a job line, where the aside naming the other side's stack ends ("– our backend is"), or -1. */
  let sideAt = -1;
  /** Does the job line hold the employer's aside about itself (1, 0, or UNREAD)? */
  let jobLineSelf = UNREAD;
  /** The candidates the job line gave so far: the first `lineCount` (a count, not a truncation per line). */
  const lineCands: Candidate[] = [];
  let lineCount = 0;
  /** Where the sentence's past or typical projects (PROJECTS) are named, or -1. */
  let projectsAt = -1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    while (s + 1 < spans.length && (spans[s] as SectionSpan).end <= c.start) s++;
    const kind = spans[s]?.kind;
    const job = kind === 'requirements' || kind === 'preferred' || kind === 'duties';
    if (job) {
      // There the rules below need a team or role noun on the line ("our support squad is
      // piloting", "not part of this role"): most lines have none, and cost a search in the
      // scan's cue words.
      if (c.start >= jobLineB || c.start < jobLineA) {
        jobLineA = lineStartOf(text, c.start + 1);
        jobLineB = lineEndOf(text, c.end);
        const line = text.slice(jobLineA, jobLineB);
        jobLineProse = !BULLET.test(line);
        jobLineMay =
          (roleNouns.within(jobLineA, jobLineB) && mayDropOnJobLine(line, jobLineProse)) ||
          // "; you won't maintain it" and "no Go experience needed" need no role noun.
          (JOB_LINE_HINT.test(line) &&
            ((NOT_THAT_HINT.test(line) && NOT_THAT_ANYWHERE.test(line)) ||
              namesNotNeeded(line).length > 0 ||
              (line.includes(';') && THEIRS_THEN_ANYWHERE.test(line)) ||
              (SIDE_HINT.test(line) && OTHER_SIDE.test(line)))) ||
          (negations.within(jobLineA, jobLineB) && EXCLUDED.test(line)) ||
          (roleNouns.within(jobLineA, jobLineB) && THEY_ASIDE_HINT.test(line) && THEY_ASIDE.test(line));
        jobLineSelf = UNREAD;
        lineCount = 0;
      }
      // A skill or name the line gave before ("Qlik Sense", then "Qlik"): the employer's aside may repeat
      // it. Only then is the line searched for one (most lines name nothing twice). The repeat
      // matters only when the line's other rules do not apply and the line may hold an aside:
      // on a long list line, whose candidates would each be compared with all before, the
      // line is searched first.
      if (!jobLineMay && jobLineSelf === UNREAD && lineCount >= LONG_LINE)
        jobLineSelf = selfAside(text, jobLineA, jobLineB);
      let again = false;
      if (!jobLineMay && jobLineSelf !== 0) {
        for (let k = 0; k < lineCount && !again; k++) again = namesAgain(text, lineCands[k] as Candidate, c);
      }
      lineCands[lineCount++] = c;
      if (again && jobLineSelf === UNREAD) jobLineSelf = selfAside(text, jobLineA, jobLineB);
      if (!jobLineMay && !(again && jobLineSelf === 1)) {
        kept[nk++] = c;
        continue;
      }
    }
    if (c.start >= sentenceB || c.start < sentenceA) {
      sentenceA = sentenceStart(text, c.start);
      sentenceB = sentenceEnd(text, c.end);
      const sentence = text.slice(sentenceA, sentenceB);
      // What the three hints below need, in one search: most sentences hold none of it.
      const hinted = SENTENCE_HINT.test(sentence);
      // Every NOT_YOURS phrase holds "not", "n't" or "out of": most sentences have none.
      notYours = hinted && NOT_YOURS_HINT.test(sentence) && NOT_YOURS.test(sentence);
      // "...churn prediction; you won't work on that": the next clause disowns this one.
      const next = text.charCodeAt(sentenceB);
      thenNotYours =
        (next === 59 || next === 44) && THEN_NOT_YOURS.test(text.slice(sentenceB, sentenceB + 90));
      if (!thenNotYours && next === 59) thenNotYours = excludedNext(text, sentenceB, negations);
      excluded = excludedSpan(sentence, sentenceA, sentenceB, negations);
      they = roleNouns.within(sentenceA, sentenceB) ? theyAside(sentence, sentenceA, sentenceB) : null;
      notThat = hinted && NOT_THAT_HINT.test(sentence);
      notNeeded = hinted ? namesNotNeeded(sentence) : NONE;
      judged = false;
    }
    // The job's own sections name what the candidate does, unless a clause says it is not
    // theirs, or another team's work is an aside: "Exposure to LLMOps – our support squad is
    // piloting a GPT assistant", "Support the data science team, who train forecasting models".
    if (job) {
      if (!judged) {
        judged = true;
        const sentence = text.slice(sentenceA, sentenceB);
        by = BY_HINT.test(sentence);
        const self = SELF_ASIDE_HINT.test(sentence) ? SELF_ASIDE.exec(sentence) : null;
        selfAsideAt = self ? sentenceA + self.index + self[0].length : -1;
        selfAsideBracket = self?.[0].trimStart().startsWith('(') === true;
        const side = SIDE_HINT.test(sentence) ? OTHER_SIDE.exec(sentence) : null;
        sideAt = side ? sentenceA + side.index + side[0].length : -1;
        // An aside needs a dash, a colon or a comma before who/which: test those first. A
        // sentence of prose (no bullet) may also open with the team: "The ML engineers run our
        // feature pipelines" after the list.
        const team =
          (jobLineProse || ASIDE_HINT.test(sentence)) && TEAM_NOUN.test(sentence)
            ? OTHER_TEAM.exec(sentence)
            : null;
        teamEnd =
          team &&
          (ASIDE.test(sentence.slice(0, team.index)) ||
            RELATIVE.test(team[0]) ||
            (jobLineProse && OPENS.test(sentence.slice(0, team.index))))
            ? sentenceA + team.index + team[0].length
            : -1;
      }
      const aside = teamEnd >= 0 && c.start >= teamEnd && teamDoes(text, sentenceA, teamEnd, c);
      const built = by && builtByNear(text, sentenceA, sentenceB, c);
      // "some Node.js – our backend is NestJS": the other side's stack, named for context.
      // Unless the aside turns to the candidate: "our frontend is Next.js and you'll touch it".
      const otherSide =
        sideAt >= 0 &&
        c.start >= sideAt &&
        !CANDIDATE.test(text.slice(sideAt, c.start)) &&
        !CANDIDATE.test(text.slice(c.end, sentenceB));
      const repeated =
        selfAsideAt >= 0 &&
        c.start >= selfAsideAt &&
        repeatedInAside(text, c, selfAsideAt, selfAsideBracket, sentenceA);
      if (
        (notYours && notYoursAfter(text, c, sentenceA, sentenceB)) ||
        thenNotYours ||
        (excluded !== null && c.start >= excluded[0] && c.end <= excluded[1]) ||
        (they !== null && c.start >= they[0] && c.end <= they[1] && clauseDoes(text, they[0], c)) ||
        (notThat && NOT_THAT_AFTER.test(text.slice(c.end, Math.min(sentenceB, c.end + 200)))) ||
        (notNeeded.length > 0 && notNeeded.includes(text.slice(c.start, c.end).toLowerCase())) ||
        aside ||
        built ||
        repeated ||
        otherSide
      )
        dropped.push(c);
      else kept[nk++] = c;
      continue;
    }
    if (!judged) {
      judged = true;
      const sentence = text.slice(sentenceA, sentenceB);
      const line = lineStartOf(text, c.start + 1);
      selfVerdict =
        !BULLET.test(text.slice(line, line + 4)) &&
        (SELF.test(sentence) || (company !== '' && sentence.trimStart().startsWith(company))) &&
        !CANDIDATE.test(sentence);
      // "Partners include the Centre for Language Technology and two NLP communities": names of
      // organisations, whatever skill words they hold.
      orgs = ORGS.test(sentence);
      // The nouns first: a sentence without one names no team, and most sentences have none.
      const team = TEAM_NOUN.test(sentence)
        ? (OTHER_TEAM.exec(sentence) ??
          OTHER_TEAM_ELSEWHERE.exec(sentence) ??
          OTHER_TEAM_NL.exec(sentence) ??
          OTHER_TEAM_NORDIC.exec(sentence))
        : null;
      teamEnd = team ? sentenceA + team.index + team[0].length : -1;
      teamStart = team ? sentenceA + team.index : -1;
      // "The ML Infrastructure teams are sister teams; they own GPU scheduling": the clause
      // before names the teams, this one what they do.
      if (!team && THEY_DO_HINT.test(sentence)) {
        const they = THEY_DO.exec(sentence);
        if (they && sentenceA > 0) {
          const prevA = sentenceStart(text, sentenceA - 1);
          if (TEAMS_OPEN.test(text.slice(prevA, sentenceA))) teamEnd = sentenceA + they[0].length;
        }
      }
      // The object first ("Die Modelle baut unser Team X"): what stands before the verb is theirs.
      const de = team === null && DE_TEAM_HINT.test(sentence) ? OTHER_TEAM_DE_AFTER.exec(sentence) : null;
      teamBefore = de && !CANDIDATE.test(sentence.slice(0, de.index)) ? sentenceA + de.index : -1;
      const projects =
        PROJECTS_HINT.test(sentence) && !onBulletLine(text, c) ? PROJECTS.exec(sentence) : null;
      projectsAt = projects ? sentenceA + projects.index : -1;
      // Up to the first word for the candidate: "most of our estate is C#/.NET, so you'll feel at home".
      historyEnd = -1;
      if (
        SELF.test(sentence) &&
        HISTORY_HINT.test(sentence) &&
        HISTORY.test(sentence) &&
        !BULLET.test(text.slice(line, line + 4))
      ) {
        const turn = CANDIDATE.exec(sentence);
        historyEnd = turn ? sentenceA + turn.index : sentenceB;
      }
      // Read only for a concept (below): most sentences hold none.
      productEnd = selfVerdict ? -1 : UNREAD;
      by = BY_HINT.test(sentence);
      // A move in prose: what the employer leaves ("out of our on-premises data centres") is no ask.
      const move = FROM_HINT.test(sentence) && !onBulletLine(text, c) ? MOVE.exec(sentence) : null;
      moveAt = move ? sentenceA + move.index : -1;
      // A move done ("We moved off Excel and Tableau onto dbt"): its source is history, tools too.
      moveDone = move !== null && /ed$/i.test(move[0]);
    }
    if (productEnd === UNREAD && c.terminal.concept) {
      const sentence = text.slice(sentenceA, sentenceB);
      const product = PRODUCT_NOUN.test(sentence) ? PRODUCT_DOES.exec(sentence) : null;
      productEnd = product ? sentenceA + product.index + product[0].length : -1;
    }
    const mine =
      orgs ||
      c.end <= historyEnd ||
      (projectsAt >= 0 && c.start > projectsAt && !CANDIDATE.test(text.slice(projectsAt, c.start))) ||
      (selfVerdict && LEGACY_BEFORE.test(text.slice(Math.max(sentenceA, c.start - 12), c.start))) ||
      (notYours && notYoursAfter(text, c, sentenceA, sentenceB)) ||
      thenNotYours ||
      (excluded !== null && c.start >= excluded[0] && c.end <= excluded[1]) ||
      (they !== null && c.start >= they[0] && c.end <= they[1] && clauseDoes(text, they[0], c)) ||
      (notThat && NOT_THAT_AFTER.test(text.slice(c.end, Math.min(sentenceB, c.end + 200)))) ||
      (notNeeded.length > 0 && notNeeded.includes(text.slice(c.start, c.end).toLowerCase())) ||
      (teamEnd >= 0 && c.start >= teamEnd && teamDoes(text, sentenceA, teamEnd, c)) ||
      (teamStart >= 0 &&
        c.start >= teamStart &&
        c.end <= teamEnd &&
        inTeamName(text, sentenceA, teamStart, teamEnd, c)) ||
      c.end <= teamBefore ||
      (c.terminal.concept &&
        (selfVerdict ||
          (productEnd >= 0 && c.start >= productEnd && clauseDoes(text, productEnd, c)) ||
          launchedProduct(text, sentenceA, c) ||
          whoseProduct(text, sentenceA, c))) ||
      (by && builtByNear(text, sentenceA, sentenceB, c)) ||
      ((c.terminal.concept || moveDone) &&
        moveAt >= 0 &&
        c.start > moveAt &&
        FROM_BEFORE.test(text.slice(Math.max(moveAt, c.start - 70), c.start)));
    if (mine) dropped.push(c);
    else kept[nk++] = c;
  }
  kept.length = nk;
  return { kept, dropped };
}

/**
 * In a requirement or duty, the employer's aside about itself, after a colon, a dash or in
 * brackets: "Some Azure: we run a small part of our estate there", "Tableau or Qlik Sense (wir
 * lösen noch einige Qlik-Berichte ab)", "Speech recognition (Whisper) – our ASR pipeline feeds
 * your models". A skill the sentence asked for before, named again there, is context, not a
 * second ask.
 */
const SELF_ASIDE_HINT = /[:(–—-]/;
/**
 * The employer's aside naming the stack of the other side of the product, in a requirement or
 * duty: "some Node.js – our backend is NestJS", "TypeScript — our frontend is Next.js". What it
 * names is context for the ask before it, not a second ask (a name the ask gave is the
 * repeated case above).
 */
const SIDE_HINT = /[bB]ack[- ]?end|[fF]ront[- ]?end/;
const OTHER_SIDE =
  /(?:[:(]|\s[–—-])\s*(?:our|the|their)\s+(?:back[- ]?end|front[- ]?end)\s+(?:is|runs\s+on|is\s+(?:written|built)\s+(?:in|on|with))\s/i;
const SELF_ASIDE =
  /(?:[:(]|\s[–—-])\s*(?:we|we're|we’re|we've|we’ve|our|wir|unser\w*|nous|notre|nos|tenemos|usamos|trabajamos|nuestr[oa]s?|abbiamo|usiamo|noi|wij|onze|ons|vi|vår\w*|vores)\b/i;

function repeatedInAside(
  text: string,
  c: Candidate,
  at: number,
  bracket: boolean,
  sentenceA: number,
): boolean {
  const between = text.slice(at, c.start);
  if (CANDIDATE.test(between) || (bracket && between.includes(')'))) return false;
  // The same name earlier in the sentence, or a longer one starting with it ("Qlik Sense", then "Qlik").
  const earlier = text.slice(sentenceA, at).toLowerCase();
  const name = text.slice(c.start, c.end).toLowerCase();
  // A plural names the word again: "LLM serving – we're starting to use LLMs".
  const singular = name.length > 3 && name.endsWith('s') ? name.slice(0, -1) : name;
  return earlier.includes(singular) || earlier.includes(c.terminal.entry.name.toLowerCase());
}

/** Candidates on one job line from which its aside is searched for before comparing each with those before it. */
const LONG_LINE = 4;

/** Does the job line text[a, b) hold the employer's aside about itself (SELF_ASIDE)? 1 or 0. */
function selfAside(text: string, a: number, b: number): number {
  const line = text.slice(a, b);
  return SELF_ASIDE_HINT.test(line) && SELF_ASIDE.test(line) ? 1 : 0;
}

/**
 * Does `c` name again what `earlier` named: its skill, or the start of its name ("Qlik Sense",
 * then "Qlik"; "LLM serving", then "LLMs")?
 */
function namesAgain(text: string, earlier: Candidate, c: Candidate): boolean {
  if (earlier.terminal.entry.id === c.terminal.entry.id) return true;
  let n = c.end - c.start;
  // A plural names the word again: "LLM serving", then "LLMs".
  if (n > 2 && text.charCodeAt(c.end - 1) === 115 && earlier.end - earlier.start > n - 1) {
    const next = text.charCodeAt(earlier.start + n - 1);
    if (next === 32 || next === 45) n--;
  }
  if (earlier.end - earlier.start < n) return false;
  for (let j = 0; j < n; j++) {
    if ((text.charCodeAt(earlier.start + j) | 32) !== (text.charCodeAt(c.start + j) | 32)) return false;
  }
  return true;
}

/**
 * What the BUILT_BY_AFTER patterns need: by, par, por, da, dal, dalla, pelo, pela, av, af, door,
 * von, vom; otro, outro, autre, altro ("la lleva otro equipo"); capo ("resta in capo ai").
 */
const BY_HINT =
  / (?:by|par|por|da|dal|dalla|dallo|pel[oa]|av|af|door|von|vom|otr[oa]|outr[oa]|autre|altr[oa]|capo) /;

function builtBy(rest: string): boolean {
  return (
    BUILT_BY_AFTER.test(rest) || BUILT_BY_AFTER_ELSEWHERE.test(rest) || BUILT_BY_AFTER_GERMANIC.test(rest)
  );
}

/**
 * builtBy, or BUILT_BY_NEAR unless the sentence addressed the candidate before the skill ("You
 * query a Snowflake warehouse built by the Data Platform team": the candidate's tool).
 */
function builtByNear(text: string, sentenceA: number, sentenceB: number, c: Candidate): boolean {
  const rest = text.slice(c.end, Math.min(sentenceB, c.end + 120));
  return builtBy(rest) || (BUILT_BY_NEAR.test(rest) && !CANDIDATE.test(text.slice(sentenceA, c.start)));
}

/**
 * A participle without its auxiliary, a word or two after the skill, then the team that does the
 * work: "(backend NestJS maintenu par l'équipe Backend)", "an Azure data lakehouse built by the
 * Data Platform team", "el portal (Angular) gestionado por el equipo de Cloud". Only that close:
 * "REST et GraphQL (backend NestJS maintenu par…)" asks for REST and GraphQL.
 */
const BUILT_BY_NEAR =
  /^(?:[ \u00a0]+[\w\u00c0-\u024f.+#-]+){0,2}?[ \u00a0]+(?:built|developed|maintained|operated|owned|run|managed|handled|trained|maintenue?s?|développée?s?|construite?s?|gérée?s?|opérée?s?|exploitée?s?|mantenid[oa]s?|desarrollad[oa]s?|construid[oa]s?|gestionad[oa]s?|operad[oa]s?|mantenut[oaie]|sviluppat[oaie]|costruit[oaie]|gestit[oaie]|mantid[oa]s?|desenvolvid[oa]s?|construíd[oa]s?|gerid[oa]s?|operad[oa]s?)[ \u00a0]+(?:by|par|por|da|dal|dalla|dallo|pelo|pela)[ \u00a0]+(?:(?:the|our|their|its|an?|la|le|les|l['’]|el|los|las|il|lo|i|o|a|os|as|notre|nos|nuestro|nuestros|nostro|nostra|nosso|nossa)[ \u00a0]*)+(?:[\w\u00c0-\u024f&-]+[ \u00a0]+){0,3}?(?:teams?|squads?|équipes?|equipos?|team|squadra|equipas?|equipes?|pôle|área|departamento|département|department|group|scientists|engineers|colleagues)(?![\w\u00c0-\u024f])/i;

/** Where the clause holding a candidate ends: a dash, colon or "but" opens another ("– but this role..."). */
const CLAUSE_BREAK = /\s[–—-]\s|:|,?\s+(?:but|though|although|while|whereas|which means)\b/;

/** A turn to another subject between the team and the candidate: "..., but you will use Kafka". */
const TURN = /,?\s+(?:but|though|although|while|whereas|which means)\b/;

/** The team's clause reaches the candidate and addresses neither the candidate nor the job. */
function teamDoes(text: string, a: number, teamEnd: number, c: Candidate): boolean {
  const head = text.slice(a, teamEnd);
  const opens = Math.max(head.lastIndexOf(' – '), head.lastIndexOf(' — '), head.lastIndexOf(': '));
  const part = opens < 0 ? head : head.slice(opens);
  if (CANDIDATE.test(part) && !withTeamWho(part)) return false;
  return clauseDoes(text, teamEnd, c);
}

/**
 * Does the candidate work with the team, whose relative clause then tells what it does: "You'll
 * work closely with data scientists and our Platform team (who run the AWS accounts)"? The
 * clause is the team's, though the sentence addressed the candidate first.
 */
function withTeamWho(head: string): boolean {
  if (!RELATIVE_AT_END.test(head)) return false;
  let last = -1;
  CANDIDATE_ALL.lastIndex = 0;
  for (let m = CANDIDATE_ALL.exec(head); m !== null; m = CANDIDATE_ALL.exec(head)) last = m.index;
  return WORK_WITH.test(head.slice(last));
}
const CANDIDATE_ALL = new RegExp(CANDIDATE.source, 'gi');
/** The team's relative clause opens the end of the team's phrase: ", who run", "(which owns". */
const RELATIVE_AT_END = /(?:,|\()\s*(?:who|which|that)\s+\S+$/i;
const WORK_WITH =
  /^\S+\s+(?:[\w'’-]+\s+){0,3}?(?:with|alongside)\s+(?:[^.;:()]{0,100}?(?:,|\band\b)\s+)?(?:our|the|their)\s/i;

/**
 * Is the candidate part of the name of the team at work, the team's phrase starting at
 * `teamStart`: among the words naming its people ("our MLOps engineers in the Data Platform team
 * handle deployment") or in a bracket after its noun ("el equipo de Cloud (Azure) gestiona el portal")?
 * Not after a list's separator there ("the Kafka clusters, and our engineers run..."), nor when
 * the sentence addresses the candidate before the team ("You'll join our Kotlin team, who build...").
 */
function inTeamName(
  text: string,
  sentenceA: number,
  teamStart: number,
  teamEnd: number,
  c: Candidate,
): boolean {
  if (CANDIDATE.test(text.slice(sentenceA, teamStart))) return false;
  const head = text.slice(teamStart, c.start);
  if (head.lastIndexOf('(') > head.lastIndexOf(')')) return true;
  // Among the words only when they name people of another team: "our PyTorch team maintains
  // the trainer" may be the candidate's own.
  const phrase = text.slice(teamStart, teamEnd).replace(BRACKETED, '');
  return PEOPLE_OF_TEAM.test(phrase) && !TEAM_NAME_BREAK.test(phrase);
}
const BRACKETED = /\([^()]*\)/g;
const PEOPLE_OF_TEAM =
  /\b(?:engineers|scientists|analysts|developers|researchers|colleagues|specialists)\s+(?:in|of|from|on)\s+(?:the|our|their)\s/i;
const TEAM_NAME_BREAK = /[,;]|\s(?:and|or|y|et|und|e|o|ou|en|oder)\s/i;

/** The clause from `from` reaches the candidate without turning to the candidate or the job. */
function clauseDoes(text: string, from: number, c: Candidate): boolean {
  const between = text.slice(from, c.start);
  if (TURN.test(between) || CANDIDATE.test(between)) return false;
  const rest = text.slice(c.end, sentenceEnd(text, c.end));
  const cut = CLAUSE_BREAK.exec(rest);
  return !CANDIDATE.test(cut ? rest.slice(0, cut.index) : rest);
}

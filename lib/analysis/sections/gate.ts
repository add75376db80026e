import { LOWER } from '../matcher/chars';
import { FNV_OFFSET, FNV_PRIME, hashFolded } from '../matcher/lexicon';

/**
 * A cheap test that rejects most lines before the header regexes run: a header is short, or
 * formatted (#, **, trailing colon, ALL CAPS), or starts with a word some header starts with.
 */

const FIRST_WORD_LIST =
  `nie niewymagane niet não nao pas non nicht no not preferred desired desirable bonus additional nice optional plus pluses extra good great it a even would
   what stand ideally you we'd wünschenswert von pluspunkte idealerweise das schön atout atouts un ce les
   apprécié appréciés compétences deseable deseables valorable se valoramos será requisitos minimum basic
   required key essential core technical must mandatory job your the candidate professional our
   qualifications qualification requirements requirement skills skill experience profile expertise
   competencies who to is are anforderungen dein ihr was qualifikationen voraussetzungen profil votre ton
   prérequis exigences requerimientos lo qué buscamos tu perfil about responsibilities duties tasks in
   day main primary description overview summary role position benefits perks why compensation salary
   pay location how equal eeo tech interview deine aufgaben wir über vos missions mission le avantages qui
   responsabilidades funciones ofrecemos beneficios sobre quiénes descripción must-haves must-have
   nice-to-have nice-to-haves good-to-have we we're you'll it's it'd you'd knowledge position le big not perfil qué tu lo
   ihre wer unser unsere chi cosa perché offriamo requisiti mansioni responsabilità tes tus pourquoi notre
   à stuff life reasons diversity competenze il profilo esperienza costituiscono costituisce titoli
   titolo graditi gradito gradite gradita preferibile è sarà attività principali di ti compiti
   l'azienda la si offerta wat wie jouw je functie-eisen functieeisen vereisten dit kwalificaties
   competenties pluspunten pluspunt een mooi bonuspunten wenselijk gewenst taken functieomschrijving
   de werkzaamheden verantwoordelijkheden over het ons arbeidsvoorwaarden wij solliciteren o
   qualificações seu pré-requisitos prérequisitos conhecimentos diferenciais diferencial desejável
   desejáveis seria mais-valias mais-valia atividades suas as atribuições funções quem
   benefícios oferecemos wymagania nasze czego oczekujemy oczekiwania kogo twój wymagane mile
   dodatkowym dodatkowe atutem będzie atuty obowiązki zakres twoje zadania czym kim oferujemy co
   benefity wynagrodzenie opis krav kvalifikationer vi vem din du meriterande det arbetsuppgifter
   dina ansvarsområden om vad vilka förmåner stack technologies tools be extras useful handy person pré pré's pré’s bonuses valorizamos também waar aanbod tags keywords
   stichwörter mots-clés palabras
   what's learning growth career
   hvem dine arbeidsoppgaver arbejdsopgaver opgaver oppgaver ansvarsområder ansvar hva hvad
   kvalifikasjoner ønskelig ønskede meriterende fordel en teknologier vores vår vårt
   eduksi katsomme plussaa lisäksi arvostamme odotamme mitä edellytämme vaatimukset
   pätevyysvaatimukset sinulla osaamisesi kuka sinulta tehtävän tehtävänkuvaus tehtävät
   työtehtävät tehtäväsi työnkuva vastuualueet tarjoamme me meistä keitä
   tercih artı genel aranan temel teknik nitelikler aradığımız gereksinimler beklentilerimiz
   sizden senden yetkinlikler iş İş görev görevler ana sorumluluklar neler size sana
   sunduklarımız yan hakkımızda biz
   výhodou bonusem plusem ocenime oceníme navíc požadujeme požadavky předpoklady čo
   požiadavky náplň tvoje vaše čemu popis zodpovědnosti nabízíme ponúkame kdo kto ist wäre ein
   profiel valoraremos assets muss indispensable indispensables imprescindible imprescindibles vereist
   obligatoire obligatorio richiesto typical vous as nos
   előnyt előny amit nem plusz elvárások elvárásaink követelmények kit amire feladat feladatok
   feladataid feladatköröd főbb a mit juttatások ajánlatunk rólunk kik
   constituie reprezintă avantaj ar cerințe cerinţe cerinte ce profilul calificări responsabilități
   responsabilităţi responsabilitati atribuții atribuţii descrierea rolul oferim beneficii despre cine
   bit biće je prednost poželjno zaželeno dodatne uvjeti uslovi zahtjevi zahtevi što šta kog koga
   tvoj kvalifikacije kaj pričakujemo zadaci zadaće tvoji odgovornosti delovne naloge nudimo ponujamo
   tko ko kasuks eeliseks eelis nõuded ootused mida tööülesanded ülesanded pakume meist būtų bus
   privalumas privalumai reikalavimai pareigos atsakomybės tavo ką mes siūlome apie būs tiks
   priekšrocība prasības galvenie darba pienākumi mēs piedāvājam par
   hvad hva hvem tilbyder tilbyr fordele goder meistä keitä yrityksestä yritys tietoa mitä me tarjoamme
   edut kdo nás nabízíme čo ponúkame kto hakkımızda biz şirket kimiz neler ne sunduklarımız yan amit
   rólunk juttatások ce oferim beneficii despre cine dine arbejdsopgaver arbeidsoppgaver opgaver oppgaver
   ansvar kvalifikasjoner ønskelig ønskelige ønskeligt fordel gerne teknologier odotamme vaatimukset
   sinulla edellytämme pätevyysvaatimukset eduksi katsomme plussaa arvostamme tehtävän tehtävät
   tehtäväsi työtehtävät vastuut požadavky požadujeme výhodou bonusem plusem náplň tvoje koho
   požiadavky genel aranan aradığımız nitelikler gereksinimler beklentilerimiz tercih tercihen artı iş
   görev sorumluluklar görevler hiring recruitment recruiting application selection processus proceso
   nuestro el bewerbungsprozess auswahlprozess bewerbungsverfahren processo sollicitatieprocedure proces
   rekrutacji rekryteringsprocess rekryteringsprocessen projekt projektet projekti warum waarom dlaczego
   varför por package rewards total next out
   cool awesome helpful niezbędne obowiązkowe technology engineering comment cómo come hoe como jak så
   hur nous benefit principais work research valoriza-se desafio desafío défi defi sfida die
   herausforderung uitdaging wyzwanie condições condiciones condizioni conditions sul sulla acerca
   über so twoja bewerbung environnement entwicklungsumfeld standort nasz zespół l'équipe
   serait rémunération etapas fases så mülakat personuppgifter rollen l'entreprise våra unsere nuestra
   nossa nosso onze valores valeurs strong huge major massive definite real added clear distinct serious
   another an advantage advantageous definitely also especially particularly brownie cherry ideal
   damit te qualifiche costituirà costituiranno savoir-être savoir-faire aufgabengebiet au descriptif
   nicht poza hors fuera fuori buiten fora utanför außerhalb
   client company my
   technologie technologien technologieën tecnologías tecnologias tecnologie stack`
    .split(/\s+/)
    .filter(Boolean);
/**
 * Greek and Cyrillic first words, in lower case; the word tables fold Latin letters only, so
 * each is kept capitalised too.
 */
const NON_LATIN_FIRST_WORDS =
  `επιθυμητά θα πλεονέκτημα απαιτήσεις απαραίτητα προσόντα τι αρμοδιότητες καθήκοντα
   περιγραφή προσφέρουμε παροχές σχετικά ποιοι
   будет станет большим плюсом преимуществом желательно приветствуется требования что мы наши
   ожидания кого обязанности задачи ваши твои чем условия о кто
   буде перевагою бажано вимоги що ми наші обов'язки обов завдання чим пропонуємо умови про`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

/** Hashes of the folded first words: the gate checks a line without building a string. */
const FIRST_WORDS = new Set([...FIRST_WORD_LIST, ...NON_LATIN_FIRST_WORDS].map(hashFolded));

/** First words of labels that postings also write as bullets ("• Requirements:", "- Nice to have"). */
const BULLET_FIRST_WORDS = new Set(
  `requirements requirement qualifications qualification preferred nice nice-to-have nice-to-haves bonus
   must must-have must-haves minimum basic desired desirable responsibilities benefits what who about
   skills plus pluses good good-to-have extra ideally anforderungen profil dein ihr wünschenswert
   requisitos atouts essential extras requisiti gradito graditi pluspunten wymagania diferenciais desejável
   meriterande krav pré pre pluspunt pluspunkt výhodou fordel
   gradita gradite preferibile costituiscono costituisce titolo titoli valorizamos valoramos
   valoraremos valorable deseable deseables mile dodatkowym dodatkowe atutem atuty un wenselijk gewenst`
    .split(/\s+/)
    .filter(Boolean)
    .map(hashFolded),
);
/** -, *, •, ·, ▪, ◦, –, — and digits (numbered bullets). */
const BULLETS = new Set([
  45, 42, 0x2022, 0xb7, 0x25aa, 0x25e6, 0x2013, 0x2014, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
]);

const MAX_PLAIN = 64;
const MAX_LABEL = 50;

function isLetter(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f)
  );
}

/** `colon`: position of the first ':' at or after `a` (or -1), kept by the caller across lines. */
export function mayBeHeader(text: string, a: number, b: number, colon: number): boolean {
  let f = a;
  while (f < b && text.charCodeAt(f) <= 32) f++;
  let l = b - 1;
  while (l > f && text.charCodeAt(l) <= 32) l--;
  if (f >= l) return false;
  const first = text.charCodeAt(f);
  const last = text.charCodeAt(l);
  if (last === 58 || last === 0xff1a || first === 35 || first === 42 || first === 95) return true;
  // An inline label ("Nice to have: Spark") must start like a known header; other lines must be short.
  const labelled = colon >= f && colon < Math.min(l, f + MAX_LABEL);
  if (!labelled && l - f > MAX_PLAIN) return false;
  let w = f;
  while (w <= l && !isLetter(text.charCodeAt(w))) w++;
  let e = w;
  let h = FNV_OFFSET;
  for (; e <= l; e++) {
    const c = text.charCodeAt(e);
    if (!(isLetter(c) || c === 45 || c === 39)) break;
    h = Math.imul(h ^ (LOWER[c] as number), FNV_PRIME);
  }
  if (e === w) return false;
  const c0 = text.charCodeAt(w);
  const c1 = text.charCodeAt(w + 1);
  if (!labelled && c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90) return true;
  // A bullet ("- Experience with X") is a header only when it is one of the known labels, and
  // those start with few words: most bullets stop here.
  if (w > f && BULLETS.has(first)) return BULLET_FIRST_WORDS.has(h);
  return FIRST_WORDS.has(h);
}

/**
 * Cue words: ordinary words the engine notices during the same single scan that finds skills,
 * so that listedAs, years, degrees and role signals never need another pass over the text.
 * Each word has one kind; the modules that read a kind check the neighbouring words themselves
 * ("a plus" but not "Python plus SQL").
 */

/**
 * The first eight are read where they stand (scan keeps every one: POSITIONAL_KINDS); the rest
 * are counted. perk, rolenoun and legal only tell the name and employer rules where to look
 * (../matcher/hints.ts, ../sections/employer.ts); negation words are where ./role/not-ml.ts
 * reads what follows ("won", "don", "isn", "wouldn" only before 't).
 */
export const CUE_KINDS = [
  'optional',
  'must',
  'years',
  'degree',
  'perk',
  'rolenoun',
  'legal',
  'negation',
  'deploy',
  'analyze',
  'publish',
  'pipeline',
  'frontend',
  'backend',
  'ops',
  'product',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

const words = (kind: CueKind, list: string): Array<[string, CueKind]> =>
  list
    .trim()
    .split(/\s+/)
    .map((w) => [w, kind]);

export const POSITIONAL_KINDS = 8;

export const CUE_WORDS: ReadonlyMap<string, CueKind> = new Map([
  ...words(
    'perk',
    `laptop laptops workstation workstations macbook macbooks thinkpad ordinateur poste portátil rechner
     certification certifications certificate certificates certified zertifizierung zertifizierungen
     zertifikat zertifikate certificaciones certificación certificazioni certificações certificação
     certyfikat certyfikaty certyfikatów certyfikacje certyfikacji certificat certificats certifiante
     certifiantes certificering certificeringen certificaten partner partners msp interview
     entretien entretiens entrevista entrevistas colloquio colloqui rozmowa rozmowie rozmowy gesprek
     gesprekken intervju gespräch gespräche
     interviews stipend stipends allowance allowances provider zertifiziert zertifizierter zertifiziertes certifié certifiée certificada certificado certificata certificato
     summit conf conference meetup meetups live regulated reguliert regulierte regulierter
     réglementé réglementée regulado regulada regolamentato regolamentata gereguleerd gereguleerde
     prescribe prescribes dictate dictates mandate impose imposes compliant partenaire socio parceiro
     partnerem academy academies akademie académie academia accademia akademi access customer
     member members mitglied membre membres miembro miembros membro membri signatory accredited konform
     certificados certificadas certificati certifiés certifiées gecertificeerd zertifizierte`,
  ),
  ...words(
    'legal',
    `opportunity opportunities eeo affirmative regard regardless gdpr ccpa export protection privacy datenschutz
     chancengleichheit égalité igualdad protección opportunità rgpd dsgvo lgpd rodo employment`,
  ),
  ...words(
    'rolenoun',
    `engineer engineers engineering scientist scientists researcher researchers developer developers
     architect architects administrator administrators intern interns internship internships manager
     managers director directors specialist specialists consultant consultants practitioner
     practitioners team teams department departments lead leads group org organisation organization
     squad guild role roles position positions puesto puestos posti postes owner owners practice
     division chapter tribe competence excellence coe mission missions zespołu zespole zespołem
     zespołami équipe équipes students area areas pillar pillars
     equipo equipa equipas equipe equipes squadra abteilung ontwikkelaar ontwikkelaars entwickler entwicklerin entwicklerinnen
     développeur développeurs desarrolladores sviluppatori`,
  ),
  ...words(
    'negation',
    'not keine kein pas no non geen géén inte ikke ingen nie não won don wouldn isn nicht niet není nejsou aucune aucun tampoco',
  ),
  ...words(
    'optional',
    `plus bonus ideally preferred preferably preferable desirable desired nice advantage advantageous
     beneficial welcome welcomed optional great idealerweise vorteil wünschenswert atout atouts apprécié
     appréciée souhaité souhaitée souhaitable valorable valorará valora deseable appréciés appréciées
     souhaités souhaitées idéalement idealmente preferiblemente preferentemente preferibilmente
     vorzugsweise deseables gradito gradita graditi gradite preferibile desejável desejáveis
     diferencial meegenomen pluspunt pluspunkt pré pre widziane atutem fordel fördel ønskelig
     ønskeligt önskvärt meriterande meriterende výhodou eduksi plussaa tercih előny előnyt avantaj
     prednost poželjno poželjna poželjan eelis eeliseks kasuks privalumas priekšrocība πλεονέκτημα
     επιθυμητή επιθυμητό επιθυμητά плюсом преимуществом желательно Желательно приветствуется
     перевагою бажано Бажано voorkeur preferencialmente preferowane preferowana preferowany
     widziana widziany widziani plusem preferenziale preferenziali apprezzata apprezzato apprezzati
     apprezzate valorizamos valorizado valorizada valorizados valorizadas gesehen voordeel
     schön toll gerne gern puntos valoramos valoraremos preferência preferencia aanbeveling
     helps helpful good useful handy asset appreciated valued better extra points favour favor
     differentiator love delighted thrilled help freuen suma sumará`,
  ),
  ...words(
    'must',
    `must required requires mandatory essential need needed necessary erforderlich obligatoire requis
     requise exigé imprescindible indispensable obligatorio zwingend muss`,
  ),
  ...words('years', 'year years yr yrs jahr jahre jahren ans années año años'),
  ...words(
    'degree',
    `bachelor bachelors bs bsc ba b master masters mastern ms msc m meng beng phd ph doctorate doctoral degree
     diplom licence licenciatura máster doctorado`,
  ),
  ...words(
    'deploy',
    `deploy deploying deployed deployment deployments production productionize productionizing
     productionise productionising serve serving inference latency mlops reliability scalable scale
     containerize containerized monitoring`,
  ),
  ...words(
    'analyze',
    `analyze analyse analyzing analysing analysis analyses analytics analytical insights insight
     experiment experiments experimentation hypothesis hypotheses statistical statistics stakeholders
     dashboards dashboard reporting reports causal inferential storytelling`,
  ),
  ...words(
    'publish',
    `publish publishing publications publication papers paper research novel conferences neurips icml
     iclr cvpr acl emnlp`,
  ),
  ...words('pipeline', 'etl elt ingestion warehouse warehousing lakehouse pipelines modeling'),
  ...words('frontend', 'frontend ui ux css html responsive accessibility browser'),
  ...words('backend', 'backend microservices endpoints services apis'),
  ...words('ops', 'sre devops oncall incident incidents uptime observability'),
  ...words('product', 'roadmap prioritize prioritization customers launch'),
]);

export const CUE_CODE: Readonly<Record<CueKind, number>> = Object.fromEntries(
  CUE_KINDS.map((k, i) => [k, i + 1]),
) as Record<CueKind, number>;

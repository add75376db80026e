import { boundedMemo } from './memo';
/**
 * Header phrases by section kind, matched against a whole normalised header line (lower case,
 * markers and trailing colon removed). English first, then German, French, Spanish, Italian,
 * Dutch, Portuguese, Polish, Swedish, Danish, Norwegian, Finnish, Czech, Slovak and Turkish (and
 * the employer's and benefits headers in Hungarian and Romanian): the headers each language's job
 * ads use. An employer's header needs the job's headers of its language after it, or the
 * employer's text would run on to the end.
 * Preferred is tried before requirements ("Preferred qualifications" vs "Qualifications").
 */

/**
 * requirements / preferred: what the candidate must or may bring. duties: what the job does.
 * employer: about the company and its product; benefits: perks, pay, legal text, how to apply,
 * and what the job is not ("What you won't be doing").
 * Words in either describe the employer, not the job (role detection weighs them little,
 * concepts there are not skills: ./employer.ts).
 * other: everything else (the role in general, location, how to apply).
 */
export type SectionKind = 'requirements' | 'preferred' | 'duties' | 'employer' | 'benefits' | 'other';

/**
 * "for this role", "(required)", "we value"... that may trail any known header, and the lead-in to
 * a list on the lines below ("Gradita la conoscenza di", "Nice to have: experience with", "Von
 * Vorteil sind Kenntnisse in", "Mile widziana znajomość").
 */
const TAIL = String.raw`(?:\s+(?:for|of|in|on)\s+(?:this|the|our)\s+(?:role|position|job|team))?(?:\s+(?:we value|we need|we're looking for))?(?:\s+(?:(?:is|are|sind|ist|è|sono|est|sont|es|son|é|são)\s+)?(?:(?:la|le|il|l'|una|un|a|an|the|some|any|your|de|des|der|die|du|d'|una buona|a good|a solid|gute|solide|bonne)\s+)?(?:conoscenz[ae]|esperienz[ae]|knowledge|experience|familiarity|exposure|kenntnisse|erfahrung(?:en)?|connaissances?|exp[ée]riences?|conocimientos?|experiencias?|conhecimentos?|experi[êe]ncias?|znajomość|doświadczenie|kennis|ervaring)(?:\s+(?:of|with|in|on|di|del|della|dei|delle|degli|dello|mit|von|im|de|du|des|d'|en|em|com|z|w|van|met))?)?(?:\s*\(.*\))?$`;

const full = (alternatives: string[]): RegExp => new RegExp(`^(?:${alternatives.join('|')})${TAIL}`);

export const PREFERRED = full([
  String.raw`(?:preferred|desired|desirable|bonus|additional|nice[- ]to[- ]have|optional|plus|extra|good[- ]to[- ]have)\s+(?:qualifications?|requirements?|skills?(?:\s+(?:and|&)\s+experience)?|experience|points|credit|criteria)`,
  'nice[- ]to[- ]haves?|bonus(?: points)?|pluses|plus|desirable|desired|preferred|extra credit|good[- ]to[- ]haves?|great[- ]to[- ]have',
  "(?:it(?:'s| is| would be|'d be) )?a (?:big )?plus(?: if)?(?: you)?(?: have)?|even better if(?: you)?(?: have)?|bonus points (?:if|for)(?: you)?(?: have)?",
  "(?:it )?would be (?:great|nice|ideal|a plus)(?: if you(?: also)? (?:have|had|bring))?|(?:great|nice|cool|awesome) if you(?: also)?(?: have| had| bring| know)?|what would help|(?:what )?we'd love to see|helpful|not required but helpful",
  "would be nice|you(?:'d| would) ideally (?:have|bring)|ideally,? you(?:'d| would) (?:have|bring)|what (?:would )?makes? you stand out|stand out (?:with|if)|ideally(?: you)?(?: have)?|you might also have|we'd love (?:it )?if you (?:have|had)|what sets you apart",
  'wünschenswert|von vorteil|pluspunkte|idealerweise|das wäre toll|schön wäre',
  'atouts?|un plus|(?:ce )?serait un plus|les plus|appréciés?|compétences appréciées',
  'deseables?|valorable|se valorará(?: positivamente)?|valoramos|será un plus|requisitos deseables',
  "bonus if(?: you)?(?: have)?|it's a bonus if(?: you)?(?: have)?|(?:a )?big plus|extra points (?:for|if)(?: you)?(?: have)?",
  // A plus with a word of degree: "Strong plus", "Huge bonus", "A definite advantage", "Advantageous".
  '(?:(?:an?|another) )?(?:big|strong|huge|major|massive|definite|real|added|clear|distinct|great|nice|serious) (?:plus|pluses|bonus|bonuses|advantage)|(?:an? )?advantage|advantageous(?: (?:skills|experience|qualifications|knowledge))?',
  // German, French, Spanish and Italian wordings: "Plus, wenn du", "Wünschenswert sind", "Was du
  // idealerweise mitbringst", "Compétences souhaitées", "Qué valoramos", "Costituirà titolo preferenziale".
  'plus,? wenn (?:du|sie)(?: [a-zäöüß]+)?|wünschenswert (?:sind|wäre|ist)|was (?:du|sie) idealerweise mitbring(?:st|en)|(?:das )?bringst du idealerweise mit',
  'compétences (?:souhaitées|appréciées|bonus)|(?:les )?plus qui (?:feront|ferait|font) la différence',
  'qu[ée] valoramos|valoraremos(?: positivamente)?|requisitos valorables|costituir(?:à|anno) titolo preferenziale',
  // More English wordings of a plus: "Also nice", "Definitely a plus", "Brownie points", "Even
  // better", "You'll stand out if", "Desirable but not essential", "Plus if you have".
  '(?:also|definitely|especially|particularly) (?:an? )?(?:(?:big|huge|real) )?(?:plus|bonus|nice|great|helpful|useful|welcome|valued|appreciated)|brownie points(?: (?:for|if)(?: you(?: have)?)?)?|(?:the )?cherry on (?:the )?top|even better(?: if(?: you)?(?: have)?)?',
  "you(?:'ll| will| would|'d)? (?:really )?stand out (?:if|with)(?: you(?: have)?)?|what (?:will|would|could|might) (?:set you apart|make you stand out)|what we(?:'d| would) love(?: to see)?|(?:we )?would love to see|plus if(?: you)?(?: have)?",
  '(?:desirable|nice[- ]to[- ]have|helpful|useful|preferred|optional),? (?:but )?not (?:essential|required|mandatory|necessary|a must)|not essential,? but (?:nice|helpful|welcome|useful|valued|desirable|a plus)(?: to have)?',
  'optional (?:extras|skills|experience|qualifications)|additional (?:desirable|preferred|nice[- ]to[- ]have|bonus) (?:skills|experience|qualifications)|what (?:will|would|could|might) help(?: you)?|what helps|helpful (?:skills|qualifications|knowledge|background)',
  'not required,? but (?:nice|helpful|welcome|appreciated|valued|useful|a plus)(?: to have)?|preferred,? (?:but )?not required|ideally,? you(?: also)? have',
  'wünschenswert wäre|idealerweise bringst du mit|atouts supplémentaires',
  'costituisc(?:e|ono) titolo preferenziale|titol[oi] preferenzial[ei]|requisiti preferenziali|competenze gradite|gradit[oaie]|preferibile|(?:è|sarà) (?:considerato )?un plus',
  'pluspunten|pluspunt|(?:is )?een pré|(?:is )?een pre|mooi meegenomen|extra pluspunten|bonuspunten|wenselijk|gewenst',
  'diferenciais|diferencial|desejáve(?:l|is)|requisitos desejáveis|(?:será|seria) um (?:diferencial|plus)|mais[- ]valias?|(?:seria|é) uma mais[- ]valia',
  'mile widzian[eay]|dodatkow(?:ym|e) atut(?:em|y)(?: będzie| będą)?|(?:będzie )?atutem(?: będzie)?|atuty|wymagania (?:dodatkowe|pożądane|mile widziane)',
  'meriterande(?: är)?|det är meriterande(?: om du(?: har)?)?',
  '(?:qualifications?|requirements?|skills?|experience)(?: -)? (?:preferred|desired|desirable|optional|nice[- ]to[- ]have)',
  "what (?:they|the client|our client|my client)(?: would)? (?:love|like) to see|(?:what )?they(?:'d| would) love to see",
  "(?:nice |useful |handy )?extras|desirable (?:criteria|skills|experience)|pré(?:['’]?s)?|costituisc(?:e|ono) un plus|bonuses|ce qui (?:fera|ferait) la différence|les petits plus|un vrai plus",
  'valorizamos|valorizamos também|também valorizamos|(?:será|serão|é) valorizad[oa]s?|valoriza-se',
  // "Great if you also have", "Handy if you know": a plus put as a condition.
  "(?:(?:it(?:'s| is| would be|'d be) )?(?:great|nice|ideal|handy|useful|helpful|cool|awesome) )if you(?: also| already)? (?:have|had|bring|know|knew|are)",
  // Danish and Norwegian, Finnish, Turkish, Czech and Slovak; German and English one-word labels.
  '(?:det er )?(?:en )?fordel(?:,? (?:om|hvis) du(?: også)? (?:har|kan|er))?|det er et plus(?:,? (?:om|hvis) du(?: også)? har)?|ønskelig(?:e| kompetanse| erfaring)?|ønskede kvalifikasjoner|meriterende',
  'eduksi(?: katsomme| katsotaan| luetaan)?|katsomme eduksi|plussaa(?: on)?|(?:lisäksi )?arvostamme',
  'tercih (?:sebebi|sebepleri|nedeni|nedenleri)(?:dir)?|artı (?:olarak|değer)',
  'výhodou(?: (?:je|bude|jsou|budú))?|bonusem|plusem|ocenime|oceníme|navíc oceníme',
  '(?:das )?(?:ist|wäre) (?:ein )?plus|ein plus|nice',
  'valoraremos|atouts appréciés|assets',
  // Hungarian, Romanian, Croatian / Serbian / Bosnian / Slovenian, Estonian, Lithuanian, Latvian,
  // Greek, Russian, Ukrainian.
  'előnyt jelent(?:het)?|előny(?:nek számít)?|amit előnynek tekintünk|nem feltétel,? de előny|plusz pont|(?:constituie |reprezintă )?(?:un )?avantaj|ar fi un plus',
  '(?:bit će |biće |je )?prednost(?: je| će biti| imaju)?|poželjno|zaželeno|dodatne prednosti|prednost pri izboru',
  'kasuks tuleb|eeliseks on|eelis|(?:būtų |bus )?privalumas|privalumai|(?:būs |tiks uzskatīta par )?priekšrocība',
  'επιθυμητά(?: προσόντα)?|θα εκτιμηθεί|(?:θα θεωρηθεί )?πλεονέκτημα',
  '(?:будет |станет )?(?:большим )?(?:плюсом|преимуществом)(?: будет)?|желательно|приветствуется|(?:буде )?(?:перевагою|плюсом)(?: буде)?|бажано',
  // Further wordings of the same languages.
  'ønskeligt|gerne|tercihen',
]);

export const REQUIREMENTS = full([
  String.raw`(?:(?:minimum|basic|required|key|essential|core|technical|must[- ]have|mandatory|job|your|the|candidate|professional|our)\s+)*(?:qualifications?|requirements?|skills?|experience|profile|expertise|competencies)(?:\s+(?:and|&)\s+(?:qualifications?|skills?|experience|requirements?))?`,
  String.raw`(?:what|who)\s+(?:you(?:'ll| will)?\s+(?:bring|need|have|are)|we(?:'re| are)?\s+(?:looking\s+for|look\s+for|need|expect|want|ask(?: for)?|require|after)|i(?:'m| am)\s+(?:looking\s+for|after)|you(?:'ll)? need to succeed)`,
  String.raw`you\s+(?:have|bring|should have|are|must have|will need|need)|you'll need(?: to have)?|you(?:'ll| will) (?:have|bring)|must[- ]haves?|about you|(?:the )?ideal candidate|to be successful|is this you|are you`,
  'anforderungen|dein profil|ihr profil|was du mitbringst|was sie mitbringen|das bringst du mit|das bringen sie mit|qualifikationen|voraussetzungen|profil',
  'profil recherché|compétences requises|qualifications requises|votre profil|ton profil|prérequis|exigences|compétences',
  'requisitos(?: mínimos| del puesto)?|requerimientos|lo que buscamos|qué buscamos|buscamos|tu perfil|perfil(?: buscado)?|qué necesitas',
  "what (?:we need from you|you need to have|you should have|it takes|makes you a (?:great|good|strong) fit)|what you(?:'ll| will)? bring(?: to (?:the|our) team)?",
  "you(?:'ll| will) thrive if(?: you have)?|we(?:'re| are) excited about you if|(?:the )?ideal candidate (?:will have|has)",
  'to (?:be successful|succeed) in this role|knowledge,? skills,? (?:and|&) abilities|your (?:toolkit|background)|position requirements',
  "we(?:'re| are) looking for(?: someone (?:who has|with))?|deine skills|le profil recherché",
  "what you bring to the table|what we(?:'re| are) looking for in (?:you|a candidate|our (?:new )?[a-z]+)|what (?:the|this) (?:role|job|position) (?:needs|requires|asks for)",
  // German, French, Spanish, Portuguese and Italian wordings: "Was Sie mitbringen sollten", "Ihre
  // Qualifikationen", "Das zeichnet dich aus", "Ce que nous attendons de vous", "Vous avez",
  // "Savoir-être", "Qué pedimos", "Te buscamos si", "Requisitos e qualificações", "Qualifiche richieste".
  'was (?:du|sie) mitbringen (?:solltest|sollten|musst|müssen)|das (?:solltest du|sollten sie) mitbringen|was wir uns(?: von (?:dir|ihnen))? wünschen|(?:dein|deine|ihr|ihre) (?:qualifikationen?|kenntnisse|erfahrungen?|kompetenzen|know-how)|was (?:dich|sie) auszeichnet|das zeichnet (?:dich|sie) aus|damit (?:überzeugst du|überzeugen sie) uns',
  "ce (?:que nous attendons|que l['’]on attend|qu['’]on attend|que vous apportez|que tu apportes)(?: de (?:vous|toi))?|vous (?:avez|êtes)|tu (?:as|es)|savoir[- ](?:être|faire)",
  'qu[ée] (?:pedimos|necesitamos|esperamos(?: de ti)?|buscamos en ti)|lo que (?:necesitas|pedimos|esperamos(?: de ti)?)|te buscamos si(?: tienes)?|requisitos (?:obligatorios|indispensables)',
  'requisitos e qualificações|qualificações (?:obrigatórias|necessárias)|qualifiche(?: richieste)?|requisiti (?:obbligatori|indispensabili)',
  'requisiti(?: richiesti| minimi| tecnici| essenziali)?|competenze(?: richieste| tecniche)?|(?:il )?profilo(?: che cerchiamo| ricercato| richiesto)?|il tuo profilo|chi cerchiamo|cosa cerchiamo|cosa (?:ti )?chiediamo|esperienza richiesta',
  'wat (?:vragen|verwachten) (?:we|wij)|wat (?:we|wij) (?:vragen|verwachten)|wie (?:ben jij|zoeken (?:we|wij))|(?:jouw |je )?profiel|functie-?eisen|vereisten|wat (?:neem|breng) (?:je|jij) mee|(?:dit|wat) breng je mee|kwalificaties|competenties',
  'requisitos(?: obrigatórios| necessários)?|o que (?:buscamos|procuramos|esperamos de (?:você|ti))|qualificações|(?:o )?seu perfil|pré-?requisitos|conhecimentos necessários',
  'wymagania(?: techniczne| niezbędne| konieczne| obowiązkowe)?|nasze wymagania|czego (?:oczekujemy|szukamy)|oczekujemy|oczekiwania|kogo szukamy|twój profil|wymagane umiejętności',
  'krav|kvalifikationer|vi söker dig som(?: har)?|vem är du|din profil|(?:vi tror att )?du (?:har|är)',
  'was wir erwarten|was du mitbringen solltest|dein skillset|ce que nous recherchons|qué buscamos en ti|lo que valoramos',
  '(?:qualifications?|requirements?|skills?|experience)(?: -)? (?:required|minimum|mandatory|essential|must[- ]haves?)',
  // A recruiter writing of the client: "What they're after", "What my client needs", "What the client is after".
  "what (?:they|the client|our client|my client|the team|the company)(?:'re| are|'s| is)? (?:need|needs|want|wants|expect|expects|looking for|are looking for|require|requires|after)",
  "you(?:'ll| will)? fit (?:in|right in) if(?: you(?: have| are| bring)?)?|(?:you(?:'ll| will| might| may| could)? )?be a (?:(?:good|great|strong) )?(?:fit|match) if(?: you(?: have| are| bring)?)?",
  "person specification|essential(?: (?:criteria|skills|requirements|experience))?|you (?:probably|likely|already) (?:have|bring|are)|(?:what )?you(?:'ll| will)? (?:probably|likely|typically|usually) (?:have|bring|be)",
  // A recruiter's "The Role / The Person": the person is what the client asks for.
  "(?:the|about the|our) (?:person|candidate)|the right (?:person|candidate)|(?:the )?person (?:we(?:'re| are) looking for|profile)|candidate profile",
  'you probably|vi tror att du|wat vragen (?:ze|zij)|wat zoeken (?:ze|zij)|was sie (?:erwarten|suchen)|was (?:sie|er) mitbringen sollte',
  'hvem (?:er du|du er)|vi søker deg som(?: har)?|(?:dine )?kvalifikasjoner|dine kvalifikationer|krav til (?:deg|dig)|hva (?:vi ser etter|du bør ha)|hvad (?:vi forventer|du har med)|vi forventer(?: at du(?: har)?)?|om (?:deg|dig)',
  'odotamme(?: sinulta)?|mitä odotamme(?: sinulta)?|edellytämme|(?:pätevyys)?vaatimukset|sinulla on|osaamisesi|kuka olet|sinulta (?:löytyy|odotamme)',
  '(?:genel |aranan |temel |teknik )?nitelikler|aradığımız (?:nitelikler|kişi|aday|yetkinlikler)|gereksinimler|beklentilerimiz|(?:sizden|senden) beklediklerimiz|yetkinlikler',
  'co (?:bys|byste|by si) (?:měl|mal)(?: ?a| ?i)? (?:umět|znát|mít|vedieť|ovládať)|co (?:od (?:tebe|vás) )?očekáváme|(?:co )?požadujeme|požadavky(?: na pozici)?|předpoklady|co potřebuješ|koho hledáme|čo od (?:teba|vás) očakávame|požiadavky|koho hľadáme',
  'compétences (?:techniques|clés|attendues)',
  // A recruiter writing of the client in the third person: "O que eles pedem", "Lo que piden", "Ce qu'ils demandent".
  "o que (?:eles|elas|o cliente|a empresa) (?:pedem|pede|buscam|busca|procuram|procura|esperam|espera|exigem|exige)|lo que (?:piden|pide|buscan|busca|el cliente (?:pide|busca))|ce qu['’](?:ils|elles|il|elle) (?:demandent|demande|recherchent|recherche|attendent|attend)|cosa (?:chiedono|cercano|chiede|cerca)",
  'required|must|muss|indispensables?|imprescindibles?|vereist|obligatoire|obligatorio|richiesto|niezbędne|obowiązkowe',
  'elvárások|elvárásaink|amit elvárunk|követelmények|kit keresünk|amire szükséged lesz|cerin[țţt]e(?: obligatorii| minime)?|ce căutăm|profilul (?:candidatului|tău)|calificări',
  'uvjeti|uslovi|zahtjevi|zahtevi|(?:što|šta) očekujemo|kog(?:a)? tražimo|tvoj profil|kvalifikacije|(?:kaj )?pričakujemo|nõuded|ootused kandidaadile|mida ootame|reikalavimai|ko tikimės|prasības|ko mēs sagaidām',
  'απαιτήσεις|(?:απαραίτητα )?προσόντα|τι ζητάμε',
  'требования(?: к кандидату)?|что мы (?:ждем|ждём|ожидаем)|мы ожидаем|(?:наши )?ожидания|кого мы ищем|мы ищем|вимоги|що ми очікуємо|наші очікування|ми очікуємо',
  // Further wordings of the same languages.
  'vi søger|vi ser etter|co bys měl ?\\(a\\) (?:umět|znát|mít)',
]);

export const EMPLOYER = full([
  'about(?: (?:us|the company|[a-z0-9&.-]+(?: [a-z0-9&.-]+)?))?|who we are|our (?:company|mission|story|culture|values|vision|(?:engineering |operating |guiding |core |leadership )?principles|engineering culture)',
  // "Tech at Acme", "Engineering at Acme": how the employer builds its product, presented.
  '(?:tech|technology|engineering) at [a-z0-9&.-]+(?: [a-z0-9&.-]+)?',
  // "About Machine Learning at Acme", "Engineering at Acme": a part of the company presented.
  "about (?!the (?:team|role|job|position)|this (?:role|job|position)|you)[a-z0-9&.'-]+(?: [a-z0-9&.'-]+){0,3} at [a-z0-9&.-]+(?: [a-z0-9&.-]+)?",
  'über uns|wer wir sind|qui sommes-nous|qui sommes nous|notre mission|à propos(?: de nous)?',
  // "Über Lenzhofer", "À propos d'Agrivue", "Orbéo en quelques mots", "L'entreprise": the employer
  // presented ("Über die Stelle", "À propos du poste" are read first, as the job).
  "über (?!(?:die|diese|den|dich|sie|dein|deine|ihre|ihr)\\b)[^ ]+(?: [^ ]+)?|à propos (?:de |d['’])(?!(?:la mission|l['’]équipe|vous|toi)\\b)[^ ]+(?: [^ ]+)?|[^ ]+(?: [^ ]+)? en quelques mots|l['’]entreprise|(?:nos|våra|unsere|nuestros|i nostri|os nossos|onze) (?:valeurs|värderingar|werte|valores|valori|waarden)|vilka vi är",
  // A recruiter presenting the client, or a company presented in a few lines: "THE COMPANY IN 30
  // SECONDS", "Client:", "About the client", "Company overview", "Our client at a glance".
  // A bare "Company:" is the metadata line of a job board, not a header.
  '(?:about )?(?:(?:the |our |my )(?:company|client)|client)(?: (?:in (?:brief|short|a nutshell|a few words|\\d+ (?:seconds|words|lines))|at a glance|overview|snapshot))?|company (?:overview|snapshot|profile|in (?:brief|short|a nutshell|\\d+ seconds))',
  'sobre nosotros|quiénes somos|chi siamo|la nostra azienda',
  "la società|l'azienda|chi siamo noi",
  'over ons|wie zijn (?:wij|we)|het bedrijf|de organisatie|ons bedrijf|over (?!het team|de functie|de rol|jou)[a-z0-9&.-]+(?: [a-z0-9&.-]+)?',
  // "Sobre Pagamás": the employer presented ("Sobre el puesto" is read first, as the job).
  'sobre (?!(?:el|la|los|las|ti|vos|você|voce|mim|nós)\\b)[^ ]+(?: [^ ]+)?',
  'sobre nós|quem somos|sobre a empresa',
  'o nas|kim jesteśmy|o firmie',
  'om oss|vilka (?:vi|är vi)|om företaget',
  'om (?:oss|os)|hvem (?:er vi|vi er)|meistä|keitä olemme|hakkımızda|biz kimiz|kdo jsme|o nás|o společnosti|kto sme',
  'om (?!stillingen|rollen|jobbet|jobben|teamet|tjänsten|deg|dig|du\\b)[a-z0-9&.-]+(?: [a-z0-9&.-]+)?',
  'sobre a [a-z0-9&.-]+(?: [a-z0-9&.-]+)?',
  'rólunk|kik vagyunk|a cégről|despre (?:noi|companie)|cine suntem|o nama|(?:tko|ko|kdo) smo|meist|apie mus|par mums|σχετικά με εμάς|ποιοι είμαστε|о нас|о компании|кто мы|про нас|про компанію',
  // The project the job joins, presented as the employer presents itself ("About the project"
  // is one of the "about X" above): its stack and aims describe it, the duties ask.
  '(?:the|our) project|o projekcie|projekt|(?:das|unser) projekt|(?:le|notre) projet|(?:el|nuestro) proyecto|(?:il|nostro) progetto|(?:het|ons) project|(?:sobre )?o projeto|projektet|projekti',
  // How the employer works (remote policy, team rituals, its stack): the culture presented.
  'how we work|how it works|our ways? of working|how we operate|como funciona(?: o trabalho| o dia a dia)?|cómo funciona(?: el trabajo)?|wie wir arbeiten|so arbeiten wir|comment nous travaillons|cómo trabajamos|come lavoriamo|hoe (?:wij|we) werken|como trabalhamos|(?:nuestra|nossa) (?:forma|manera|maneira|jeito) de trabajar|(?:nosso|nossa) (?:jeito|forma|maneira) de trabalhar|il nostro modo di lavorare|(?:notre )?environnement (?:technique|de travail)|(?:unser )?(?:entwicklungsumfeld|arbeitsumfeld)|jak pracujemy|så (?:arbetar|jobbar) vi|hur vi (?:arbetar|jobbar)',
  // Further wordings of the same languages.
  'om virksomheden|om selskapet|om selskabet|keitä me olemme|yrityksestä|yritys|tietoa meistä|o firmě|o spoločnosti|şirket hakkında|kimiz',
  // A recruiter presenting the client: "The client", "About our client", "Unser Kunde", "Le client".
  '(?:about )?(?:the|our|my) client|the company|(?:über )?(?:den|unseren) kunden|(?:der|unser) kunde|(?:à propos (?:du|de notre) )?(?:le|notre) client|(?:sobre )?(?:el|nuestro) cliente|(?:il|il nostro) cliente|(?:over )?(?:de|onze) klant|(?:sobre )?o (?:nosso )?cliente|(?:nasz|o naszym) klien(?:t|cie)',
]);

export const BENEFITS = full([
  "(?:our |the )?(?:benefits|perks)(?: (?:and|&) (?:benefits|perks))?|what we offer|(?:learning|growth|career)(?: (?:and|&) (?:development|growth|career (?:progression|development|growth)|progression))?|career (?:progression|development|growth)|what(?:'s| is) in it for you|we offer|our offer|compensation(?: (?:and|&) benefits)?|salary|equal (?:opportunity|employment).*|eeo.*|diversity.*|(?:the |our )?(?:interview|hiring|recruitment|recruiting|application|selection) process(?:es)?|(?:the |our )?interview stages|how we hire|how to apply",
  'wir bieten|was wir bieten|unser angebot|benefits|deine benefits|was wir dir bieten|was wir ihnen bieten',
  // Pay and the hiring steps in the other posting languages: "Rémunération et avantages", "Etapas do
  // processo", "Så här söker du", "Mülakat Süreci", "Personuppgifter".
  'rémunération(?: et avantages)?|(?:etapas|fases) do processo(?: seletivo)?|etapas del proceso|så här söker du|(?:mülakat|işe alım) süreci|personuppgifter',
  // The terms of the contract: "Condições", "Conditions", "Condiciones".
  '(?:(?:as )?condições|condiciones|condizioni|conditions)(?: (?:de trabalho|de trabajo|di lavoro|de travail|of employment|contratuais|contractuelles))?',
  'ce que nous offrons|ce que nous proposons|nous offrons|avantages|ofrecemos|qué ofrecemos|lo que ofrecemos|beneficios',
  'cosa offriamo|offriamo|benefit',
  'cosa ti offriamo|si offre|offerta|perché unirti a noi',
  'wat (?:bieden|krijg) (?:wij|we|je)(?: ervoor terug)?|wat (?:wij|we) bieden|ons aanbod|arbeidsvoorwaarden|wij bieden',
  'benefícios|o que oferecemos|oferecemos|o que temos para (?:você|ti)',
  '(?:co )?oferujemy|benefity|co zyskujesz|wynagrodzenie',
  '(?:vad )?vi erbjuder|förmåner',
  'aanbod|het aanbod',
  'vi (?:tilbyr|tilbyder)(?: deg| dig)?|vi kan tilby(?: deg)?|hva (?:vi tilbyr|tilbyr vi)|hvad (?:vi tilbyder|tilbyder vi)|det får du',
  '(?:me |mitä )?tarjoamme',
  'neler sunuyoruz|(?:size |sana )?sunduklarımız|yan haklar',
  'co (?:ti |vám )?nabízíme|nabízíme|co získáš|čo (?:ti |vám )?ponúkame|ponúkame',
  // "Salary & benefits", "Your benefits", "The package", "Total rewards", "In return"; the
  // hiring process's next steps ask for nothing either.
  "(?:salary|pay|compensation|comp)(?: (?:and|&) (?:benefits|perks))|(?:compensation|salary|pay) (?:and|&) (?:perks|package)|(?:your |the )?(?:benefits|perks|package|rewards)(?: package)?|total rewards|what we can offer(?: you)?|what we(?:'ll| will) give you|in return(?: you(?:'ll| will)? get)?|(?:the )?next steps|what happens next|(?:our|the) process",
  // What the job is not ("What you won't be doing", "What this role isn't", "Out of scope"):
  // like the perks, it asks for nothing.
  "what you(?:'ll| will)? (?:not|won't|will not|don't|do not) (?:be )?(?:do|doing|work on|working on|own|owning|build|building|touch|touching|need)|what (?:this|the) (?:role|job|position) is(?:n't| not)|(?:out of|not in) scope",
  // The same in the other posting languages, and "Not part of the role", "Nicht deine Aufgabe",
  // "Ce que vous ne ferez pas", "Lo que no harás", "Cosa non farai", "Wat je niet doet", "O que
  // você não vai fazer", "Czego nie będziesz robić", "Vad du inte kommer att göra".
  "what(?:'s| is) not (?:included|in scope|part of (?:this|the) (?:role|job))|not (?:part of )?(?:this|the|your) (?:role|job|remit)|not your (?:job|remit|responsibility)|what (?:this|the) (?:role|job|position) (?:doesn't|does not) (?:include|involve|cover)",
  'nicht (?:deine|ihre) aufgaben?|was nicht zu (?:deinen|ihren) aufgaben gehört|(?:das )?gehört nicht zu (?:deinen|ihren) aufgaben|nicht teil (?:der|dieser|deiner|ihrer) (?:stelle|rolle|position|aufgaben?)|was (?:du|sie) nicht (?:tust|machst|tun|machen|verantwortest|verantworten)(?: (?:wirst|werden))?|was (?:diese|die) (?:rolle|stelle|position) nicht ist|nicht im scope|außerhalb des scopes?',
  "ce que (?:vous|tu) ne (?:ferez|feras|faites|fais) pas|ce que (?:vous|tu) n'(?:aurez|auras) pas à faire|ce que (?:ce|le) (?:poste|rôle) n'est pas|ce qui ne fait pas partie (?:du|de (?:ton|votre)) (?:poste|rôle|périmètre)|hors (?:du )?(?:périmètre|scope)",
  '(?:lo )?qu[ée] no (?:harás|hará|vas a hacer|va a hacer|haces|hace)|(?:lo )?qu[ée] no es (?:este|el) (?:puesto|rol|trabajo)|fuera del? (?:alcance|scope)',
  '(?:di )?cosa non (?:farai|fai|farà|ti occuperai|si occuperà)|cosa non è (?:questo|il) ruolo|fuori (?:dal )?(?:perimetro|scope|ambito)',
  'wat (?:je|jij|u) niet (?:doet|gaat doen|zult doen|zal doen)|dit (?:ga|doe) (?:je|jij) niet(?: doen)?|wat (?:deze|de) (?:rol|functie|baan) niet is|buiten (?:de )?scope',
  '(?:o )?que (?:você |tu |a pessoa )?não (?:vai|vais|irá|vai ter de|vai ter que) fazer|(?:o )?que (?:esta|a) (?:vaga|função|posição) não é|fora do (?:escopo|âmbito)',
  'czego nie będziesz (?:robić|robił(?:a|\\(a\\))?)|czym nie będziesz się zajmować|czego nie robisz|poza zakresem(?: roli| stanowiska)?',
  'vad du inte (?:kommer att göra|gör|ska göra)|utanför (?:rollen|scope)',
  // What the job does not require ("Not required", "What you don't need", "Nie wymagamy").
  "not required|not needed|(?:what )?(?:you|we) (?:don't|do not|won't|will not) (?:need|require|expect)|what(?:'s| is)(?:n't| not) (?:required|needed)|no need for",
  "nicht (?:erforderlich|notwendig|nötig)|was (?:du|sie) nicht (?:brauchst|brauchen|mitbringen musst|mitbringen müssen)|non requis|pas requis|pas nécessaire|ce dont (?:vous|tu) n['’](?:avez|as) pas besoin|no (?:es )?(?:necesario|requerido)|lo que no (?:necesitas|buscamos)|non (?:è )?(?:richiesto|necessario)|cosa non serve|niet (?:vereist|nodig)|wat (?:je|jij|u) niet nodig (?:hebt|heeft)|não (?:é )?(?:necessário|obrigatório)|o que (?:você|tu) não precisa|nie wymagamy|czego nie wymagamy|niewymagane",
  // "What you'll get", "What you get in return"; the interview loop's steps ask for nothing.
  "what you(?:'ll| will)? get(?: in return)?|(?:the |our )?(?:interview|hiring) (?:loop|steps|stages|journey)",
  // A recruiter writing of the client: "Das bietet unser Kunde", "What our client offers".
  '(?:das|dies) (?:bietet|erwartet) (?:ihnen |dich |sie )?(?:unser|der) (?:kunde|mandant)|was (?:unser|der) (?:kunde|mandant) (?:bietet|ihnen bietet|dir bietet)|(?:what )?(?:our|the) client offers|what (?:our|the) client (?:can )?offers?|ce que (?:notre|le) client (?:offre|propose)|(?:notre|le) client (?:offre|propose)|lo que (?:ofrece|te ofrece) (?:nuestro|el) cliente|(?:nuestro|el) cliente ofrece|(?:il nostro|il) cliente offre|cosa offre (?:il nostro |il )?cliente|wat (?:onze|de) klant (?:biedt|te bieden heeft)|(?:o )?que (?:o nosso |o )?cliente oferece|(?:o nosso|o) cliente oferece',
  'nos avantages|das bieten wir(?: dir| ihnen)?|what we give you|our (?:hiring|recruitment|recruiting) process',
  'amit kínálunk|mit kínálunk|amit ajánlunk|juttatások|ajánlatunk|ce oferim|oferim|beneficii|(?:što |šta |kaj )?(?:nudimo|ponujamo)|(?:mida )?pakume|(?:ką |mes )?siūlome|(?:mēs )?piedāvājam',
  '(?:τι )?προσφέρουμε|παροχές|(?:что )?мы предлагаем|условия(?: работы)?|ми пропонуємо|умови(?: роботи)?',
  // "Life at Acme": the days there (hybrid schedule, hack weeks, summits), its perks too.
  'life (?:at|in) (?:the )?[a-z0-9&.-]+(?: [a-z0-9&.-]+){0,3}',
  // "Why Acme", "Why join us": the reasons to join are its perks.
  'pourquoi nous rejoindre|pourquoi (?:rejoindre|nous choisir)|por qué unirte(?: a nosotros)?|por qué trabajar con nosotros|perché lavorare con noi|warum (?:wir|zu uns)|waarom (?:bij ons|wij)|por que (?:trabalhar conosco|se juntar a nós)|dlaczego my|varför (?:oss|jobba hos oss)',
  "(?:why|reasons to) (?:join us|join|us|work with us|you'll love working here)|why join [a-z0-9&.-]+(?: [a-z0-9&.-]+)?|why (?!this\\b|the\\b|you\\b|now\\b|we\\b|we're\\b|it\\b)[a-z0-9&.-]+(?: [a-z0-9&.-]+){0,2}",
  // The same in the other posting languages: "Warum Kessler?", "Pourquoi nous rejoindre ?",
  // "¿Por qué Acme?", not "Warum diese Rolle?".
  '(?:warum|pourquoi|por qu[eé]|perch[eé]|waarom|dlaczego|varför) (?!(?:diese|dieser|diesen|du|sie|jetzt|ce|cette|ce poste|este|esta|este puesto|ahora|t[uú]|questo|questa|ora|deze|dit|nu|je|jij|ten|ta|to|teraz|ty|denna|detta)\\b)[^ ]+(?: [^ ]+){0,2}',
  // The hiring process: its interviews and take-home tasks ask for nothing.
  '(?:le |notre )?processus de recrutement|(?:o )?processo de (?:recrutamento|sele[çc][ãa]o|recrutação)|(?:el |nuestro )?proceso de selección|(?:unser |dein |ihr |der )?(?:bewerbungsprozess|auswahlprozess|bewerbungsverfahren)|bewerbung|(?:de )?(?:sollicitatie)?procedure|(?:il )?processo di selezione|(?:de )?sollicitatieprocedure|(?:proces )?rekrutacji|rekryteringsprocess(?:en)?',
  // Further wordings of the same languages.
  'det tilbyder vi|det tilbyr vi|fordele|goder|tarjoamme sinulle|edut|ne sunuyoruz|amit nyújtunk',
  '(?:deine|ihre) vorteile|(?:lo que )?te ofrecemos',
]);

export const DUTIES = full([
  "(?:key |your |main |primary |core )?(?:responsibilities|duties|tasks|work)|what you(?:'ll| will) (?:do|work on|be doing|achieve|build|own)|you will|you'll|in this role(?: you will)?|day[- ]to[- ]day|a day in the life|your (?:mission|impact|role)|stuff you'll do|what the job involves|the work",
  'deine aufgaben|ihre aufgaben|aufgaben|was dich erwartet|was sie erwartet|das erwartet (?:dich|sie)|deine rolle|(?:deine|ihre) mission',
  'vos missions|tes missions|missions|(?:votre|ta|la) mission|(?:votre|ton) rôle|vos responsabilités|le poste|ce que tu feras|ce que vous ferez',
  'responsabilidades|funciones|tus funciones|qué harás|lo que harás',
  'responsabilità|mansioni|cosa farai|il ruolo',
  'attività(?: principali)?|le tue attività|principali (?:responsabilità|attività)|la posizione|di cosa ti occuperai|ti occuperai di|compiti',
  'wat ga (?:je|jij) doen|wat (?:je|jij) gaat doen|(?:jouw )?taken|functieomschrijving|de functie|jouw rol|verantwoordelijkheden|werkzaamheden',
  'atividades|(?:as )?suas atividades|o que (?:(?:você|a pessoa) )?(?:vai|irá) fazer|o que vais fazer|principais atividades|atribuições|funções',
  'obowiązki|zakres obowiązków|twoje (?:zadania|obowiązki)|twoja rola|zadania|czym będziesz się zajmować',
  '(?:dina )?arbetsuppgifter|ansvarsområden|om rollen|om tjänsten|vad du kommer att göra',
  'du kommer att|waar gaat het om|om de functie',
  '(?:dine |dine viktigste )?(?:arbeids|arbejds)?op(?:p)?gaver|ansvarsområder|ansvar og arbeidsoppgaver|hva (?:du skal (?:gjøre|jobbe med)|skal du gjøre)|hvad (?:du skal lave|skal du lave)',
  'tehtävän ?kuvaus|(?:työ)?tehtävät|tehtäväsi|työnkuva|vastuualueet|mitä (?:teet|tulet tekemään)',
  '[iİ]ş tanımı|görev tanımı|görevler|(?:ana |temel )?sorumluluklar|neler yapacaksın(?:ız)?',
  'co (?:tě|vás|ťa) (?:čeká|čaká)|(?:tvoje |vaše )?náplň (?:práce|pozice|pozície)|čemu se budeš věnovat|popis pozice|zodpovědnosti|tvoje úkoly',
  "essential (?:duties|functions)(?: (?:and|&) responsibilities)?|day[- ]to[- ]day,? you(?:'ll| will)",
  "tus responsabilidades|what you(?:'d| would)(?: actually)? (?:be doing|do)(?: in (?:the|your) first \\d+ months)?|what you(?:'ll| will) be working on|your day[- ]to[- ]day|in practice,? you(?:'ll| will)|typical (?:tasks|work|day)|vous aurez (?:notamment )?pour missions?(?: de)?|as an? [a-z .-]+ you(?:'ll| will)",
  'feladat(?:ok|aid|köröd)?|főbb feladatok|a munkakör(?: leírása)?|mit fogsz csinálni|responsabilit[ăa][țţt]i|ce vei face|atribu[țţ]ii|descrierea jobului|rolul tău',
  'opis posla|zadaci|zadaće|tvoji zadaci|odgovornosti|(?:što|šta) ćeš raditi|(?:delovne )?naloge|opis dela|tööülesanded|ülesanded|pareigos|atsakomybės|tavo užduotys|(?:galvenie |darba )?pienākumi',
  'αρμοδιότητες|καθήκοντα|περιγραφή θέσης',
  'обязанности|задачи|(?:ваши|твои) задачи|чем (?:предстоит|ты будешь|вы будете) заниматься|что (?:предстоит|нужно) делать|обов.язки|завдання|чим (?:ти будеш|ви будете) займатися',
  // Further wordings of the same languages.
  'vastuut|co budeš dělat|čo budeš robiť|náplň',
  '(?:dein|ihr) (?:job|aufgabengebiet|verantwortungsbereich)|aufgabengebiet|(?:deine|ihre) verantwortung(?:en)?|missions? principales|au quotidien(?:,? (?:vous|tu) (?:allez|vas|serez|seras))?|(?:tu|su) d[íi]a a d[íi]a|qu[ée] vas a hacer|(?:le tue|le sue) responsabilità|responsabilidades e atribuições|(?:suas|tuas) (?:responsabilidades|atividades)|(?:tu|su) misi[óo]n|la (?:tua|sua) missione',
]);

export const OTHER = full([
  'about the (?:team|role|job|position)|our team|the (?:team|role|job|opportunity|position)|work|research',
  // "Sobre a vaga", "Über die Stelle": the job presented, not the employer ("Sobre a Lumora").
  "sobre (?:a|o) (?:vaga|função|funcao|posição|posicao|cargo|oportunidade|papel|time|equipa|equipe|projeto)|sobre el (?:puesto|rol|cargo|equipo)|sobre la (?:vacante|posición|oferta)|acerca del (?:puesto|rol)|über (?:die|diese) (?:stelle|rolle|position)|à propos du (?:poste|rôle)|à propos de (?:la mission|l['’]équipe)|sul ruolo|sulla posizione|over de (?:vacature|functie|rol)",
  // "The challenge": the job presented in prose.
  'the challenge|(?:o )?desafio|(?:el )?desaf[íi]o|(?:le )?d[ée]fi|(?:la )?sfida|(?:die )?herausforderung|(?:de )?uitdaging|wyzwanie',
  '(?:job |role |position )?(?:description|overview|summary)|role|position|location',
  'descripción(?: del puesto| de la oferta| del empleo)?|description du poste|descriptif du poste',
  // The team and the tools presented: "El equipo", "L'équipe", "Notre environnement technique".
  "(?:el|nuestro) equipo|c[óo]mo es el equipo|l['’]?équipe|notre équipe|(?:das|unser) team|il (?:nostro )?team|(?:o|a|nosso|nossa) (?:time|equipa|equipe)|(?:nasz )?zespół",
  '(?:unser )?(?:tech-?stack|technologie-?stack)|(?:nuestro )?stack(?: tecnológico)?|(?:il nostro )?stack(?: tecnologico)?|(?:a nossa |nossa )?stack(?: tecnológica)?|über den standort|(?:der )?standort',
  'het team|ons team|over het team|over de (?:functie|rol)|de rol|solliciteren|opis stanowiska',
  '(?:our |the )?stack(?: summary| overview)?|(?:our |the )?tech(?:nology)? stack(?: summary| overview)?|technologies(?: we use)?|technologien|technologie|technologieën|tecnolog[íi]as|tecnologie|stack technologiczny|tools we use|(?:tech )?tags|keywords|stichwörter|mots[- ]clés|palabras clave',
  'rollen|om (?:stillingen|rollen|jobbet|teamet)|(?:vores|vår|vårt) stack|teknologier(?: vi (?:bruker|bruger))?',
]);

/** Words that, in a header of unknown wording, still tell its kind. */
export const PREFERRED_WORD =
  /\b(?:preferred|nice[- ]to[- ]have|bonus|plus|desirable|desired|wünschenswert|vorteil|atouts?|deseable|valorable)\b/;
export const REQUIREMENTS_WORD =
  /\b(?:qualifications?|requirements?|must|anforderungen|requisitos|profil|perfil)\b/;

/**
 * A requirements header with a qualifier after it ("Person specification – Desirable", "Skills –
 * essential", "Anforderungen: wünschenswert"): the qualifier decides. The normalised label keeps
 * only a hyphen of the dash or colon between, so each word break is tried.
 */
/** A qualifier alone is no head to qualify: "| Required | Bonus |" is a table's header row. */
const QUALIFIER =
  /^(?:required|must(?:[- ]haves?)?|muss|essential|mandatory|obligatoire|obligatorio|richiesto|vereist|niezbędne|obowiązkowe|indispensables?|imprescindibles?)$/;

function qualifiedLabel(label: string): SectionKind | null {
  for (let i = label.indexOf(' '); i > 0; i = label.indexOf(' ', i + 1)) {
    const head = label.slice(0, i);
    if (!REQUIREMENTS.test(head) || QUALIFIER.test(head)) continue;
    const tail = label.slice(label.startsWith('- ', i + 1) ? i + 3 : i + 1);
    if (PREFERRED.test(tail)) return 'preferred';
    if (REQUIREMENTS.test(tail)) return 'requirements';
  }
  return null;
}

/** Labels repeat across postings ("requirements", "nice to have"): recent answers are kept. */
export const kindOfLabel: (label: string) => SectionKind | null = boundedMemo(classifyLabel);

function classifyLabel(label: string): SectionKind | null {
  return PREFERRED.test(label)
    ? 'preferred'
    : REQUIREMENTS.test(label)
      ? 'requirements'
      : OTHER.test(label)
        ? 'other'
        : DUTIES.test(label)
          ? 'duties'
          : EMPLOYER.test(label)
            ? 'employer'
            : BENEFITS.test(label)
              ? 'benefits'
              : qualifiedLabel(label);
}

import { describe, expect, it } from 'vitest';
import { classifyLine, splitSections, tableColumns } from './headers';

const kindOf = (line: string) => classifyLine(line)?.kind;

describe('header lines', () => {
  it.each([
    ['Requirements', 'requirements'],
    ['QUALIFICATIONS', 'requirements'],
    ['Minimum qualifications:', 'requirements'],
    ['## What you bring', 'requirements'],
    ['**Must have**', 'requirements'],
    ['You have:', 'requirements'],
    ["You'll have", 'requirements'],
    ['You will bring:', 'requirements'],
    ["What we're looking for", 'requirements'],
    ['What We’re Looking For', 'requirements'],
    ['Basic Qualifications', 'requirements'],
    ['🎯 Requirements', 'requirements'],
    ['1. Qualifications', 'requirements'],
    ['Anforderungen', 'requirements'],
    ['Dein Profil', 'requirements'],
    ['Ihr Profil:', 'requirements'],
    ['Was du mitbringst', 'requirements'],
    ['Profil recherché', 'requirements'],
    ['Compétences requises', 'requirements'],
    ['Qualifications requises', 'requirements'],
    ['Requisitos', 'requirements'],
    ['Requerimientos:', 'requirements'],
    ['Lo que buscamos', 'requirements'],
    ['What we look for', 'requirements'],
    ['What we ask', 'requirements'],
    ['Qualifications – required', 'requirements'],
    ['Qualifications – preferred', 'preferred'],
    ['What they need:', 'requirements'],
    ["You'll fit in if you have", 'requirements'],
    ['You might be a good fit if you have', 'requirements'],
    ['Stack summary', 'other'],
    ['Person specification', 'requirements'],
    ['Essential:', 'requirements'],
    ['ESSENTIAL', 'requirements'],
    ['You probably have', 'requirements'],
    ['Nice extras', 'preferred'],
    ['Desirable criteria', 'preferred'],
    ['Pré’s', 'preferred'],
    ['Ce qui fera la différence', 'preferred'],
    ['You might be a fit if you have:', 'requirements'],
    ['Pré', 'preferred'],
    ['Costituiscono un plus', 'preferred'],
    ['Bonuses', 'preferred'],
    ['Attività principali', 'duties'],
    ['You probably', 'requirements'],
    ['Vi tror att du', 'requirements'],
    ['Wat vragen ze?', 'requirements'],
    ['Valorizamos', 'preferred'],
    ['Será valorizado', 'preferred'],
    ['Serão valorizados:', 'preferred'],
    ['About Machine Learning at Acme', 'employer'],
    ['Our interview process', 'benefits'],
    ["What you'll get", 'benefits'],
    ['What you get in return:', 'benefits'],
    ['Interview loop (about 3 weeks)', 'benefits'],
    ['Our hiring steps', 'benefits'],
    ['Salary & benefits', 'benefits'],
    ['Compensation and perks:', 'benefits'],
    ['Your benefits', 'benefits'],
    ['The package', 'benefits'],
    ['Total rewards', 'benefits'],
    ['What we can offer you', 'benefits'],
    ['In return you get:', 'benefits'],
    ['Next steps', 'benefits'],
    ["What you won't be doing", 'benefits'],
    ['Not required', 'benefits'],
    ["What you don't need:", 'benefits'],
    ['Nie wymagamy', 'benefits'],
    ['Nicht erforderlich:', 'benefits'],
    ['Nie wymagamy / Not required', 'benefits'],
    ['Wymagania / Requirements', 'requirements'],
    ["What this role isn't", 'benefits'],
    ['Out of scope', 'benefits'],
    ["What you won't do:", 'benefits'],
    ['What this role is not', 'benefits'],
    ['Not part of the role:', 'benefits'],
    ['NICHT deine Aufgabe:', 'benefits'],
    ['Nicht Teil der Stelle', 'benefits'],
    ['Was du nicht machst', 'benefits'],
    ['Ce que vous ne ferez pas :', 'benefits'],
    ['Hors périmètre', 'benefits'],
    ['Lo que no harás:', 'benefits'],
    ['Cosa non farai:', 'benefits'],
    ['Di cosa non ti occuperai', 'benefits'],
    ['Wat je niet doet:', 'benefits'],
    ['O que você NÃO vai fazer:', 'benefits'],
    ['CZEGO NIE BĘDZIESZ ROBIĆ', 'benefits'],
    ['Vad du inte kommer att göra', 'benefits'],
    ['Was nicht zu deinen Aufgaben gehört:', 'benefits'],
    ['Dit ga je niet doen', 'benefits'],
    ['THE CLIENT', 'employer'],
    ['About our client', 'employer'],
    ['Unser Kunde', 'employer'],
    ['Le client', 'employer'],
    ['El cliente', 'employer'],
    // The job's own duties, worded alike.
    ['Ce que vous ferez', 'duties'],
    ['Cosa farai', 'duties'],
    ['Lo que harás', 'duties'],
    ["What you'll do", 'duties'],
    ['Hiring process:', 'benefits'],
    ['Processus de recrutement', 'benefits'],
    ['Unser Bewerbungsprozess', 'benefits'],
    ['About the role at Acme', undefined],
    ['Vi tilbyder', 'benefits'],
    ['Hva vi tilbyr:', 'benefits'],
    ['Tarjoamme', 'benefits'],
    ['Co nabízíme', 'benefits'],
    ['Neler sunuyoruz?', 'benefits'],
    ['Om os', 'employer'],
    ['How we work', 'employer'],
    ['Pourquoi nous rejoindre ?', 'benefits'],
    ['Por qué unirte', 'benefits'],
    ['Perché lavorare con noi', 'benefits'],
    ['Our operating principles', 'employer'],
    ['Tech at Acme (for context)', 'employer'],
    ['Engineering at Acme Labs', 'employer'],
    ['THE COMPANY IN 30 SECONDS', 'employer'],
    ['The client', 'employer'],
    ['CLIENT:', 'employer'],
    ['Company overview', 'employer'],
    ['Our ways of working', 'employer'],
    ['Wie wir arbeiten', 'employer'],
    ['Så jobbar vi', 'employer'],
    ['Om Solvik Kraft', 'employer'],
    ['Om stillingen', 'other'],
    ['Kdo jsme', 'employer'],
    ['Hakkımızda', 'employer'],
    ['Meistä', 'employer'],
    ['Dine opgaver', 'duties'],
    ['Arbeidsoppgaver', 'duties'],
    ['Tehtävät', 'duties'],
    ['Co tě čeká', 'duties'],
    ['Hvem er du?', 'requirements'],
    ['Odotamme sinulta', 'requirements'],
    ['Co bys měl/a umět', 'requirements'],
    ['Aranan nitelikler', 'requirements'],
    ['Det er en fordel, hvis du har', 'preferred'],
    ['Eduksi katsomme', 'preferred'],
    ['Výhodou', 'preferred'],
    ['Tercih sebebi', 'preferred'],
    ['Du kommer att', 'duties'],
    ['Waar gaat het om?', 'duties'],
    ['Requisiti', 'requirements'],
    ['Competenze richieste:', 'requirements'],
    ['Il profilo che cerchiamo', 'requirements'],
    ['Wat vragen we?', 'requirements'],
    ['Wie ben jij?', 'requirements'],
    ['Functie-eisen', 'requirements'],
    ['O que buscamos', 'requirements'],
    ['Requisitos obrigatórios', 'requirements'],
    ['Wymagania', 'requirements'],
    ['Czego oczekujemy?', 'requirements'],
    ['Vi söker dig som har', 'requirements'],
    ['Kvalifikationer', 'requirements'],
    ['Costituiscono titolo preferenziale', 'preferred'],
    ['Graditi', 'preferred'],
    ['Pluspunten', 'preferred'],
    ['Een pré', 'preferred'],
    ['Diferenciais', 'preferred'],
    ['Desejável:', 'preferred'],
    ['Mile widziane', 'preferred'],
    ['Dodatkowym atutem będzie', 'preferred'],
    ['Meriterande', 'preferred'],
    ['Wat ga je doen?', 'duties'],
    ['Di cosa ti occuperai', 'duties'],
    ['Atividades', 'duties'],
    ['Zakres obowiązków', 'duties'],
    ['Arbetsuppgifter', 'duties'],
    ['Over ons', 'employer'],
    ['Over Versteeg', 'employer'],
    ['Quem somos', 'employer'],
    ['O nas', 'employer'],
    ['O projekcie', 'employer'],
    ['Projekt', 'employer'],
    ['Le projet', 'employer'],
    ['The project', 'employer'],
    ['Om oss', 'employer'],
    ['Over het team', 'other'],
    ['Wat bieden wij?', 'benefits'],
    ['Benefícios', 'benefits'],
    ['Oferujemy', 'benefits'],
    ['Vi erbjuder', 'benefits'],
    ['Preferred qualifications', 'preferred'],
    ['It would be great if you also have', 'preferred'],
    ['Great if you also have', 'preferred'],
    ['Nice if you know', 'preferred'],
    ['Handy if you know:', 'preferred'],
    ['O que eles pedem', 'requirements'],
    ['Lo que piden', 'requirements'],
    ["Ce qu'ils recherchent", 'requirements'],
    ['O que a pessoa vai fazer', 'duties'],
    ['What would help', 'preferred'],
    ['Nice to have', 'preferred'],
    ['NICE-TO-HAVE:', 'preferred'],
    ['Bonus points', 'preferred'],
    ['Pluses', 'preferred'],
    ['Desirable', 'preferred'],
    ['Extra credit', 'preferred'],
    ['Good to have:', 'preferred'],
    ['✨ Bonus Points', 'preferred'],
    ['Wünschenswert', 'preferred'],
    ['Von Vorteil', 'preferred'],
    ['Atouts', 'preferred'],
    ['Un plus', 'preferred'],
    ['Deseable', 'preferred'],
    ['Valorable', 'preferred'],
    ['Se valorará', 'preferred'],
    ['About us', 'employer'],
    ['🚀 ABOUT OPTISIGHT', 'employer'],
    ['Who we are', 'employer'],
    ['Wer wir sind', 'employer'],
    ['Qui sommes-nous ?', 'employer'],
    ['Chi siamo', 'employer'],
    ['Responsibilities', 'duties'],
    ["What you'll do", 'duties'],
    ['Benefits', 'benefits'],
    ['PERKS', 'benefits'],
    ['What we offer', 'benefits'],
    ['Wir bieten', 'benefits'],
    ['Deine Aufgaben', 'duties'],
    ['About the role', 'other'],
    ['The Role', 'other'],
    ['Life in the Data Guild', 'benefits'],
    ['Our engineering principles', 'employer'],
    ['Learning and career progression', 'benefits'],
    ['Career development', 'benefits'],
  ])('%s → %s', (line, kind) => expect(kindOf(line)).toBe(kind));

  it('passes the gate for headers opening with a contraction or a growth word', () => {
    const text = "Requirements\n- Go\n\nWhat's in it for you\n- Gym\n\nLearning and growth\n- Budget";
    expect(splitSections(text).map((s) => s.kind)).toEqual(['requirements', 'benefits', 'benefits']);
  });

  it.each([
    "What You'll Need",
    'Who You Are',
    'Your Skills',
    'Skills',
    'Key Skills',
    'Technical Skills',
    'Experience & Skills',
    'What we need from you',
    'What you need to have',
    'Your qualifications',
    'Job Requirements',
    'Candidate Profile',
    'Required Skills',
    'Required Experience',
    'About You',
    "You'll thrive if you have",
    'You might be a good fit if',
    "We're excited about you if",
    'Ideal candidate',
    'The ideal candidate will have',
    'To succeed in this role',
    'What it takes',
    'What makes you a great fit',
    'Must-haves:',
    'Essential skills',
    'Knowledge, skills and abilities',
    "Skills and experience we're looking for",
    'Who we are looking for',
    "Who we're looking for",
    'Your toolkit',
    'Requirements & Skills',
    'Your Experience',
    'Your Background',
    'What you should have',
    'You should have',
    'Minimum Requirements',
    'Basic Requirements',
    'Position Requirements',
    'Qualifications & Experience',
    'What you will bring',
    'What You Bring to the Team',
    'Skills & Qualifications',
    'We are looking for',
    "We're looking for someone who has",
    'Is this you?',
    'You are',
    'Was Sie mitbringen',
    'Deine Skills',
    'Dein Profil:',
    'Das bringst du mit',
    'Ton profil',
    'Le profil recherché',
    'Compétences',
    'Perfil buscado',
    'Requisitos del puesto',
    'Qué necesitas',
  ])('requirements header: %s', (line) => expect(kindOf(line)).toBe('requirements'));

  it.each([
    'Preferred Skills',
    'Preferred Experience',
    'Bonus Skills',
    'Nice-to-haves',
    'Nice to haves:',
    'Bonus if you have',
    "It's a bonus if you",
    'Even better if you have',
    'Additional qualifications',
    'Desired skills',
    'Desired Qualifications',
    'What would make you stand out',
    'Would be nice',
    'Pluses:',
    'Plus points',
    'Big plus',
    'Not required, but nice',
    'Preferred, not required',
    'Ideally, you also have',
    'Extra points for',
    'Bonus Points If You Have',
    'Wünschenswert wäre',
    'Idealerweise bringst du mit',
    'Ce serait un plus',
    'Serait un plus',
    'Atouts supplémentaires',
    'Se valorará positivamente',
    'Valorable:',
    'Deseable:',
    'Plus',
    'Nice to have (not required)',
  ])('preferred header: %s', (line) => expect(kindOf(line)).toBe('preferred'));

  it('does not take a sentence that starts like a header for one', () => {
    expect(classifyLine('We are looking for a senior engineer to lead our platform team')).toBeNull();
    expect(classifyLine('You will thrive if you like fast feedback loops and clear ownership.')).toBeNull();
  });

  it('does not take bullets or prose for headers', () => {
    expect(classifyLine('- Python')).toBeNull();
    expect(classifyLine('• Experience with Python and SQL')).toBeNull();
    expect(classifyLine('Kafka is a plus')).toBeNull();
    expect(kindOf('Client projects')).not.toBe('employer');
    expect(kindOf('The client side')).not.toBe('employer');
    expect(kindOf('Company: Confidential client via Brightwater Tech Search')).not.toBe('employer');
    expect(classifyLine('Requirements gathering with stakeholders is part of the job.')).toBeNull();
    expect(classifyLine('We build ranking models that serve millions of users every day.')).toBeNull();
  });

  it('reads inline labels as governing their own line', () => {
    expect(classifyLine('Stack: TypeScript, Node.js, PostgreSQL')).toEqual({ kind: 'other', inline: true });
    expect(classifyLine('Tags: python sql kafka')).toEqual({ kind: 'other', inline: true });
    expect(classifyLine('Nice to have: Spark, Kafka')).toEqual({ kind: 'preferred', inline: true });
    expect(classifyLine('Requirements: Python, SQL')).toEqual({ kind: 'requirements', inline: true });
    expect(classifyLine('Note: we are remote-first')).toBeNull();
  });

  it('reads a technology label in the posting languages as an inline label', () => {
    expect(classifyLine('Technologie: C++, Unreal Engine 5, Perforce')).toEqual({
      kind: 'other',
      inline: true,
    });
    expect(classifyLine('Technologien: Java, Kafka')).toEqual({ kind: 'other', inline: true });
    expect(classifyLine('Tecnologías: Python, AWS')).toEqual({ kind: 'other', inline: true });
    expect(classifyLine('Stack technologiczny: React, Node.js')).toEqual({ kind: 'other', inline: true });
    expect(classifyLine('Technologie ist unsere Leidenschaft, seit 1998.')).toBeNull();
    expect(classifyLine('Tecnologías de vanguardia para nuestros clientes en toda Europa.')).toBeNull();
  });

  it('treats an unknown formatted header as a sub-header that keeps the current kind', () => {
    expect(classifyLine('TECHNICAL STACK')).toEqual({ kind: null, inline: false });
  });
});

describe('splitSections', () => {
  it("ends the employer's text at any header, even one of unknown wording", () => {
    const text = 'ABOUT US\nWe build robots.\nSTUFF WE BUILD ON\n- Python\nWhat we offer\n- Lunch';
    const spans = splitSections(text);
    const at = (s: string) => spans.find((x) => x.start <= text.indexOf(s) && text.indexOf(s) < x.end)?.kind;
    expect(at('robots')).toBe('employer');
    expect(at('Python')).toBe('other');
    expect(at('Lunch')).toBe('benefits');
  });

  it('gives the cells of a table the kind its header row names for their column', () => {
    const text =
      'Skills\n| Required | Bonus |\n|---|---|\n| Python | Kafka |\n| SQL | |\n\nBenefits\n- Lunch';
    const spans = splitSections(text);
    const at = (s: string) => spans.find((x) => x.start <= text.indexOf(s) && text.indexOf(s) < x.end)?.kind;
    expect([at('Python'), at('Kafka'), at('SQL'), at('Lunch')]).toEqual([
      'requirements',
      'preferred',
      'requirements',
      'benefits',
    ]);
    // A table whose header row names no asks is read as text.
    expect(tableColumns('| Step | What | Length |')).toBeNull();
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBe(spans[i - 1]?.end);
  });

  it('reads criteria coded E1 / D1 as essential / desirable when the posting says so', () => {
    const coded = 'Person specification\nE1. Python\nD1. Kafka\nE2. SQL\n';
    const at = (text: string, s: string) =>
      splitSections(text).find((x) => x.start <= text.indexOf(s) && text.indexOf(s) < x.end)?.kind;
    const text = `${coded}\nCriteria: E = essential, D = desirable.`;
    expect([at(text, 'Python'), at(text, 'Kafka'), at(text, 'SQL')]).toEqual([
      'requirements',
      'preferred',
      'requirements',
    ]);
    // Without the legend, "D1." is no code (a list may be numbered D1, D2... for anything).
    expect(at(coded, 'Kafka')).toBe('requirements');
  });

  it('splits a posting by its headers', () => {
    const text = 'Acme builds things.\nRequirements:\n- Python\nNice to have: Go\n- SQL\nBenefits\n- Lunch';
    const spans = splitSections(text);
    const at = (s: string) => spans.find((x) => x.start <= text.indexOf(s) && text.indexOf(s) < x.end)?.kind;
    expect(at('Acme')).toBe('other');
    expect(at('Python')).toBe('requirements');
    expect(at('Go')).toBe('preferred');
    expect(at('SQL')).toBe('requirements');
    expect(at('Lunch')).toBe('benefits');
    expect(spans[0]?.start).toBe(0);
    expect(spans[spans.length - 1]?.end).toBe(text.length);
  });
});

describe('headers of Danish, Norwegian, Finnish, Turkish and Czech postings', () => {
  /** The kind of each header's section, read through splitSections (the gate included). */
  const kinds = (headers: string[]) =>
    splitSections(headers.map((h) => `${h}\n- Python and SQL every day`).join('\n\n')).map((s) => s.kind);

  it.each([
    [
      [
        'Om Nordlys',
        'Om rollen',
        'Dine arbeidsoppgaver',
        'Kvalifikasjoner',
        'Det er et plus hvis du har',
        'Hva vi tilbyr',
      ],
    ],
    [['Om os', 'Dine opgaver', 'Hvem er du', 'Det er en fordel', 'Vi tilbyder dig']],
    [['Keitä olemme', 'Työtehtävät', 'Edellytämme', 'Katsomme eduksi', 'Mitä tarjoamme']],
    [['Hakkımızda', 'Görev Tanımı', 'Aranan Nitelikler', 'Tercih Nedenleri', 'Size Sunduklarımız']],
    [['O společnosti', 'Náplň práce', 'Co od tebe očekáváme', 'Výhodou je', 'Co ti nabízíme']],
  ])('%j', (headers) => {
    const expected = ['employer', 'other', 'duties', 'requirements', 'preferred', 'benefits'];
    // Each list above opens with the employer; the Norwegian one also has an "about the role".
    const want = headers.length === 6 ? expected : expected.filter((k) => k !== 'other');
    expect(kinds(headers)).toEqual(want);
  });

  it('reads a Turkish capital İ and a Czech "měl/a" slash', () => {
    expect(kindOf('İş Tanımı')).toBe('duties');
    expect(kindOf('Co byste měl/a znát')).toBe('requirements');
  });

  it('reads a lead-in to the list below as its header', () => {
    expect(kindOf('Gradita la conoscenza di')).toBe('preferred');
    expect(kindOf('Von Vorteil sind Kenntnisse in')).toBe('preferred');
    expect(kindOf('Nice to have: experience with')).toBe('preferred');
    expect(kindOf('Mile widziana znajomość')).toBe('preferred');
    expect(kindOf('Requisiti: la conoscenza di')).toBe('requirements');
    expect(kindOf("It'd be nice if you have")).toBe('preferred');
    expect(kindOf("You'd ideally have:")).toBe('preferred');
  });

  it('reads a recruiter\'s "The Person" and "You\'ll likely have" as requirements', () => {
    expect(kindOf('The Person:')).toBe('requirements');
    expect(kindOf('About the candidate')).toBe('requirements');
    expect(kindOf("You'll likely have")).toBe('requirements');
  });

  it('lets every first word of a known header through the gate', () => {
    const text =
      'Valorizamos\n- Kafka\n\nComo trabalhamos\nSomos 50 pessoas em Lisboa.\n\n' +
      'Processo de recrutamento\nDuas entrevistas.\n\nO desafio\nConstruir a plataforma.\n\n' +
      'Niezbędne\n- Java\n\nJak pracujemy\nPracujemy w Scrumie.\n\nHelpful\n- Rust';
    const at = (s: string) =>
      splitSections(text).find((x) => x.start <= text.indexOf(s) && text.indexOf(s) < x.end)?.kind;
    expect([at('Kafka'), at('Somos'), at('Duas'), at('Construir')]).toEqual([
      'preferred',
      'employer',
      'benefits',
      'other',
    ]);
    expect([at('Java'), at('Pracujemy'), at('Rust')]).toEqual(['requirements', 'employer', 'preferred']);
  });

  it('reads "about the job" in the posting languages as no employer header, and the terms of the contract as benefits', () => {
    expect(kindOf('Sobre a vaga')).toBe('other');
    expect(kindOf('Sobre a Lumora')).toBe('employer');
    expect(kindOf('Über die Stelle')).toBe('other');
    expect(kindOf('Sobre el puesto')).toBe('other');
    expect(kindOf('Condições')).toBe('benefits');
    expect(kindOf('Condiciones de trabajo')).toBe('benefits');
    expect(kindOf('Como funciona o trabalho')).toBe('employer');
  });

  it('reads more headers of German, French, Spanish, Dutch, Polish and Italian postings', () => {
    expect(kindOf('Das erwartet dich')).toBe('duties');
    expect(kindOf('Deine Mission')).toBe('duties');
    expect(kindOf('Votre mission')).toBe('duties');
    expect(kindOf('Twoja rola')).toBe('duties');
    expect(kindOf('Sobre Pagamás')).toBe('employer');
    expect(kindOf('Over Waterland Energie')).toBe('employer');
    expect(kindOf('Il nostro modo di lavorare')).toBe('employer');
    expect(kindOf('Notre environnement technique')).toBe('employer');
    expect(kindOf('Unser Entwicklungsumfeld')).toBe('employer');
    expect(kindOf('Dein Bewerbungsprozess')).toBe('benefits');
    expect(kindOf('De procedure')).toBe('benefits');
    expect(kindOf('El equipo')).toBe('other');
    expect(kindOf("L'équipe")).toBe('other');
    expect(kindOf('Descripción')).toBe('other');
    const text = "Profil\n- Python\n\nL'équipe\nNous sommes 8.\n\nSo arbeiten wir\nAgil.";
    const at = (s: string) =>
      splitSections(text).find((x) => x.start <= text.indexOf(s) && text.indexOf(s) < x.end)?.kind;
    expect([at('Python'), at('Nous'), at('Agil')]).toEqual(['requirements', 'other', 'employer']);
  });

  it("reads the employer's name after 'Über' or 'À propos de', pay and hiring steps, and 'Serait un plus'", () => {
    const text =
      'Über Lenzhofer\nWir bauen Maschinen.\n\nVotre rôle\nConcevoir.\n\nSerait un plus\n- Kafka\n\n' +
      "Rémunération et avantages\nTickets restaurant.\n\nÀ propos d'Agrivue\nNous sommes 20.\n\n" +
      'Nuestra forma de trabajar\nRemoto.\n\nEtapas do processo\nDuas entrevistas.';
    const at = (s: string) =>
      splitSections(text).find((x) => x.start <= text.indexOf(s) && text.indexOf(s) < x.end)?.kind;
    expect([at('Wir bauen'), at('Concevoir'), at('Kafka'), at('Tickets')]).toEqual([
      'employer',
      'duties',
      'preferred',
      'benefits',
    ]);
    expect([at('Nous sommes'), at('Remoto'), at('Duas')]).toEqual(['employer', 'employer', 'benefits']);
    expect(kindOf('Über die Stelle')).toBe('other');
    expect(kindOf('À propos du poste')).toBe('other');
  });

  it("reads a recruiter's benefits header about the client", () => {
    expect(kindOf('Das bietet unser Kunde:')).toBe('benefits');
    expect(kindOf('What our client offers')).toBe('benefits');
    expect(kindOf('Ce que notre client propose')).toBe('benefits');
    expect(kindOf('Lo que ofrece nuestro cliente')).toBe('benefits');
  });

  it('reads a bulleted inline label of preferred asks in the posting languages', () => {
    const text =
      'Requisiti\n- Python\n- Costituiscono titolo preferenziale: Kafka, Flink\n- SQL\n' +
      'Requisitos\n- Java\n- Valorizamos: Docker\n- Git';
    const at = (s: string) =>
      splitSections(text).find((x) => x.start <= text.indexOf(s) && text.indexOf(s) < x.end)?.kind;
    expect([at('Python'), at('Kafka'), at('SQL')]).toEqual(['requirements', 'preferred', 'requirements']);
    expect([at('Java'), at('Docker'), at('Git')]).toEqual(['requirements', 'preferred', 'requirements']);
  });

  it('reads "not required but welcome" and a bulleted "pré:" label as preferred', () => {
    expect(kindOf('Not required, but appreciated')).toBe('preferred');
    const text = 'Profiel\n- Python\n- pré: Kafka, Flink\n- SQL';
    const at = (s: string) =>
      splitSections(text).find((x) => x.start <= text.indexOf(s) && text.indexOf(s) < x.end)?.kind;
    expect([at('Python'), at('Kafka'), at('SQL')]).toEqual(['requirements', 'preferred', 'requirements']);
  });

  it('reads one-word must labels, more duties and benefits wordings and "Why <company>"', () => {
    const text = [
      'Why Acme\n- Python conference budget',
      'As a Data Engineer you will:\n- run Kafka',
      'Required\n- SQL',
      'Valoraremos\n- Docker',
      'Nos avantages\n- Java lunch club',
    ].join('\n\n');
    // "Why Acme" lists the reasons to join: its perks.
    expect(splitSections(text).map((s) => s.kind)).toEqual([
      'benefits',
      'duties',
      'requirements',
      'preferred',
      'benefits',
    ]);
    expect(kindOf('Why Prairie Federal')).toBe('benefits');
    expect(kindOf('Why join us?')).toBe('benefits');
    expect(kindOf("Why we're hiring")).toBeUndefined();
    expect(kindOf('Imprescindible:')).toBe('requirements');
    expect(kindOf("What you'd be doing")).toBe('duties');
    expect(kindOf('Why this role')).toBeUndefined();
  });

  it('reads "Why <company>" in the other posting languages as its perks', () => {
    expect(kindOf('Warum Nordlicht?')).toBe('benefits');
    expect(kindOf('¿Por qué Acme?')).toBe('benefits');
    expect(kindOf('Waarom werken bij Acme')).toBe('benefits');
    expect(kindOf('Dlaczego my?')).toBe('benefits');
    expect(kindOf('Warum diese Rolle?')).toBeUndefined();
    expect(kindOf('¿Por qué este puesto?')).toBeUndefined();
    const text = 'Requisitos\n- Python\n\nWarum Nordlicht?\nSchulungen zu Kubernetes und Terraform';
    expect(splitSections(text).map((x) => x.kind)).toEqual(['requirements', 'benefits']);
  });

  it('reads short English and German labels of preferred asks', () => {
    expect(classifyLine('Nice: Rust, gRPC')).toEqual({ kind: 'preferred', inline: true });
    expect(kindOf('Das wäre ein Plus')).toBe('preferred');
    expect(kindOf("You'll fit right in if you")).toBe('requirements');
    expect(kindOf("You'll need:")).toBe('requirements');
    expect(kindOf('What the client is looking for')).toBe('requirements');
    expect(kindOf('What you get')).toBe('benefits');
    expect(kindOf('Essential Functions')).toBe('duties');
  });

  it('reads a requirements header with a qualifier after a dash as the qualifier says', () => {
    expect(kindOf('Person specification – Desirable')).toBe('preferred');
    expect(kindOf('Person specification – Essential')).toBe('requirements');
    expect(kindOf('Skills - Desirable')).toBe('preferred');
    expect(kindOf('Anforderungen – wünschenswert')).toBe('preferred');
    expect(kindOf('Requisitos - deseables')).toBe('preferred');
    expect(kindOf('Desirable criteria')).toBe('preferred');
    expect(kindOf('About the team - Essential')).toBeUndefined();
  });

  it('reads a plus with a word of degree as preferred', () => {
    expect(kindOf('Strong plus')).toBe('preferred');
    expect(kindOf('Huge bonus:')).toBe('preferred');
    expect(kindOf('A definite advantage')).toBe('preferred');
    expect(kindOf('Advantageous')).toBe('preferred');
    expect(classifyLine('Real plus: Rust, Zig')).toEqual({ kind: 'preferred', inline: true });
    const text = 'You have\n- Go\n\nStrong plus\n- Rust';
    expect(splitSections(text).map((x) => x.kind)).toEqual(['requirements', 'preferred']);
    expect(kindOf('Strong communication skills')).toBeUndefined();
    expect(kindOf('Your advantages')).toBeUndefined();
  });

  it.each([
    'Also nice',
    'Definitely a plus:',
    'Brownie points for',
    'Even better',
    "You'll stand out if you have",
    'What will set you apart',
    "What we'd love to see",
    'Desirable but not essential',
    'Not essential, but helpful',
    'Plus if you have',
    'Optional extras',
    'What might help',
    'Helpful skills',
    'Advantageous experience',
  ])('reads the English plus header %s as preferred', (line) => {
    expect(kindOf(line)).toBe('preferred');
  });

  it.each([
    'What you bring to the table',
    "What we're looking for in you",
    'What the role requires',
    'Ideal candidate',
  ])('reads the English header %s as requirements', (line) => {
    expect(kindOf(line)).toBe('requirements');
    expect(splitSections(`${line}\n- Rust`).map((x) => x.kind)).toEqual(['requirements']);
  });

  it.each([
    ['Was Sie mitbringen sollten', 'requirements'],
    ['Was wir uns von dir wünschen', 'requirements'],
    ['Ihre Qualifikationen:', 'requirements'],
    ['Das zeichnet dich aus', 'requirements'],
    ['Damit überzeugst du uns', 'requirements'],
    ['Plus, wenn du', 'preferred'],
    ['Was du idealerweise mitbringst', 'preferred'],
    ['Ce que nous attendons de vous', 'requirements'],
    ['Ce que tu apportes', 'requirements'],
    ['Vous avez :', 'requirements'],
    ['Savoir-être', 'requirements'],
    ['Compétences souhaitées', 'preferred'],
    ['Les plus qui feront la différence', 'preferred'],
    ['¿Qué pedimos?', 'requirements'],
    ['Te buscamos si tienes', 'requirements'],
    ['Qué valoramos', 'preferred'],
    ['Requisitos valorables', 'preferred'],
    ['Requisitos e qualificações', 'requirements'],
    ['Qualifiche richieste', 'requirements'],
    ['Costituirà titolo preferenziale', 'preferred'],
    ['Ihr Aufgabengebiet', 'duties'],
    ['Deine Verantwortung', 'duties'],
    ['Missions principales', 'duties'],
    ['Au quotidien, vous allez', 'duties'],
    ['Tu día a día', 'duties'],
    ['Le tue responsabilità', 'duties'],
    ['Suas responsabilidades', 'duties'],
    ['Tu misión', 'duties'],
    ['Deine Vorteile', 'benefits'],
    ['Te ofrecemos', 'benefits'],
  ])('reads the header %s as %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
    expect(splitSections(`${line}\n- Rust`).map((x) => x.kind)).toEqual([kind]);
  });

  it('reads no header in a line that opens with one of the new first words', () => {
    expect(kindOf('Vous avez dit Kafka')).toBeUndefined();
    expect(kindOf('Te buscamos')).toBeUndefined();
    expect(kindOf('Au revoir')).toBeUndefined();
    expect(kindOf('Also, we use Kafka')).toBeUndefined();
    expect(kindOf('Ideal for')).toBeUndefined();
    expect(kindOf('Advantages')).toBeUndefined();
  });

  it("reads a recruiter's header of what the client or the recruiter is after as requirements", () => {
    expect(kindOf("What they're after:")).toBe('requirements');
    expect(kindOf('What my client needs:')).toBe('requirements');
    expect(kindOf('What the client is after')).toBe('requirements');
    expect(kindOf("What I'm looking for")).toBe('requirements');
    expect(kindOf("What we're after")).toBe('requirements');
    expect(kindOf('What my client would love to see')).toBe('preferred');
  });

  it('reads the Polish civil-service headers', () => {
    expect(kindOf('Wymagania niezbędne:')).toBe('requirements');
    expect(kindOf('Wymagania dodatkowe:')).toBe('preferred');
  });
});

describe('headers of Hungarian, Romanian, South Slavic, Baltic, Greek, Russian and Ukrainian postings', () => {
  const kinds = (headers: string[]) =>
    splitSections(headers.map((h) => `${h}\n- Python and SQL every day`).join('\n\n')).map((s) => s.kind);

  it.each([
    [['Rólunk', 'Feladataid', 'Elvárások', 'Előnyt jelent', 'Amit kínálunk']],
    [['Despre noi', 'Responsabilități', 'Cerințe', 'Constituie un avantaj', 'Ce oferim']],
    [['O nama', 'Opis posla', 'Što očekujemo', 'Prednost', 'Nudimo']],
    [['Meist', 'Tööülesanded', 'Nõuded', 'Kasuks tuleb', 'Pakume']],
    [['Apie mus', 'Pareigos', 'Reikalavimai', 'Privalumas', 'Ką siūlome']],
    [['Par mums', 'Galvenie pienākumi', 'Prasības', 'Priekšrocība', 'Mēs piedāvājam']],
    [['Σχετικά με εμάς', 'Αρμοδιότητες', 'Απαιτήσεις', 'Επιθυμητά προσόντα', 'Προσφέρουμε']],
    [['О компании', 'Обязанности', 'Требования', 'Будет плюсом', 'Мы предлагаем']],
    [['Про нас', "Обов'язки", 'Вимоги', 'Буде перевагою', 'Ми пропонуємо']],
  ])('%j', (headers) => {
    expect(kinds(headers)).toEqual(['employer', 'duties', 'requirements', 'preferred', 'benefits']);
  });
});

describe('a table whose columns are marks', () => {
  it('gives each row the kind of the column it marks', () => {
    const t =
      'REQUIREMENTS vs. NICE-TO-HAVES\n\n| Skill                          | Must have | Nice to have |\n|--------------------------------|-----------|--------------|\n| Python, PyTorch                |     X     |              |\n| Kubernetes                     |           |      X       |\n';
    const kinds = splitSections(t).map((s) => `${s.kind}:${t.slice(s.start, s.end).trim().slice(0, 12)}`);
    expect(kinds).toContain('requirements:| Python, Py');
    expect(kinds).toContain('preferred:| Kubernetes');
  });
});

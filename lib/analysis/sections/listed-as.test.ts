import { describe, expect, it } from 'vitest';
import { TEST_MATCHER } from '../../../tests/support/matcher';
import { analyzePostingWith } from '../index';

/** "skill:listedAs" for each mention. */
function listed(text: string): string[] {
  return analyzePostingWith({ text }, TEST_MATCHER).mentions.map((m) => `${m.skill}:${m.listedAs}`);
}

describe('listedAs', () => {
  it('is required in requirement sections and preferred in preferred ones', () => {
    expect(
      listed(
        'Requirements\n- Python\n- Docker\n\nNice to have\n- Kubernetes\n\nThe team\n- We write SQL daily',
      ),
    ).toEqual(['python:required', 'docker:required', 'kubernetes:preferred', 'sql:unspecified']);
  });
  it('follows inline optional phrasing, even inside a requirements section', () => {
    expect(listed('Qualifications:\n• Python\n• Kafka is a plus\n• Bonus if you know Terraform')).toEqual([
      'python:required',
      'kafka:preferred',
      'terraform:preferred',
    ]);
    expect(listed('Familiarity with Docker, Kubernetes, and Terraform is nice.')).toEqual([
      'docker:preferred',
      'kubernetes:preferred',
      'terraform:preferred',
    ]);
    expect(listed('Ideally you have used MLflow.')).toEqual(['mlflow:preferred']);
    expect(listed('Experience with Kafka would be great.')).toEqual(['kafka:preferred']);
    expect(listed('PyTorch preferred.')).toEqual(['pytorch:preferred']);
  });
  it.each([
    'Kafka would be good.',
    'Kafka knowledge would be really useful.',
    'Kafka is good to have.',
    'Kafka is handy.',
    'Kafka is considered an asset.',
    'Exposure to Kafka is highly appreciated.',
    'Kafka experience is valued.',
    'If you know Kafka, even better.',
    'Kafka is a nice extra.',
    'Extra points for Kafka.',
    'Kafka experience counts in your favour.',
    'Kafka is a real differentiator.',
    "We'd love it if you knew Kafka.",
    "Kafka isn't required.",
    'Kafka is not mandatory.',
    'Kafka is not essential.',
    'Kafka is a huge advantage.',
  ])('reads the English plus in "%s" as preferred', (sentence) => {
    expect(listed(`Requirements\n- Python\n- ${sentence}`)).toEqual(['python:required', 'kafka:preferred']);
  });

  it.each([
    'Kafka ist kein Muss.',
    'Kafka ist nicht zwingend erforderlich.',
    "Kafka n'est pas obligatoire.",
    "Kafka n'est pas forcément requis.",
    'Kafka no es imprescindible.',
    'Kafka no es obligatorio.',
  ])('reads the negated must in "%s" as preferred', (sentence) => {
    expect(listed(`Requirements\n- Python\n- ${sentence}`)).toEqual(['python:required', 'kafka:preferred']);
    expect(listed(sentence.replace('Kafka', 'Docker'))).toEqual(['docker:preferred']);
  });

  it.each([
    'Kafka ist ein Muss.',
    'Kafka ist erforderlich.',
    'Kafka est obligatoire.',
    'Kafka es imprescindible.',
  ])('reads the must in "%s" as required', (sentence) => {
    expect(listed(sentence.replace('Kafka', 'Docker'))).toEqual(['docker:required']);
  });

  it.each([
    'Good Kafka skills.',
    'Kafka for our asset management platform.',
    'Kafka, for an extra 10 days of training.',
    'Our valued customers stream through Kafka.',
    'We love Kafka.',
    'Kafka is mandatory.',
    'Better Kafka skills than most.',
  ])('reads no plus in "%s"', (sentence) => {
    expect(listed(`Requirements\n- Python\n- ${sentence}`)).toEqual(['python:required', 'kafka:required']);
  });

  it('reads a plus after a list that a must phrase asks for as speaking for its own item', () => {
    expect(listed('They need someone who ships models - Python, Docker, some Kafka would be good.')).toEqual([
      'python:required',
      'docker:required',
      'kafka:preferred',
    ]);
    expect(listed('Familiarity with Docker, Kubernetes, and Terraform would be good.')).toEqual([
      'docker:preferred',
      'kubernetes:preferred',
      'terraform:preferred',
    ]);
    expect(listed('Python (required) – Docker, Kafka a plus.')).toEqual([
      'python:required',
      'docker:preferred',
      'kafka:preferred',
    ]);
  });

  it('reads must phrasing outside sections as required', () => {
    expect(listed('You will need SQL. Python is required. We use Docker.')).toEqual([
      'sql:required',
      'python:required',
      'docker:unspecified',
    ]);
    expect(listed('Docker is not required.')).toEqual(['docker:preferred']);
    expect(listed('Docker is not a must.')).toEqual(['docker:preferred']);
    expect(listed('Our services use Kafka, no prior experience needed.')).toEqual(['kafka:unspecified']);
  });
  it('reads "Nice if" opening a sentence as optional', () => {
    expect(listed('We use Python.\nNice if you have used Kafka or Docker.')).toEqual([
      'python:unspecified',
      'kafka:preferred',
      'docker:preferred',
    ]);
  });
  it('lets a bracketed phrase speak only for its own mention', () => {
    expect(listed('Requirements\n- Python, Docker, Kubernetes (preferred)')).toEqual([
      'python:required',
      'docker:required',
      'kubernetes:preferred',
    ]);
    expect(listed('Requirements\n- Python (Go a plus)')).toEqual(['python:required', 'go:preferred']);
  });
  it('lets a "(Preferred)" closing its line speak for the whole ask before it', () => {
    expect(listed('Qualifications\n- Python\n- Java or C++ for tooling (Preferred)')).toEqual([
      'python:required',
      'java:preferred',
      'cpp:preferred',
    ]);
    expect(listed('Qualifications\n- Cloud hosting (AWS, GCP) (preferred) – or keen to learn')).toEqual([
      'aws:preferred',
      'gcp:preferred',
    ]);
    // A bracket holding a mention speaks for what is inside it; commas part a line into asks.
    expect(listed('We write Java for services (AWS preferred)')).toEqual([
      'java:unspecified',
      'aws:preferred',
    ]);
    expect(listed('Qualifications\n- Java, Python, Kafka (preferred)')).toEqual([
      'java:required',
      'python:required',
      'kafka:preferred',
    ]);
  });
  it('lets "ideally" speak only for what follows it', () => {
    expect(listed('Our analysts know SQL, ideally also PostgreSQL.')).toEqual([
      'sql:unspecified',
      'postgresql:preferred',
    ]);
  });
  it('keeps the preferred option of a required ask required', () => {
    expect(listed('Requirements\n- A relational database, ideally PostgreSQL')).toEqual([
      'postgresql:required',
    ]);
    expect(listed('Requirements\n- One public cloud (AWS preferred, GCP fine)')).toEqual([
      'aws:required',
      'gcp:required',
    ]);
    expect(listed('Requirements\n- A JVM language – Java or C++ preferred')).toEqual([
      'java:required',
      'cpp:required',
    ]);
  });
  it('still reads a preference that stands as an ask of its own as preferred', () => {
    expect(listed('Requirements\n- Python\n- Ideally some Kafka')).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
    expect(listed('Requirements\n- Python required; Kafka preferred')).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
    expect(listed('Requirements\n- Experience with Kafka (preferred)')).toEqual(['kafka:preferred']);
    expect(listed('Nice to have\n- A cloud, ideally AWS')).toEqual(['aws:preferred']);
  });
  it('takes the nearer phrase when a sentence has both', () => {
    expect(listed('Python required, Docker a plus')).toEqual(['python:required', 'docker:preferred']);
  });
  it('lets an optional phrase reach back only to the start of its clause', () => {
    expect(
      listed(
        'You need Python, Docker and CI/CD, and you should explain models to a regulator, so experience with Terraform is a plus.',
      ),
    ).toEqual(['python:required', 'docker:required', 'ci-cd:required', 'terraform:preferred']);
    expect(listed('We run Docker, but we find Kubernetes a plus.')).toEqual([
      'docker:unspecified',
      'kubernetes:preferred',
    ]);
  });
  it('reads "helps" and "is helpful" after a skill as optional, not "helps us"', () => {
    expect(listed('Requirements\n- Reports in Tableau (dbt knowledge helps, we train you)')).toEqual([
      'tableau:required',
      'dbt:preferred',
    ]);
    expect(listed('Requirements\n- Python; Terraform experience is helpful')).toEqual([
      'python:required',
      'terraform:preferred',
    ]);
    expect(listed('Requirements\n- Rust helps us keep latency low; PostgreSQL')).toEqual([
      'rust:required',
      'postgresql:required',
    ]);
  });
  it('lets a phrase after a spaced dash speak for its own subject only', () => {
    expect(listed('Requirements\n- Deep Python and SQL – certifications welcome but not required')).toEqual([
      'python:required',
      'sql:required',
    ]);
    expect(listed('Requirements\n- Docker – Kafka is a plus')).toEqual([
      'docker:required',
      'kafka:preferred',
    ]);
    expect(listed('Requirements\n- Docker, Kafka – this would be a big plus')).toEqual([
      'docker:preferred',
      'kafka:preferred',
    ]);
  });
  it('keeps a list joined by ", and" or "and so on" in one clause', () => {
    expect(listed('Experience with Kafka, Docker, and Terraform is a plus.')).toEqual([
      'kafka:preferred',
      'docker:preferred',
      'terraform:preferred',
    ]);
    expect(listed('Docker, Kubernetes and so on are a plus.')).toEqual([
      'docker:preferred',
      'kubernetes:preferred',
    ]);
  });
  it('reads optional phrasing in other languages inside a requirements section', () => {
    expect(listed('Requisitos\n- Python; Kafka sería un plus')).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
    expect(listed('Profil\n- SQL\n- Sont appréciés : Docker et Kafka')).toEqual([
      'sql:required',
      'docker:preferred',
      'kafka:preferred',
    ]);
    expect(listed('Profiel\n- Python; ervaring met Kafka is mooi meegenomen')).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
    expect(listed('Profiel\n- Python\n- Docker is een pré')).toEqual(['python:required', 'docker:preferred']);
    expect(listed('Kvalifikasjoner\n- Python. Erfaring med Kafka er en fordel')).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
    expect(listed('Requisitos\n- SQL. Idealmente Kafka')).toEqual(['sql:required', 'kafka:preferred']);
    // Dutch "bij voorkeur", Portuguese "preferencialmente", Polish "preferowana": as "ideally",
    // a preference among the options of an ask leaves it required.
    expect(
      listed('Profiel\n- Python\n- Bij voorkeur ervaring met Kafka\n- Een cloud, bij voorkeur Azure'),
    ).toEqual(['python:required', 'kafka:preferred', 'azure:required']);
    expect(listed('Requisitos\n- SQL\n- Preferencialmente experiência com Airflow')).toEqual([
      'sql:required',
      'airflow:preferred',
    ]);
    expect(listed('Wymagania\n- Python\n- Znajomość Dockera preferowana')).toEqual([
      'python:required',
      'docker:preferred',
    ]);
    expect(listed('Nitelikler\n- Python\n- Kafka deneyimi tercih sebebidir')).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
  });
  it('reads optional phrasing of Hungarian, Romanian, Croatian and Russian postings', () => {
    expect(listed('Elvárások\n- Python\n- Kafka ismerete előnyt jelent')).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
    expect(listed('Cerințe\n- Python\n- Experiența cu Kafka constituie un avantaj')).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
    expect(listed('Uvjeti\n- Python\n- Kafka je prednost')).toEqual(['python:required', 'kafka:preferred']);
    expect(listed('Требования\n- Python\n- Опыт с Kafka будет плюсом')).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
  });
  it('does not read an ordinary "pre", "fordel" or "tercih" as optional', () => {
    expect(listed('Requirements\n- Python for pre-processing')).toEqual(['python:required']);
    expect(listed('Krav\n- Python; vi fordeler arbeidet med Kafka')).toEqual([
      'python:required',
      'kafka:required',
    ]);
  });
  it('reads "need to be fluent in" as an ask, "need to learn" as none', () => {
    expect(listed("You'll need to be fluent in SQL. You'll need to learn Kafka.")).toEqual([
      'sql:required',
      'kafka:unspecified',
    ]);
    expect(listed('You will need to be comfortable with Docker.')).toEqual(['docker:required']);
  });
  it("lets a job board's skill tags make a skill required, but not one the body calls a plus", () => {
    const summary = (text: string) =>
      analyzePostingWith({ text }, TEST_MATCHER).skills.map((s) => `${s.id}:${s.listedAs}`);
    const body = 'Requirements\n- Python\n\nNice to have\n- Kafka\n\n';
    expect(summary(`${body}Skills: Python · Kafka · Docker`)).toEqual([
      'python:required',
      'kafka:preferred',
      'docker:required',
    ]);
    expect(summary(`${body}skills: python kafka docker`)).toEqual([
      'python:required',
      'kafka:preferred',
      'docker:required',
    ]);
    // Not tags: an inline requirements label in prose still asks.
    expect(summary(`${body}Skills: Kafka, in production.`)).toEqual(['python:required', 'kafka:required']);
  });
  it('reads more optional phrasing of German, Spanish, Portuguese and Dutch asks', () => {
    expect(listed('Profil\n- Python\n- Erfahrung mit Rust wäre schön')).toEqual([
      'python:required',
      'rust:preferred',
    ]);
    expect(listed('Profil\n- Java, gerne auch Python')).toEqual(['java:required', 'python:preferred']);
    expect(listed('Requisitos\n- Suma puntos si conoces Terraform')).toEqual(['terraform:preferred']);
    expect(listed('Requisitos\n- Valoramos experiencia con Kafka')).toEqual(['kafka:preferred']);
    expect(listed('Requisitos\n- De preferência experiência com Kafka')).toEqual(['kafka:preferred']);
    expect(listed('Requisitos\n- Uma linguagem, de preferência Python')).toEqual(['python:required']);
    expect(listed('Profiel\n- Kennis van Terraform strekt tot aanbeveling')).toEqual(['terraform:preferred']);
  });
  it('reads optional phrasing of Polish, Italian, Portuguese, German and Dutch asks', () => {
    expect(listed('Wymagania\n- znajomość Python\n- znajomość Docker – mile widziana')).toEqual([
      'python:required',
      'docker:preferred',
    ]);
    expect(listed('Wymagania\n- Kafka będzie plusem')).toEqual(['kafka:preferred']);
    expect(listed('Requisiti\n- Python obbligatorio; Kafka costituisce titolo preferenziale')).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
    expect(listed('Requisiti\n- Esperienza con Docker apprezzata')).toEqual(['docker:preferred']);
    expect(listed('Requisitos\n- Experiência em Kafka é valorizada')).toEqual(['kafka:preferred']);
    expect(listed('Requisitos\n- Java num projeto valorizado pelos clientes')).toEqual(['java:required']);
    expect(listed('Profil\n- Python\n- Erfahrung mit Terraform ist gerne gesehen')).toEqual([
      'python:required',
      'terraform:preferred',
    ]);
    expect(listed('Profiel\n- Ervaring met Kafka is een voordeel')).toEqual(['kafka:preferred']);
  });
  it('does not read "Python plus SQL" or an annual bonus as optional', () => {
    expect(listed('Requirements\n- Python plus SQL')).toEqual(['python:required', 'sql:required']);
    expect(listed('We use Docker and pay an annual bonus.')).toEqual(['docker:unspecified']);
  });
  it('reads a sentence of phrasing alike whether or not it names a skill', () => {
    // The second sentence names none: its phrasing speaks for no one else.
    expect(listed('You will need SQL. A big plus for everyone. Terraform is a plus. We use Docker.')).toEqual(
      ['sql:required', 'terraform:preferred', 'docker:unspecified'],
    );
    // A sentence read 400 characters either side of a phrase ends there: the second "bonus"
    // speaks within the first one's reach, which Terraform lies beyond.
    const filler = 'lorem ipsum dolor '.repeat(21);
    expect(listed(`You will need SQL. Bonus ${filler}bonus ${'sit amet '.repeat(8)}Terraform`)).toEqual([
      'sql:required',
      'terraform:unspecified',
    ]);
  });
});

describe('bullets under no header', () => {
  it.each([
    '• 5+ years of Python',
    '- Strong Python skills',
    '• Experience with Python in production',
    '• Tener experiencia con Python',
    '• Erfahrung mit Python',
    '• Esperienza con Python',
    '1) Znajomość Python',
  ])('reads a requirement lead-in in "%s" as required', (line) => {
    expect(listed(`Our team builds tools.\n\n${line}\n`)).toEqual(['python:required']);
  });

  it('reads a duty, a plus or a bullet under a header as before', () => {
    expect(listed('Our team builds tools.\n\n• Build services in Python\n')).toEqual(['python:unspecified']);
    expect(listed('Our team builds tools.\n\n• Experience with Python is a plus\n')).toEqual([
      'python:preferred',
    ]);
    expect(listed("What you'll do\n• Experience with Python dashboards for clients\n")).toEqual([
      'python:unspecified',
    ]);
  });
});

describe('asks stated inside a line', () => {
  it('reads a requirement label or lead-in inside a paragraph to its end, a plus after it as preferred', () => {
    expect(
      listed(
        'The role is hands-on. What we expect: solid Python, SQL and some Docker. Experience with Kafka would be a bonus.',
      ),
    ).toEqual(['python:required', 'sql:required', 'docker:required', 'kafka:preferred']);
    expect(
      listed(
        'The role is hands-on. What we expect from you is, first and foremost, Python. You know SQL and Docker.',
      ),
    ).toEqual(['python:required', 'sql:required', 'docker:required']);
  });

  it.each([
    'Wir erwarten gute Kenntnisse in Python und SQL.',
    'Was wir erwarten: Erfahrung mit Python und SQL.',
    'Nous attendons de vous une bonne maîtrise de Python et SQL.',
    'Buscamos a alguien con experiencia en Python y SQL.',
    'Ti chiediamo esperienza con Python e SQL.',
    'Wat we vragen: ervaring met Python en SQL.',
    'Oczekujemy: znajomości Python i SQL.',
    'O que esperamos: experiência com Python e SQL.',
    'O que procuramos é alguém com domínio de Python e SQL.',
    'Vi förväntar oss erfarenhet av Python och SQL.',
  ])('reads the lead-in in "%s" as required', (line) => {
    expect(listed(line)).toEqual(['python:required', 'sql:required']);
  });

  it.each([
    'Must have: Python, SQL. Nice to have: Docker, Kafka.',
    'Must: Python, SQL | Nice: Docker, Kafka',
    'Required — Python, SQL; Bonus — Docker, Kafka',
    'Skills & experience — Must have: Python, SQL · Nice to have: Docker, Kafka',
    'Pflicht: Python, SQL. Kür: Docker, Kafka',
    'Obligatoire : Python, SQL · Apprécié : Docker, Kafka',
    'Imprescindible: Python, SQL. Valorable: Docker, Kafka',
    'Wymagane: Python, SQL. Mile widziane: Docker, Kafka',
  ])('reads each label of "%s" to the next one', (line) => {
    const expected = ['python:required', 'sql:required', 'docker:preferred', 'kafka:preferred'];
    expect(listed(`Our team builds tools.\n\n${line}\n`)).toEqual(expected);
    // The same under a requirements header: the plus label still speaks for its own stretch.
    expect(listed(`Requirements\n${line}\n`)).toEqual(expected);
  });

  it("reads a job board's skill tags after other fields on a line as tags: the body's plus wins", () => {
    const a = analyzePostingWith(
      { text: 'Relocation: No · Skills: Python, Kafka\n\nThe team\nExperience with Kafka is a plus.' },
      TEST_MATCHER,
    );
    expect(a.skills.map((s) => `${s.id}:${s.listedAs}`)).toEqual(['python:required', 'kafka:preferred']);
  });

  it.each([
    'You have 3+ years of Python and know SQL well.',
    'You bring solid Python and SQL.',
    "You're comfortable with Python and SQL.",
    'Du bringst Erfahrung mit Python und SQL mit.',
    'Du kennst dich mit Python und SQL aus.',
    'Vous maîtrisez Python et SQL.',
    'Tienes experiencia con Python y SQL.',
    'Hai esperienza con Python e SQL.',
    'Je hebt ervaring met Python en SQL.',
    'Masz doświadczenie z Python i SQL.',
  ])('reads the second-person ask in "%s" as required', (sentence) => {
    expect(listed(`Our team builds tools. ${sentence}`)).toEqual(['python:required', 'sql:required']);
  });

  it.each([
    "If you've also used Kafka, great.",
    'Bonus points for Kafka.',
    "We'd be delighted if you also bring Kafka.",
    'Wenn du schon mit Kafka gearbeitet hast, freuen wir uns besonders.',
    'Suma también si has usado Kafka.',
    'Some Kafka would also help, but we will teach you.',
  ])('reads the plus in "%s" as preferred', (sentence) => {
    expect(listed(`You have 3+ years of Python. ${sentence}`)).toEqual([
      'python:required',
      'kafka:preferred',
    ]);
  });

  it('does not read the employer on its expectations of others, or a description, as an ask', () => {
    expect(
      listed('The role: our customers know what we expect: fast delivery, built on Python and SQL.'),
    ).toEqual(['python:unspecified', 'sql:unspecified']);
    expect(
      listed('The role is hands-on. What we expect from our partners is reliable Python tooling.'),
    ).toEqual(['python:unspecified']);
    expect(
      listed('The role is hands-on. Drivers love it: a must-have app for drivers, built in Python.'),
    ).toEqual(['python:unspecified']);
    expect(listed('Die Stelle: wir freuen uns auf deine Bewerbung, gern mit Python-Beispielen.')).toEqual([
      'python:unspecified',
    ]);
  });

  it('does not read a duty, a perk or a plain label as an ask', () => {
    expect(listed("You'll build pipelines in Python. You have the chance to learn Kafka.")).toEqual([
      'python:unspecified',
      'kafka:unspecified',
    ]);
    expect(listed('Du bringst Modelle mit Python in Produktion.')).toEqual(['python:unspecified']);
    expect(listed('Tienes la oportunidad de aprender Kafka.')).toEqual(['kafka:unspecified']);
    expect(listed('Our stack: Python, Kafka and SQL.')).toEqual([
      'python:unspecified',
      'kafka:unspecified',
      'sql:unspecified',
    ]);
    // A label that does not name its kind outright keeps the header's kind.
    expect(listed('Nice to have\n- Experience: Kafka\n- Streaming: Docker')).toEqual([
      'kafka:preferred',
      'docker:preferred',
    ]);
    // A posting with a requirements section asks there, not in its prose.
    expect(listed('Requirements\n- Python\n\nThe team\nYou know Kafka well, and we run it daily.')).toEqual([
      'python:required',
      'kafka:unspecified',
    ]);
    // A second-person sentence under a duties header is a duty.
    expect(listed("What you'll do\nYou know the Python codebase inside out and keep it healthy.")).toEqual([
      'python:unspecified',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

/** Skills named without being asked for (./not-asked.ts), with the real catalogue. */
const highlighted = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);

describe('skills named but not asked for', () => {
  it.each([
    ['a perk', 'You get a Linux or Mac laptop, your choice, and we use Python.', ['Python']],
    ['a perk, after the device', 'A MacBook or ThinkPad with Linux. You write Python.', ['Python']],
    ['a paid certification', 'We offer paid AWS and Kubernetes certifications. You know Python.', ['Python']],
    [
      'a partner status',
      'Acme is an AWS Premier Consulting Partner. You know Python and Docker.',
      ['Python', 'Docker'],
    ],
    ['an interview', 'Process: a coding interview in Python, then a system design interview.', []],
    ['the call an interview is held on', 'Interviews will be held on MS Teams. You know Python.', ['Python']],
    [
      'the call an interview is held on (fr)',
      'Les entretiens se déroulent sur Zoom. Python requis.',
      ['Python'],
    ],
    [
      'the call an interview is held on (es)',
      'Las entrevistas se realizan por Google Meet. Sabes Python.',
      ['Python'],
    ],
    [
      'a tool after user interviews as a duty stays',
      'Run user interviews and ship on Kubernetes daily.',
      ['Kubernetes'],
    ],
    [
      "an interview's topic",
      'A system design interview focused on ML infrastructure, then a pairing session on a small model-serving problem.',
      [],
    ],
    ['a degree field', 'PhD or MS in Economics, Statistics, Operations Research. You use SQL.', ['SQL']],
    [
      "the employer's own certification",
      'Acme is an ISO 9001-certified IT service provider; we are ISO 27001 certified. You know Python.',
      ['Python'],
    ],
    [
      'a partner status with a tier in brackets',
      'Acme is a Salesforce Summit (Platinum) Partner. You know Apex and SOQL.',
      ['Apex', 'SOQL'],
    ],
    ['a certified partner', 'Acme is an SAP-certified integration partner. You write ABAP.', ['ABAP']],
    [
      'the certification of where something runs',
      'Déployer sur Kubernetes sur un cloud certifié HDS. Host on providers certified to ISO 27001 with Terraform.',
      ['Kubernetes', 'Terraform'],
    ],
    [
      'a profile with only this skill turned away',
      '- Java-only candidates will not be considered; strong Python and Kotlin-only profiles will be considered.',
      ['Python', 'Kotlin'],
    ],
    [
      'a certification asked for',
      '- Connaissance des contraintes HDS / RGPD et ISO 27001',
      ['HDS', 'RGPD', 'ISO 27001'],
    ],
    ['a pay supplement', 'On-call stipend on top of base pay. You write Python.', ['Python']],
    [
      'a head count',
      'The team (6 FPGA and 3 board engineers, 3 Android, 2 iOS) writes VHDL; Python 3 and 4 GPUs.',
      ['VHDL', 'Python', 'GPUs'],
    ],
    ['a paid certification, in Portuguese', 'Certificações AWS pagas e muito Python.', ['Python']],
    [
      'paid vendor certifications, in French',
      'Un poste avec Python. Certifications constructeurs financées (Cisco, Fortinet, Palo Alto).',
      ['Python'],
    ],
    ['a partner award', "We were Snowflake's EMEA Partner of the Year. You know Python.", ['Python']],
    ['a managed-service status', 'Nous sommes Azure Expert MSP. Vous maîtrisez Python.', ['Python']],
    ['a compliance level', "We're a PCI DSS Level 1 service provider. You know Python.", ['Python']],
    [
      "the employer's certifications counted",
      'We hold more than 1,200 AWS certifications (and 300 certificaciones Azure). You write Python.',
      ['Python'],
    ],
    [
      'a certification asked for, after a list of exam codes',
      'Desirable: AZ-104, AZ-400 or AZ-305 certification; Python.',
      ['AZ-104', 'AZ-400', 'AZ-305', 'Python'],
    ],
    ['a responsibility negated', 'You will not be responsible for model validation; you write SQL.', ['SQL']],
    [
      'a practice or a tool negated right before it',
      "You won't be on call, and you will not be using Terraform; you write SQL.",
      ['SQL'],
    ],
    [
      'what the role does not include or involve',
      'The role does not include hands-on incident response, and it does not involve model training. You write SQL.',
      ['SQL'],
    ],
    [
      'a part of a reference code',
      'Send your CV with the reference ENG-2026-AWS-07 before May. You know Python and GPT-4.',
      ['Python', 'GPT-4'],
    ],
    [
      'a concept negated in French',
      'Tu ne construiras pas de modèles de deep learning, mais tu maîtrises SQL.',
      ['SQL'],
    ],
    ['a concept negated in German', 'Du wirst keine Computer Vision entwickeln; du kennst SQL.', ['SQL']],
    [
      'the field of a doctorate, in Italian and French',
      'Dottorato in statistica o machine learning; conosci Python. Doctorat en deep learning apprécié.',
      ['Python'],
    ],
    [
      'a department among the others the job works with',
      'Collaborate closely with Legal, Clinical and Software Engineering; you know Python.',
      ['Python'],
    ],
    [
      'a department among the others, in Dutch',
      'Samenwerken met Marketing, Finance en Software Engineering. Je kent Python.',
      ['Python'],
    ],
    [
      'a concept in a list of skills after "with" stays',
      'Collaborate with Kubernetes, Docker and Machine Learning experts.',
      ['Kubernetes', 'Docker', 'Machine Learning'],
    ],
    [
      "the employer's customer status",
      'Acme is a long-standing Microsoft Azure customer. You know Python.',
      ['Python'],
    ],
    [
      "the candidate's customers stay",
      'You support every Azure customer we have and know Python.',
      ['Azure', 'Python'],
    ],
    [
      "a social post's hashtags",
      'We need Python and Go.\n\n#hiring #Kubernetes #golang #Berlin',
      ['Python', 'Go'],
    ],
    [
      'a hashtag in prose stays',
      'We are #hiring a #Kubernetes engineer who knows Python.',
      ['Kubernetes', 'Python'],
    ],
    [
      "the sender's title in a signature",
      'You know Python.\n\nBest,\nAnna Berg\nPrincipal Consultant – Data, Cloud & Kubernetes | Northfield Talent',
      ['Python'],
    ],
    [
      'a short line after a header stays',
      'Tech Stack\nKubernetes, Python and Partner APIs',
      ['Kubernetes', 'Python'],
    ],
    [
      'a concept negated in Italian, an article and two nouns away',
      'La posizione non include la progettazione di sistemi di deep learning; conosci SQL.',
      ['SQL'],
    ],
    [
      'a concept negated in Portuguese, two nouns away',
      'O foco é SQL, não o treino de redes de deep learning.',
      ['SQL'],
    ],
    [
      'a concept after "not only" in Italian stays',
      'Non solo sviluppo di modelli di deep learning, anche SQL.',
      ['deep learning', 'SQL'],
    ],
    [
      'a concept after two verbs negated together',
      'You will not be designing or training deep learning models; you write SQL.',
      ['SQL'],
    ],
    [
      'a tool after a verb negated further before, with a preposition between, stays',
      'We never compromise on testing with pytest, in Python.',
      ['pytest', 'Python'],
    ],
    [
      'a concept after the same verb, not negated, in Italian, stays',
      'Ti occuperai dei modelli di machine learning e di SQL.',
      ['machine learning', 'SQL'],
    ],
    [
      'a concept after Portuguese "no" (in the) stays',
      'Experiência no desenvolvimento de modelos de deep learning e SQL.',
      ['deep learning', 'SQL'],
    ],
    [
      'skills in a bracket that counts people, in Italian',
      'Entrerai nel team Fabbrica (5 persone tra analisti e sviluppatori Java). Richiesto: Python.',
      ['Python'],
    ],
    [
      "a team's names in a head-count bracket",
      'The Data group (12 engineers in three teams: Data Engineering, Experimentation and Observability) hires. You know Kafka.',
      ['Kafka'],
    ],
    [
      'a team name right before a head count, in Portuguese',
      'Sobre o time: o time de Speech & NLP (5 pessoas) procura alguém com Python.',
      ['Python'],
    ],
    [
      'skills in a bracket that counts people, in German',
      'Unser Team (ca. 8 Personen: Kotlin-Entwickler:innen und Tester:innen) sucht dich. Du kennst Python.',
      ['Python'],
    ],
    [
      'a bracket that counts something else keeps its skills',
      'Experience with Kubernetes (3+ years) and Terraform (2 years).',
      ['Kubernetes', 'Terraform'],
    ],
    [
      'skills in brackets after a head count',
      'You lead a team of 5 mobile engineers (Swift, Kotlin) and 2 testers; you know Jira.',
      ['Jira'],
    ],
    [
      "a job board's screening question over its answer buttons",
      'Skills\nKotlin\nDo you have experience in Kotlin?\nYes\nNo\n\nYou write Python.',
      ['Kotlin', 'Python'],
    ],
    [
      'after a prefix that makes it its opposite',
      'Experience running self-managed Kubernetes and designing non-relational databases in Python.',
      ['Python'],
    ],
    [
      'where something runs, said of it',
      'Tune inference for on-prem GPU servers and migrate on-premise Oracle databases to Azure.',
      ['GPU servers', 'Oracle', 'Azure'],
    ],
    [
      'where something runs, beside the cloud it also runs in',
      'Manage capacity across on-prem and cloud. You know Terraform.',
      ['Terraform'],
    ],
    [
      'where something runs, beside the cloud it also runs in (es)',
      'Administrar clústeres de Kubernetes (on-premise con Rancher y en AWS con EKS).',
      ['Kubernetes', 'Rancher', 'AWS', 'EKS'],
    ],
    [
      'where something runs, moved away from (it)',
      'Supportare progetti di migrazione da on-premise (VMware) a GCP.',
      ['VMware', 'GCP'],
    ],
    [
      'where something runs, moved away from (en)',
      'Experience migrating from Teradata or another on-premises warehouse.',
      ['Teradata'],
    ],
    [
      'where something runs, compounded with it (de)',
      'Du betreibst Modelle auf unserer On-Premises-Plattform mit MLflow.',
      ['MLflow'],
    ],
    [
      'where something runs, after it (es)',
      'Despliegue con vLLM en GPUs on-premise del cliente.',
      ['vLLM', 'GPUs'],
    ],
    [
      'a cloud migration strategy',
      'Plan each move: rehost, re-platform or refactor to containers. You know Azure.',
      ['Azure'],
    ],
    [
      'the names of the teams counted',
      'You join one of four squads (Payments, Observability, Machine Learning, Mobile) and know Jira.',
      ['Jira'],
    ],
    [
      'the names of the teams counted, after a dash or a colon',
      'We work in four squads — Ingestion, Lakehouse Core, Search and Payments — and in three tribes: Checkout, Kubernetes Platform and Mobile. You know Jira; you write Python for the data team: Airflow, dbt.',
      ['Jira', 'Python', 'Airflow', 'dbt'],
    ],
    [
      'skills in brackets after the team that does the work',
      'Requirements\n- Call the APIs built by the platform team (Go, gRPC) from a React app.',
      ['React'],
    ],
    [
      'a skill not needed',
      'Admin work in Salesforce Flow (no Apex needed) and Python.',
      ['Salesforce Flow', 'Python'],
    ],
    ['a practice not prescribed', "We don't prescribe Scrum or Kanban; you use Jira.", ['Jira']],
    [
      "the employer's compliance",
      'Requirements\n- Go, for a shop audited as PCI DSS Level 1 compliant.',
      ['Go'],
    ],
    [
      'skills in brackets after the apps that use the work',
      'Requirements\n- PHP APIs consumed by our mobile apps (Kotlin, Swift)',
      ['PHP'],
    ],
    [
      'platforms a head count spans',
      'Requirements\n- Join a tribe of 30 engineers across Android, iOS and web; you write Dart.',
      ['Dart'],
    ],
    [
      'a partner status before the vendor, in French',
      'Nous sommes partenaire Google Cloud. Python.',
      ['Python'],
    ],
    [
      'the vendors listed after a partner status, in Spanish and Polish',
      'Requisitos\n- Python\n\nSomos partner oficial de Google Cloud y Salesforce. Jesteśmy partnerem AWS i Azure.',
      ['Python'],
    ],
    [
      'certifications the employer pays for, in German',
      'Wir übernehmen die Kosten für deine AWS-Zertifizierungen. Du schreibst Python.',
      ['Python'],
    ],
    [
      'certifications the employer pays for, in French and Polish',
      'Formations certifiantes AWS et Kubernetes prises en charge. Budżet i certyfikaty Azure opłacane przez firmę. Python.',
      ['Python'],
    ],
    [
      'a meetup named first',
      'Requisitos\n- SQL\n\nOrganizamos el meetup de Python Madrid y el meetup Kubernetes Warszawa.',
      ['SQL'],
    ],
    [
      'an interview in the posting languages',
      "Profil\n- SQL\n\nProcessus\nL'entretien technique se déroule en Python ou en Java. Das technische Interview findet in Go statt.",
      ['SQL'],
    ],
    ['a tool not involved', 'Requirements\n- SQL (no Kubernetes is involved).', ['SQL']],
    ['a negated role, in French', "Profil\n- SQL\nCe poste n'est pas un poste de machine learning.", ['SQL']],
    ['a code host as a place', 'The core has 14k GitHub stars and is public on GitHub; Python.', ['Python']],
    ['an amenity', 'Guest Wi-Fi in the cafeteria and free Wi-Fi everywhere; Python.', ['Python']],
    ['a venue', 'Published work at RecSys, KDD or SIGIR; Python.', ['Python']],
    [
      'a venue in brackets after the publications',
      'Python; publications (RecSys, ICML) are a plus.',
      ['Python'],
    ],
    [
      'a venue without inner capitals, after known ones',
      'Talks at SIGIR, WSDM or Haystack; Python.',
      ['Python'],
    ],
    [
      'an event named after a skill',
      'We sponsor Laravel Live UK and spoke at React Summit. You know PHP.',
      ['PHP'],
    ],
    [
      'a negated verb phrase',
      "We are not looking for someone to build machine learning models; you won't be training models. Python.",
      ['Python'],
    ],
    ['a negation', 'No machine learning experience needed; you build React apps.', ['React']],
    [
      'a negation of any experience',
      "You don't need any machine learning experience; we don't expect you to be a deep learning expert. Python.",
      ['Python'],
    ],
    [
      'what the role does not involve or include',
      'This role does not involve training deep learning models and does not include computer vision. Python.',
      ['Python'],
    ],
    [
      'a background or experience the job does not need',
      "You don't need a background in computer vision, and we don't require prior experience with deep learning. Python.",
      ['Python'],
    ],
    [
      'a list of what the job is not',
      'No model training, no prompt engineering, no MLOps: a pure infrastructure role with Kubernetes.',
      ['Kubernetes'],
    ],
    [
      'tools in a list of what the job is not',
      'No Airflow, no Spark jobs, no dashboards: this role is all about Kubernetes.',
      ['Kubernetes'],
    ],
    [
      'tools under a label of what the job is not (pt)',
      'Requisitos\n- Python\n\nO que você NÃO vai fazer: o app do motorista (Flutter) nem o front-end (React).',
      ['Python'],
    ],
    [
      'tools under a label of what the job is not (de)',
      'Anforderungen\n- Python\n\nNICHT deine Aufgabe: die Börsenanbindung liegt beim Team Trading (C#, .NET, Kafka).',
      ['Python'],
    ],
    [
      'tools under a label of what the job is not (pl)',
      'Wymagania\n- Python\n\nCZEGO NIE BĘDZIESZ ROBIĆ: nie piszesz aplikacji webowej (React, Django).',
      ['Python'],
    ],
    [
      'tools under a header of what the job is not, in bullets',
      "Requirements\n- Python\n\nWhat you won't do\n- React dashboards\n- Airflow DAGs\n\nNice to have\n- Kafka",
      ['Python', 'Kafka'],
    ],
    [
      "tools under the job's own duties, worded alike (fr)",
      'Profil\n- Python\n\nCe que vous ferez : des tableaux de bord React.',
      ['Python', 'React'],
    ],
    [
      'a negated verb with a preposition before the object',
      "You won't be working on model training or on-device inference; you write SQL.",
      ['SQL'],
    ],
    [
      'a negated verb with an object list before the tool',
      "You won't be touching the contact centre or Salesforce stuff; you write SQL.",
      ['SQL'],
    ],
    [
      'a negated verb with a clitic pronoun (it)',
      'Non ti occuperai dei modelli di machine learning: sviluppi in Python.',
      ['Python'],
    ],
    [
      'the discipline of a years requirement',
      '4+ years of software engineering experience, with Python in production.',
      ['Python'],
    ],
    ['a negated role', 'This is not a model-deployment role. You build React apps.', ['React']],
    // Negations, "no" and degree fields in the other forms the regexes accept.
    [
      'a curly apostrophe',
      'You won’t be training models, and you DON’T need deep learning. Python.',
      ['Python'],
    ],
    ['a negation in capitals', 'This is NOT a machine learning role. You build React apps.', ['React']],
    ['never', 'You will never build machine learning models here. Python.', ['Python']],
    ['"No" after a break', 'Python required.\nNO\u00a0machine learning experience needed.', ['Python']],
    ['a degree field after a slash', 'MSc in Economics/Statistics. You use SQL.', ['SQL']],
    [
      'degree fields in brackets after "a quantitative field"',
      'BSc or MSc in a technical field (physics, statistics, operations research) or similar. You use SQL.',
      ['SQL'],
    ],
    ['a degree field after "and"', 'A degree in Economics and Statistics. You use SQL.', ['SQL']],
    ['a degree field in capitals', 'A DEGREE IN STATISTICS OR ECONOMICS. You use SQL.', ['SQL']],
    [
      'a negated focus, in a list',
      'The focus is on CI pipelines, not on model research or reinforcement learning; GitLab CI.',
      ['CI pipelines', 'GitLab CI'],
    ],
    [
      'a degree field with accents, in Spanish',
      'Licenciatura o grado en Matemáticas, Física, Estadística o afines. Dominio de SQL.',
      ['SQL'],
    ],
    [
      'a degree field after a bracketed prefix, in German',
      'Studium der (Bio-)Informatik, Physik oder Statistik; sicher in SQL.',
      ['SQL'],
    ],
    [
      'a degree field, in Portuguese and Swedish',
      'Graduação em Estatística ou Matemática. Examen inom matematik eller statistik. SQL.',
      ['SQL'],
    ],
    [
      'paid certifications listed in brackets',
      'Budget for paid certifications (GCP, Snowflake, Terraform). You write Python.',
      ['Python'],
    ],
    [
      'a partner status in lower case',
      'Acme is a Google Cloud premier partner and a Snowflake partner. You know Python.',
      ['Python'],
    ],
    [
      "an acronym the text defines as an organisation's name",
      'You join the Center for Clinical Artificial Intelligence (CCAI). Models follow the CCAI review standard; Python.',
      ['Python'],
    ],
    [
      'an acronym the text spells out as the skill',
      'You build Retrieval-Augmented Generation (RAG) services; RAG evaluation in Python.',
      ['Retrieval-Augmented Generation', 'RAG', 'RAG', 'Python'],
    ],
    [
      'what the people the job works with use',
      'Je werkt samen met data scientists die Dataiku gebruiken. Collaborate with data engineers who schedule jobs in Airflow. You write Python.',
      ['Python'],
    ],
    [
      'what one person the job works with uses, in German and English',
      'Du arbeitest eng mit unserem Data Engineer zusammen, der die Ingestion über Pub/Sub verantwortet. Work with a data scientist who builds models in PyTorch. Du schreibst Python.',
      ['Python'],
    ],
    [
      'what the candidate does beside the person stays',
      'Du arbeitest mit unserem Data Engineer zusammen und verantwortest die Ingestion über Pub/Sub.',
      ['Pub/Sub'],
    ],
    [
      'a resource the job comes with',
      "You'll have access to our GPU cluster (64 × A100). You manage access to Jira and write Python.",
      ['Jira', 'Python'],
    ],
    [
      'the fields a head count works on',
      'The institute has 40 researchers working on speech recognition, computer vision and robotics. You write Python.',
      ['Python'],
    ],
    [
      "another team's work named before the team",
      'You integrate the anomaly detection service our data science team builds, in Python.',
      ['Python'],
    ],
    [
      'a partner status compounded with a hyphen, in German',
      'Du betreust die Lohnsoftware mit unserem SAP-Systempartner und schreibst SQL.',
      ['SQL'],
    ],
    [
      'a unit of the organisation named after the skill',
      'You will join the Kubernetes Guild, report to our Cloud Centre of Excellence and file defects with the Testing Unit. You write Python.',
      ['Python'],
    ],
    [
      'the same words as an ask',
      'Requirements: Kubernetes, cloud and testing practices; Python.',
      ['Kubernetes', 'testing', 'Python'],
    ],
    [
      'the French verb "transformer" before its object',
      'Vous allez transformer les données de vente en prévisions avec Python et affiner un transformer pré-entraîné.',
      ['Python', 'transformer'],
    ],
    [
      'a concept the team already makes, the team named first',
      'You will join the Risk Analytics team, which builds the machine learning models that score loans.\nRequirements\n- Python and SQL',
      ['Python', 'SQL'],
    ],
    [
      'the same concept as the job',
      'You build and run the machine learning that flags late payments, in Python.',
      ['machine learning', 'Python'],
    ],
    [
      "the employer's regulator",
      'Requirements\n- Python and SQL at a BaFin-regulated bank (BaFin-reguliert).',
      ['Python', 'SQL'],
    ],
  ])('%s', (_, text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });

  it('keeps the same skills where they are asked for', () => {
    expect(
      highlighted('Strong Linux skills; AWS certification is a plus. Statistics and machine learning.'),
    ).toEqual(['Linux', 'AWS', 'Statistics', 'machine learning']);
    expect(highlighted('Build computer vision systems with deep learning, in PyTorch notebooks.')).toEqual([
      'computer vision',
      'deep learning',
      'PyTorch',
    ]);
  });

  it('drops the tools in brackets of a team the job collaborates with, not of one it works together with', () => {
    expect(
      highlighted('Construir APIs en Python y colaborar con el equipo de producto (Figma, Amplitude).'),
    ).toEqual(['Python']);
    expect(
      highlighted('Scrivi test in Python e collabori con tre squadre di sviluppo (Java/Spring e Angular).'),
    ).toEqual(['Python']);
    expect(
      highlighted(
        "Vous codez en Python, en lien avec l'équipe Data Engineering (industrialisation sur Databricks).",
      ),
    ).toEqual(['Python']);
    expect(
      highlighted('Programas en Python y colaboras con el equipo de plataforma (despliegue en Kubernetes).'),
    ).toEqual(['Python']);
    expect(highlighted('You write Python and collaborate closely with the data team (dbt, Looker).')).toEqual(
      ['Python'],
    );
    expect(
      highlighted('You write Python and work closely with our engineers (Go, Kafka) and designers.'),
    ).toEqual(['Python']);
    expect(highlighted('You ship Python services together with our SRE team (Terraform, Helm).')).toEqual([
      'Python',
      'Terraform',
      'Helm',
    ]);
  });

  it('keeps skills in brackets that hold other words, or open too far before them', () => {
    expect(highlighted('You lead a team of 5 mobile engineers (see: Swift, Kotlin) and use Jira.')).toEqual([
      'Swift',
      'Kotlin',
      'Jira',
    ]);
    expect(
      highlighted(
        'You lead a team of 5 mobile engineers (who mostly build the checkout in Swift and Kotlin) and use Jira.',
      ),
    ).toEqual(['Swift', 'Kotlin', 'Jira']);
  });

  it('keeps concepts after words that only hold a negation ("cannot", "another")', () => {
    expect(highlighted('Cannot wait for deep learning. Python.')).toEqual(['deep learning', 'Python']);
    expect(highlighted('Another team owns it; you bring deep learning. Python.')).toEqual([
      'deep learning',
      'Python',
    ]);
  });

  it('keeps devices that are the work itself, not a perk', () => {
    expect(highlighted('Images, deploys and maintains Windows 11 laptops, Chromebooks and iPads.')).toEqual([
      'Windows 11',
      'Chromebooks',
      'iPads',
    ]);
    expect(highlighted('Solid software engineering practices and Python.')).toEqual([
      'software engineering',
      'Python',
    ]);
    expect(
      highlighted('You will not only build machine learning models but also ship them in Python.'),
    ).toEqual(['machine learning', 'Python']);
    expect(highlighted('Experience in Python, SQL and RecSys.')).toEqual(['Python', 'SQL', 'RecSys']);
    expect(highlighted('Take part in the on-call rotation, in Python.')).toEqual([
      'on-call rotation',
      'Python',
    ]);
    expect(highlighted('Git and GitHub; LAN, Wi-Fi, VPN; PCI DSS and Python.')).toEqual([
      'Git',
      'GitHub',
      'LAN',
      'Wi-Fi',
      'VPN',
      'PCI DSS',
      'Python',
    ]);
    expect(highlighted('Knowledge of ISO 27001 and Python.')).toEqual(['ISO 27001', 'Python']);
    expect(highlighted('Work in HIPAA-regulated environments, in Python.')).toEqual(['HIPAA', 'Python']);
    expect(highlighted('Requirements\n- Las ceremonias del equipo (Scrum) y Python.')).toEqual([
      'Scrum',
      'Python',
    ]);
  });

  it('drops every skill of a benefits section', () => {
    const text = 'Requirements\n- Python\n\nWhat we offer\n- Kubernetes training and a Linux workstation';
    expect(highlighted(text)).toEqual(['Python']);
  });
});

describe("a store where the employer's app or game is sold", () => {
  it('is its market, not a skill asked', () => {
    expect(
      highlighted(
        'Responsibilities\n- Improve onboarding in our app, available on the App Store and Google Play, with SwiftUI.',
      ),
    ).toEqual(['SwiftUI']);
    expect(
      highlighted(
        'Responsabilidades\n- Mejorar nuestra app, valorada con 4,8 estrellas en Google Play, con Kotlin.',
      ),
    ).toEqual(['Kotlin']);
    expect(
      highlighted(
        'Aufgaben\n- Du verbesserst unsere App, im App Store mit 4,8 Sternen bewertet, mit SwiftUI.',
      ),
    ).toEqual(['SwiftUI']);
    expect(
      highlighted(
        'Responsibilities\n- Build new levels for our debut, which sold 1.2 million copies on Steam, in C#.',
      ),
    ).toEqual(['C#']);
  });

  it('stays the skill when the job publishes to it', () => {
    expect(highlighted('Responsibilities\n- You publish our app to the App Store and Google Play.')).toEqual([
      'App Store',
      'Google Play',
    ]);
    expect(highlighted('Requisitos\n- Experiencia publicando apps en App Store y Google Play')).toEqual([
      'App Store',
      'Google Play',
    ]);
    expect(highlighted('Requirements\n- Shipped a game with 1M downloads on Steam')).toEqual(['Steam']);
  });
});

describe('a skill said not to be in the job at all', () => {
  it('is no ask', () => {
    expect(
      highlighted('Requirements\n- Support rota in office hours (there is no night on-call), in Python'),
    ).toEqual(['Python']);
    expect(highlighted("Requirements\n- There's no Kubernetes here, just Terraform.")).toEqual(['Terraform']);
    expect(highlighted('Requisitos\n- Horario de oficina: no hay on-call nocturno. Python.')).toEqual([
      'Python',
    ]);
  });

  it('stays the skill when "no" is further before it', () => {
    expect(highlighted('Requirements\n- There is no better place to learn Kubernetes.')).toEqual([
      'Kubernetes',
    ]);
    expect(highlighted('Requisitos\n- No hay nada como Kubernetes en producción.')).toEqual(['Kubernetes']);
  });
});

describe('the Portuguese verb "lidar com"', () => {
  it('is no LiDAR', () => {
    expect(highlighted('Requisitos\n- Lidar com desbalanceamento de classes em Python')).toEqual(['Python']);
    expect(highlighted('Requisitos\n- Saber lidar bem com pressão; Python')).toEqual(['Python']);
  });

  it('stays the sensor', () => {
    expect(highlighted('Requisitos\n- Fusão de LiDAR com câmeras')).toEqual(['LiDAR']);
    expect(highlighted('Requirements\n- Experience with camera and lidar data, in Python')).toEqual([
      'lidar data',
      'Python',
    ]);
  });
});

describe('"on-premise"', () => {
  it('stays the skill on its own, with no cloud, no move and no place it is said of', () => {
    expect(highlighted('- 5+ yrs Kubernetes in production (on-prem! OpenShift or Rancher)')).toEqual([
      'Kubernetes',
      'on-prem',
      'OpenShift',
      'Rancher',
    ]);
    expect(highlighted('- Erfahrung mit On-Premises-Betrieb und Kubernetes')).toEqual([
      'On-Premises',
      'Kubernetes',
    ]);
    expect(highlighted('- Experiencia operando Kubernetes on-premise con OpenShift')).toEqual([
      'Kubernetes',
      'on-premise',
      'OpenShift',
    ]);
  });
});

describe('a target stated with its figure', () => {
  it("is the system's constraint, not a skill", () => {
    expect(highlighted('- Keep within latency budgets (under 40 ms at p95) in Kotlin')).toEqual(['Kotlin']);
    expect(highlighted('- Het systeem heeft een latency-budget van 30 ms.')).toEqual([]);
  });

  it('stays a skill without a figure, and a p99 latency is a metric', () => {
    expect(highlighted('Requirements\n- Experience designing for latency budgets')).toEqual([
      'latency budgets',
    ]);
    expect(highlighted('You will chase a p99 latency regression.')).toEqual([]);
  });
});

describe("the employer's training offer and its people's certifications", () => {
  it('are no asks', () => {
    expect(
      highlighted(
        'Our Learning Academy runs 300 courses, from Excel basics to deep learning. You write Kotlin.',
      ),
    ).toEqual(['Kotlin']);
    expect(
      highlighted(
        'We run an internal academy where our architects teach Ansible and Terraform. You write Kotlin.',
      ),
    ).toEqual(['Kotlin']);
    expect(
      highlighted('Half of our engineers hold two or more Azure certifications. You write Kotlin.'),
    ).toEqual(['Kotlin']);
  });

  it('stay asks when the candidate holds them or the courses are not an academy', () => {
    expect(highlighted('Requirements\n- You hold an Azure certification')).toEqual(['Azure']);
    expect(highlighted('Requirements\n- Completed courses in deep learning')).toEqual(['deep learning']);
  });
});

describe('a head count of one side of the team', () => {
  it("holds that side's tools in its brackets", () => {
    const text =
      'Programador\n\nRequisitos\n- Kotlin\n\nA função\nA equipa tem 3 programadores back-end, 4 front-end (Angular) e um designer.';
    expect(highlighted(text)).toEqual(['Kotlin']);
  });

  it('stays an ask without a count', () => {
    expect(highlighted('Requirements\n- Solid front-end (Angular) skills')).toEqual(['Angular']);
  });
});

describe('testing of what is no software', () => {
  it('is not the software-testing skill', () => {
    expect(highlighted('- Run disaster-recovery testing and failover testing every quarter')).toEqual([]);
    expect(highlighted('- Failover drills, backup/restore testing, connection pooling')).toEqual([]);
    expect(highlighted('- Experiments with significance testing and bootstrapped intervals')).toEqual([]);
    expect(highlighted('- Strong infrastructure testing skills (Nmap, Burp Suite)')).toEqual([
      'Nmap',
      'Burp Suite',
    ]);
  });

  it('stays the skill for software', () => {
    expect(highlighted('- Experience with automated testing and API testing')).toEqual([
      'automated testing',
      'API testing',
    ]);
  });
});

describe('disciplines and degree fields in more languages', () => {
  it('are no asks', () => {
    expect(
      highlighted('- Mindestens 4 Jahre Berufserfahrung im Bereich Computer Vision Engineering'),
    ).toEqual([]);
    expect(highlighted('- 2+ years of machine learning engineering')).toEqual([]);
    expect(highlighted('- Uddannelse inden for statistik eller datalogi; du kan Python')).toEqual(['Python']);
  });

  it('stay asks as skills', () => {
    expect(highlighted('- 4+ years of experience with computer vision')).toEqual(['computer vision']);
  });
});

describe('documentation read, not written', () => {
  it('is not the documentation skill', () => {
    expect(highlighted('- English good enough to read technical documentation')).toEqual([]);
    expect(highlighted("- Un bon niveau d'anglais pour la lecture de documentation")).toEqual([]);
  });

  it('stays the skill when written or reviewed', () => {
    expect(highlighted('- Write clear technical documentation')).toEqual(['technical documentation']);
    expect(highlighted('- Read and review design docs')).toEqual(['design docs']);
  });
});

describe("a criterion's label opening a line", () => {
  it('is no skill', () => {
    expect(highlighted('Essential criteria\nD3. Experience with R\nS3) Fieldwork')).toEqual(['R']);
  });

  it('stays the skill elsewhere', () => {
    expect(highlighted('- Charts in D3. Storage on S3.')).toEqual(['D3', 'S3']);
  });
});

describe('the GPU as a resource an app uses', () => {
  it('is not the GPU skill beside the CPU and memory', () => {
    expect(highlighted('- Profile CPU, GPU and memory use with Xcode Instruments')).toEqual([
      'Xcode Instruments',
    ]);
  });

  it('stays the skill for GPU work', () => {
    expect(highlighted('- Experience running GPU workloads on Kubernetes')).toEqual(['GPU', 'Kubernetes']);
  });
});

describe('testing to a standard', () => {
  it('is not the software-testing skill', () => {
    expect(highlighted('- MIL-STD-810 testing of enclosures, in Python')).toEqual(['Python']);
    expect(highlighted('- Vibration testing of the boards, in Python')).toEqual(['Python']);
  });

  it('leaves a language version before testing alone', () => {
    expect(highlighted('- Java 17 testing with JUnit')).toEqual(['Java', 'testing', 'JUnit']);
  });
});

describe('a skill said not to be needed after a dash or in brackets', () => {
  it('drops it, and keeps a skill said to be required', () => {
    expect(highlighted('A background in genomics – not required. You write Python.')).toEqual(['Python']);
    expect(highlighted('Terraform (not needed); Python - required')).toEqual(['Python']);
  });
});

describe("the employer's certifications listed after 'we are'", () => {
  it('drops each of them, in the posting languages', () => {
    expect(
      highlighted("We're ISO 27001 and SOC 2 Type II certified, and PCI-DSS compliant. You write Python."),
    ).toEqual(['Python']);
    expect(highlighted('Wir sind ISO 27001- und TISAX-zertifiziert. Du schreibst Python.')).toEqual([
      'Python',
    ]);
    expect(highlighted('Somos ISO 27001 y ENS certificados. Programas en Python.')).toEqual(['Python']);
  });

  it('keeps a certification asked of the reader', () => {
    expect(highlighted('You are ISO 27001 Lead Auditor certified and know Python.')).toContain('Python');
    expect(highlighted('We are looking for experience with ISO 27001 and SOC 2 audits.')).toEqual([
      'ISO 27001',
      'SOC 2',
    ]);
  });
});

describe("the employer's membership", () => {
  it('drops the body it is a member of', () => {
    expect(highlighted('Kestrel is a member of the EU AI Pact. You write Python.')).toEqual(['Python']);
    expect(
      highlighted('Acme ist Mitglied der Cloud Native Computing Foundation. Du schreibst Go.'),
    ).not.toContain('Cloud Native Computing Foundation');
  });

  it("keeps what the reader's membership names", () => {
    expect(highlighted('You are an active member of the Python community.')).toEqual(['Python']);
    expect(highlighted('Contract tests with Pact.')).toEqual(['Pact']);
  });
});

describe('a unit of the organisation named after its unit word', () => {
  it('drops the unit name', () => {
    expect(highlighted('Je werkt in de afdeling Signal Processing & AI. Je schrijft Python.')).toEqual([
      'Python',
    ]);
    expect(highlighted('Sie arbeiten in der Abteilung Data Science. Sie schreiben Python.')).toEqual([
      'Python',
    ]);
    expect(highlighted("That's the Machine Learning Core. You write Python.")).toEqual(['Python']);
  });

  it('keeps the field and a tool named Core', () => {
    expect(highlighted('Drei Jahre Erfahrung im Bereich Machine Learning.')).toEqual(['Machine Learning']);
    expect(highlighted('Manage our Perforce Helix Core depots.')).toContain('Perforce Helix');
  });
});

describe("a strip of the employer's badges", () => {
  it('drops every skill on it', () => {
    expect(
      highlighted(
        'Meta for Work Partner · Unity Verified Solutions Partner · Pico Business Partner · ISO 9001\nYou write C# in Unity.',
      ),
    ).toEqual(['C#', 'Unity']);
    expect(
      highlighted(
        'Microsoft Solutions Partner (Data & AI Azure) | Databricks Select Partner | ISO 27001 certified\nYou know Azure.',
      ),
    ).toEqual(['Azure']);
  });

  it('keeps a tag line and a labelled line', () => {
    expect(highlighted('Computer vision · PyTorch · Python · C++')).toEqual([
      'Computer vision',
      'PyTorch',
      'Python',
      'C++',
    ]);
    expect(highlighted('Skills: AWS Partner Network · Terraform · Python')).toContain('Terraform');
  });
});

describe('a nice-to-have said not to be required', () => {
  it('lists tools as a plus under a nice-to-have header, but no field of background', () => {
    const text =
      'Requirements\n- Python\n\nNice to have\n- Security certifications such as GCIA or OSCP (not required!)\n- Background in chemistry or bioinformatics – not required\n';
    expect(highlighted(text)).toEqual(['Python', 'GCIA', 'OSCP']);
  });

  it('drops the tool so annotated elsewhere', () => {
    expect(highlighted('Requirements\n- Python\n- Terraform (not required)\n')).toEqual(['Python']);
  });
});

describe('the applicant tracking system a posting is published or applied through', () => {
  it('is no ask', () => {
    for (const line of [
      'Posted on Zurich careers (Workday) and LinkedIn.',
      'Apply via Greenhouse by Friday.',
      'Bewerbung über SAP SuccessFactors.',
      'Annons via Teamtailor.',
    ]) {
      expect(highlighted(`Requirements\n- Python\n\n${line}\n`), line).toEqual(['Python']);
    }
  });

  it('stays an ask where the job works with it', () => {
    expect(highlighted('Requirements\n- You administer Workday and Greenhouse.\n')).toEqual([
      'Workday',
      'Greenhouse',
    ]);
  });
});

describe("Singapore's Annual Wage Supplement", () => {
  it('is no Amazon Web Services after a salary or spelled out', () => {
    expect(highlighted('S$7,000 – S$9,500/month + AWS.\n- Terraform')).toEqual(['Terraform']);
    expect(highlighted('Salary: SGD 8,000 + AWS + bonus\n- Terraform')).toEqual(['Terraform']);
    expect(highlighted('The offer includes AWS (annual wage supplement).\n- Terraform')).toEqual([
      'Terraform',
    ]);
  });

  it('stays the cloud beside other skills, even near a bonus or a salary word', () => {
    expect(highlighted('Bonus if you know GCP and AWS')).toEqual(['GCP', 'AWS']);
    expect(highlighted('Salary is competitive; you know Docker and AWS')).toEqual(['Docker', 'AWS']);
  });
});

describe("the posting's applicant tracking system", () => {
  it('is no ask where it powers the careers page', () => {
    expect(highlighted('Requirements\n- TypeScript\n\nCareers powered by Recruitee')).toEqual(['TypeScript']);
  });
});

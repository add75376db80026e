import { describe, expect, it } from 'vitest';
import { TEST_MATCHER } from '../../../tests/support/matcher';
import { analyzePosting, analyzePostingWith } from '../index';
import { isFrontend } from './body';
import { jobPartOf, matchTitle } from './title';

const role = (title: string | undefined, text: string) =>
  analyzePostingWith(title === undefined ? { text } : { title, text }, TEST_MATCHER).role;

const ML_BODY =
  'You will deploy and serve models in production, own model serving and model monitoring, ' +
  'build feature stores, track experiments in MLflow and ship PyTorch models on Kubernetes with Docker.';
const DS_BODY =
  'You will analyze data, design experiments and A/B tests, run statistical analysis, build dashboards ' +
  'and share insights with stakeholders.';
const RESEARCH_BODY =
  'You will publish papers at NeurIPS and ICML, pursue novel research directions and present at conferences.';
const DE_BODY =
  'You will build ETL pipelines, ingestion jobs and the data warehouse with dbt, Kafka and Airflow.';

describe('role detection', () => {
  it.each([
    ['Machine Learning Engineer', ML_BODY],
    ['Senior ML Engineer', ML_BODY],
    ['MLOps Engineer', ML_BODY],
    ['ML Platform Engineer', ML_BODY],
    ['Software Engineer, Machine Learning', ML_BODY],
    ['Computer Vision Engineer', ML_BODY],
    ['GenAI Engineer', ML_BODY],
  ])('%s is an ML engineer posting', (title, body) => {
    const r = role(title, body);
    expect(r.id).toBe('ml-engineer');
    expect(r.confidence).toBeGreaterThan(0.6);
    expect(r.reasons[0]).toMatch(/^Title names “/);
  });

  it('names the adjacent roles', () => {
    expect(role('Data Scientist', DS_BODY).id).toBe('data-scientist');
    expect(role('Research Scientist', RESEARCH_BODY).id).toBe('research-scientist');
    expect(role('Data Engineer', DE_BODY).id).toBe('data-engineer');
    expect(
      role('Product Manager, AI', 'You will own the roadmap, prioritize features and launch with customers.')
        .id,
    ).toBe('product-manager');
    expect(role('Frontend Engineer', 'Build UI in React with CSS and HTML.').id).toBe('frontend-engineer');
    expect(
      role('Site Reliability Engineer', 'Own uptime, incidents, observability and on Kubernetes.').id,
    ).toBe('devops');
  });

  it('reads adjacent-role titles in German, French and Spanish', () => {
    expect(role('Analista de Datos', DS_BODY).id).toBe('data-analyst');
    expect(role('Datenanalyst (m/w/d)', DS_BODY).id).toBe('data-analyst');
    expect(role('Ingénieur Données', DE_BODY).id).toBe('data-engineer');
    expect(role('Científica de Datos', DS_BODY).id).toBe('data-scientist');
  });

  it('reads IT-support titles in the posting languages as another role', () => {
    const body = 'Active Directory, LAN, VPN, DNS, DHCP and networking; on-call for outages and incidents.';
    expect(role('Tecnico IT Help Desk / Supporto Utenti', body).id).toBe('other');
    expect(role('Technicien support informatique', body).id).toBe('other');
    expect(role('IT-Support (m/w/d)', body).id).toBe('other');
    expect(role('Service Desk Analyst', body).id).toBe('other');
  });

  it('reads network, hardware, enterprise-suite, database, writing and pre-sales titles as another role', () => {
    const body =
      'Document our vector search and embeddings APIs, review reports and dashboards, and work with Python.';
    expect(role('Senior Technical Writer, Developer Documentation', body).id).toBe('other');
    expect(role('Salesforce Functional Consultant – Sales & Service Cloud', DS_BODY).id).toBe('other');
    expect(role('Dynamics 365 Finance & Operations Technical Developer (X++)', DS_BODY).id).toBe('other');
    expect(role('Ingénieur Réseaux & Sécurité H/F', body).id).toBe('other');
    expect(role('FPGA Design Engineer – Satellite Payloads', body).id).toBe('other');
    expect(role('Database Administrator (PostgreSQL & Oracle)', body).id).toBe('other');
    expect(role('Arquiteto(a) de Soluções Sênior – Pré-vendas', body).id).toBe('other');
  });

  it('reads designers and desktop-application developers as another role', () => {
    const ui = 'Shape our design system and components with React developers; accessibility and CSS matter.';
    expect(role('Senior Product Designer', ui).id).toBe('other');
    expect(role('UX/UI Designer (m/w/d)', ui).id).toBe('other');
    const desktop = 'C#, .NET 8, REST APIs, SQL Server and unit tests; you write the services the app calls.';
    expect(role('Senior C# Developer (WPF) – Lab Software', desktop).id).toBe('other');
    expect(role('Software Engineer – Desktop Applications', desktop).id).toBe('other');
    expect(role('Senior C# Developer – Payments API', desktop).id).toBe('backend-engineer');
    const app =
      'You build our WPF and WinUI application in C# with XAML and MVVM Toolkit, and ship it with SQL Server.';
    const r = analyzePosting({ text: app }).role;
    expect(r.id).toBe('other');
    expect(r.reasons.join(' ')).toMatch(/desktop applications \(WPF/);
  });

  it('reads analysts of a business function as data analysts', () => {
    expect(role('Pricing Analyst – Motor Insurance', DS_BODY).id).toBe('data-analyst');
    expect(role('Actuarial Analyst (Life)', DS_BODY).id).toBe('data-analyst');
    expect(role('Credit Risk Analyst', DS_BODY).id).toBe('data-analyst');
  });

  it('does not read such a title as another role when it names ML work too', () => {
    for (const title of [
      'Neural Network Engineer',
      'Machine Learning Engineer, Game AI',
      'Database ML Engineer',
    ]) {
      expect(
        matchTitle(title).map((m) => m.role),
        title,
      ).not.toContain('other');
    }
    expect(role('Machine Learning Engineer, Game AI', ML_BODY).id).toBe('ml-engineer');
  });

  it('reads a product owner in the Nordic languages', () => {
    for (const title of ['Produkteier for digitale tjenester', 'Produktejer', 'Produktägare']) {
      expect(
        matchTitle(title).map((m) => m.role),
        title,
      ).toEqual(['product-manager']);
    }
  });

  it('makes no ML engineer of an ML title over a body that names no ML work', () => {
    const body =
      'You will automate our housing services with Power Automate flows and Copilot Studio bots, connect SharePoint lists and Dataverse tables, and train colleagues. Experience with Microsoft 365 and Power Apps is essential.';
    const r = role('AI Engineer (Automation & Copilot)', body);
    expect(r.id).not.toBe('ml-engineer');
    expect(r.reasons.join(' ')).toContain('the body names no ML work');
    expect(role('AI Engineer', ML_BODY).id).toBe('ml-engineer');
  });

  it("reads an ML team after another discipline's engineer word as the team, not the job", () => {
    const cases: Array<[string, string]> = [
      ['Senior Data Engineer, ML Data Platform (Feature Store)', 'data-engineer'],
      ['Site Reliability Engineer – AI Research Compute (GPU Clusters)', 'devops'],
      ['Site Reliability Engineer - Inference Platform (Kubernetes, GPU)', 'devops'],
      ['Backend Engineer, ML', 'backend-engineer'],
    ];
    for (const [title, expected] of cases) {
      const roles = matchTitle(title).map((m) => m.role);
      expect(roles, title).toContain(expected);
      expect(roles, title).not.toContain('ml-engineer');
    }
    // The engineer word alone, or a software engineer, on ML work is the ML engineer.
    for (const title of ['Software Engineer, Machine Learning', 'Senior Engineer – AI', 'Ingénieur en IA']) {
      expect(
        matchTitle(title).map((m) => m.role),
        title,
      ).toContain('ml-engineer');
    }
  });

  it('reads sales, project and design titles only when they name no engineer, the same when asked again', () => {
    const cases: Array<[string, boolean]> = [
      ['Account Executive – AI Platform', true],
      ['Scrum Master (AI team)', true],
      ['Product Designer (UX/UI)', true],
      ['ML Engineer / Project Lead', false],
      ['Data Engineer, Marketing Lead team', false],
      ['UI Designer / Frontend Developer', false],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [title, other] of cases) {
        const roles = matchTitle(title).map((m) => m.role);
        if (other) expect(roles, title).toEqual(['other']);
        else expect(roles, title).not.toEqual(['other']);
      }
    }
  });

  it('reads robotics software titles as another role unless they name ML work', () => {
    const body =
      'You will write navigation and localisation modules on Linux, fuse lidar and IMU data with Kalman ' +
      'filters, test in simulation and ship to production robots with low latency. Deep learning is a plus.';
    expect(role('Robotics Software Engineer – ROS 2', body).id).toBe('other');
    expect(role('Softwareentwickler Robotik (m/w/d)', body).id).toBe('other');
    expect(role('Ingeniero/a de Software – Robótica', body).id).toBe('other');
    const services = `${body} You also write backend services, microservices, APIs and their endpoints for the fleet.`;
    expect(role('Motion Planning Engineer', services).id).toBe('other');
    expect(role('Controls Engineer (PLC, Motion)', services).id).toBe('other');
    for (const title of ['Robotics ML Engineer', 'Robot Learning Engineer (Reinforcement Learning)']) {
      expect(
        matchTitle(title).map((m) => m.role),
        title,
      ).not.toContain('other');
    }
    expect(role('Robotics Perception Engineer', ML_BODY).id).toBe('ml-engineer');
  });

  it('reads German embedded-software compounds, research software and customer-success engineers as another role', () => {
    expect(role('Embedded Softwareentwickler AUTOSAR (m/w/d)', BACKEND_BODY).id).toBe('other');
    expect(role('Research Software Engineer – Climate Modelling (Python)', BACKEND_BODY).id).toBe('other');
    expect(role('Customer Success Engineer – Observability SaaS', BACKEND_BODY).id).toBe('other');
    expect(role('Softwareentwickler Java (m/w/d)', BACKEND_BODY).id).toBe('backend-engineer');
  });

  it('reads quantitative developers and traders as another role', () => {
    const body =
      "Turn the researchers' signals into production trading strategies: statistics, time series, pandas, " +
      'backtesting and low-latency C++ and Python. We deploy to production daily; machine learning is a plus.';
    expect(role('Quant Developer – C++ / Python', body).id).toBe('other');
    expect(role('Quantitative Engineer, Systematic Equities', body).id).toBe('other');
    expect(role('Algorithmic Trading Developer', body).id).toBe('other');
  });

  it('reads operations leads and annotation staff as another role', () => {
    // Dashboards, analysis and reports: the tools of the operations, read as analysis without the title.
    const body = `Plan annotation projects for computer vision datasets. ${DS_BODY}`;
    expect(role('Data Labelling Operations Lead', body).id).toBe('other');
    expect(role('Responsabile Operazioni di Annotazione Dati', body).id).toBe('other');
    expect(role('Jefa de Operaciones', body).id).toBe('other');
    expect(role('Annotation Specialist (Medical Imaging)', body).id).toBe('other');
    expect(role('Jefa de Equipo de Anotación (Etiquetado de Imágenes)', body).id).toBe('other');
    expect(role('Team Lead, Data Labeling', body).id).toBe('other');
    expect(
      matchTitle('ML Operations Engineer').map((m) => m.role),
      'an engineer title',
    ).not.toContain('other');
  });

  it('lets the body overrule the title', () => {
    expect(role('Machine Learning Scientist', DS_BODY).id).toBe('data-scientist');
    const r = role('Software Engineer', ML_BODY);
    expect(r.id).toBe('ml-engineer');
    expect(r.reasons.join(' ')).toMatch(/deployment and serving/);
  });

  it('reads the first line as the title when none is given', () => {
    expect(role(undefined, `Senior Machine Learning Engineer\n${ML_BODY}`).id).toBe('ml-engineer');
    expect(role(undefined, `Title: Data Scientist\n${DS_BODY}`).reasons[0]).toBe(
      'Title names “Data Scientist”',
    );
  });

  it('reads "artificial intelligence", computer vision and NLP spelled out in the posting languages', () => {
    for (const title of [
      'Ingénieur en Intelligence Artificielle (H/F)',
      'Ingeniero/a de Inteligencia Artificial',
      'Entwickler Künstliche Intelligenz (m/w/d)',
      'Inżynier Sztucznej Inteligencji',
      'Ingénieur Vision par Ordinateur',
      'Ingeniero de Procesamiento de Lenguaje Natural',
      'Artificial Intelligence Engineer',
    ]) {
      expect(
        matchTitle(title).map((m) => m.role),
        title,
      ).toContain('ml-engineer');
    }
  });

  it('reads engineer titles in German, French and Spanish', () => {
    for (const title of [
      'Machine Learning Ingenieur (m/w/d)',
      'Ingénieur Machine Learning (H/F)',
      'Ingeniero/a de Machine Learning',
    ]) {
      expect(role(title, ML_BODY).id).toBe('ml-engineer');
    }
  });

  it('says other with low confidence when nothing points anywhere', () => {
    const r = role(undefined, 'Hello world.');
    expect(r.id).toBe('other');
    expect(r.confidence).toBeLessThan(0.5);
  });
});

const BACKEND_BODY =
  'You will build backend services and REST APIs in Go, own the ingestion microservices and their endpoints, ' +
  'and run them on PostgreSQL and Kafka.';

describe('title parts about the employer', () => {
  it('drops a part after a dash, in brackets or after "at" that describes the employer', () => {
    expect(jobPartOf('Staff Rust Engineer – Computer Vision start-up – Munich').job).not.toMatch(/vision/i);
    expect(jobPartOf('Backend Developer (Series B InsurTech)').job).not.toMatch(/insurtech/i);
    expect(jobPartOf('Platform Engineer at an NLP company').job).not.toMatch(/nlp/i);
    expect(jobPartOf('Machine Learning Engineer – Search & Ranking').job).toMatch(/ranking/i);
    expect(jobPartOf('Computer Vision Scale-up | Senior Backend Engineer').job).not.toMatch(/vision/i);
    expect(jobPartOf('AI Start-up Engineer – Remote').job).toMatch(/engineer/i);
  });

  it('reads the job, not the employer, and says so', () => {
    const r = role('Staff Go Engineer – Computer Vision start-up – Munich', BACKEND_BODY);
    expect(r.id).toBe('backend-engineer');
    expect(r.reasons).toContain(
      '“Computer Vision start-up” in the title describes the employer, not the job',
    );
  });
});

describe('a posting that says the job is no ML work', () => {
  const SAYS = `${ML_BODY} Please note: this is not an AI role, the applied science team owns the models.`;

  it('is not called an ML engineer, and the reason quotes it', () => {
    expect(role(undefined, ML_BODY).id).toBe('ml-engineer');
    const r = role(undefined, SAYS);
    expect(r.id).not.toBe('ml-engineer');
    expect(r.reasons).toContain('Says the job is no ML work (“not an AI role”)');
  });

  it('reads the statement in the posting languages', () => {
    for (const said of [
      'Wichtig: Das ist keine KI-Rolle.',
      "Attention, ce n'est pas un poste de machine learning.",
      'Ojo: no es un puesto de IA.',
      'Nota bene: non è un ruolo di ML.',
      'Let op: dit is geen ML-functie.',
      'Obs: detta är inte en AI-roll.',
      'Atenção: não é uma vaga de IA.',
    ]) {
      expect(role(undefined, `${ML_BODY} ${said}`).id, said).not.toBe('ml-engineer');
    }
  });

  it('reads "no ML background needed" and "if you want to train models, this is not the job" as no model work', () => {
    for (const said of [
      "You don't need any machine learning or computer vision background.",
      'No prior ML experience required.',
      "Pas besoin d'expérience en machine learning pour ce poste.",
      'No es necesario tener experiencia en machine learning.',
      'Keine KI-Erfahrung nötig.',
      'If you want to train neural networks, this is not the job; if you like distributed systems, read on.',
    ]) {
      expect(role('Site Reliability Engineer', `${ML_BODY} ${said}`).id, said).not.toBe('ml-engineer');
      expect(role('ML Platform Engineer', `${ML_BODY} ${said}`).id, said).toBe('ml-engineer');
    }
    // Not needed on the first day is still needed; the job that wants it is the ML job. A
    // subfield not needed is no ML work denied: gradient-boosted models need no deep learning.
    for (const said of [
      "You won't need deep learning experience on day one, but you will train models.",
      "You don't need deep learning experience for this role.",
      "You don't need computer vision experience; the models are gradient-boosted trees.",
      'If you want to ship ML models to production, this is the job for you.',
    ]) {
      expect(role(undefined, `${ML_BODY} ${said}`).id, said).toBe('ml-engineer');
    }
  });

  it('counts "no model work" only when the title names no ML work', () => {
    const body = `${ML_BODY} You will not be training ML models yourself.`;
    expect(role('Site Reliability Engineer', body).id).not.toBe('ml-engineer');
    expect(role('ML Platform Engineer', body).id).toBe('ml-engineer');
    expect(role(undefined, `${ML_BODY} You won't be training models from scratch.`).id).toBe('ml-engineer');
  });
});

describe('professions whose ads describe the systems around the work', () => {
  it.each([
    ['Developer Documentation Writer – LLM Platform', ML_BODY, 'other'],
    ['Solutions Engineer, LLM APIs', ML_BODY, 'other'],
    ['Developer Advocate – ML Platform', ML_BODY, 'other'],
    ['Technical Recruiter', ML_BODY, 'other'],
    ['Technical Project Manager – ML Platform', ML_BODY, 'other'],
    ['Scrum Master (AI team)', ML_BODY, 'other'],
    ['Account Executive – AI Platform', ML_BODY, 'other'],
    ['Legal Counsel, Generative AI', ML_BODY, 'other'],
    ['Instructor, Machine Learning Bootcamp', ML_BODY, 'other'],
    ['Chef de projet IA', ML_BODY, 'other'],
    ['ML Engineer / Project Lead', ML_BODY, 'ml-engineer'],
    [
      'Senior iOS Engineer',
      'You build the app in SwiftUI against our backend services, REST APIs, microservices and endpoints written in Go with Django, Flask and Spring. Backend services, microservices, APIs and endpoints run on Node.js.',
      'other',
    ],
    [
      'Engineering Manager, Payments',
      'Lead the team that owns the backend services, microservices and APIs. DevOps, SRE, on-call, incidents, uptime and observability; incident reviews. Kubernetes, Terraform, Docker, Prometheus, Grafana and AWS.',
      'other',
    ],
    [
      'Head of Data & Analytics',
      'Build the data team: hire data engineers and analysts, own the warehouse, ETL and ELT pipelines with dbt, Airflow and Snowflake, and the dashboards in Looker.',
      'other',
    ],
    [
      'Director of Data',
      'Lead data engineering: ingestion, ETL pipelines, the lakehouse on Databricks and Spark, warehousing with dbt and Kafka streaming.',
      'other',
    ],
    [
      'Group Product Manager',
      'You will analyze data, design experiments and A/B tests, run statistical analysis, build dashboards and share insights with stakeholders. Analysis, analytics, experimentation, hypotheses and reports in Tableau and Looker.',
      'product-manager',
    ],
    [
      'Pre-Sales Architect, Data & AI',
      'You will design ETL and ELT pipelines, ingestion, the warehouse and the lakehouse with dbt, Kafka, Airflow, Snowflake, Databricks and Spark. Warehousing and pipelines.',
      'other',
    ],
    [
      'Cyber Security Analyst',
      'Triage incidents, tune observability alerts, keep uptime; SRE and DevOps on-call, incident reviews. Kubernetes, Terraform, Docker, Prometheus and AWS.',
      'other',
    ],
    [
      'Ingénieur QA Automatisation Python',
      'Write automated tests for our backend services, REST APIs and microservices with pytest; run them in CI. Backend services, endpoints and APIs in Django, Flask and FastAPI.',
      'other',
    ],
  ])('%s is not overruled by the subject of the work', (title, body, expected) => {
    expect(role(title, body).id).toBe(expected);
  });
});

describe('the reasons for a decisive title', () => {
  it('name what the body centres on as the subject of the job', () => {
    const r = role('Developer Documentation Writer – LLM Platform', ML_BODY);
    expect(r.reasons[0]).toBe('Title names “Documentation Writer”');
    expect(r.reasons[1]).toMatch(
      /^Body centres on deployment and serving \(.+\): the subject of this job, not its work$/,
    );
  });
});

describe('more title words', () => {
  it.each([
    ['Java-ontwikkelaar', 'backend-engineer'],
    ['Javautvecklare', 'backend-engineer'],
    ['Backendontwikkelaar', 'backend-engineer'],
    ['Frontendutvecklare', 'frontend-engineer'],
    ['Spelutvecklare', 'other'],
    ['Desenvolvedor Backend Python', 'backend-engineer'],
    ['Programista Java (Senior)', 'backend-engineer'],
    ['Utvecklare Java', 'backend-engineer'],
    ['Inżynier Danych', 'data-engineer'],
    ['Engenheira de Dados Sênior', 'data-engineer'],
    ['Dataingenjör', 'data-engineer'],
    ['Analityk Danych', 'data-analyst'],
    ['Data-analist', 'data-analyst'],
    ['BI-analytiker', 'data-analyst'],
    ['Cientista de Dados', 'data-scientist'],
    ['Científica/o de Datos', 'data-scientist'],
    ['KI-Ingenieur (m/w/d)', 'ml-engineer'],
    ['Ingénieur·e IA', 'ml-engineer'],
    ['ML-ingenjör', 'ml-engineer'],
    ['Research Engineer, Large Language Models', 'ml-engineer'],
    ['Développeur Frontend', 'frontend-engineer'],
    ['Forskare', 'research-scientist'],
    ['Systems Engineer (Rust)', 'backend-engineer'],
    ['C++ Developer', 'backend-engineer'],
    ['Programador/a Backend Java', 'backend-engineer'],
    ['Programmeur Front-end', 'frontend-engineer'],
    ['Ingeniera DevOps', 'devops'],
    ['Architecte Cloud AWS', 'devops'],
    ['Unix-Systemadministrator', 'devops'],
    ['Administrador de Sistemas Linux', 'devops'],
    ['Cloud / Kubernetes Engineer', 'devops'],
    ['Data Analist Marketing', 'data-analyst'],
    ['Ingegnere del Machine Learning', 'ml-engineer'],
    ['Inżynier uczenia maszynowego', 'ml-engineer'],
    ['Maskininlärningsingenjör', 'ml-engineer'],
    ["Ingénieur·e d'IA", 'ml-engineer'],
    ['Engenheira de IA Generativa', 'ml-engineer'],
    ['Ingénieur Big Data (H/F)', 'data-engineer'],
    ['Ingegnere dei Dati', 'data-engineer'],
    ['Scientifique des données', 'data-scientist'],
    ['Scienziata dei dati', 'data-scientist'],
    ['C# Developer', 'backend-engineer'],
    ['Entwickler C# / .NET', 'backend-engineer'],
    ['Senior MLE', 'ml-engineer'],
    ['LLMOps Engineer', 'ml-engineer'],
    ['Model Optimization Engineer', 'ml-engineer'],
    ['Engenheiro(a) de Machine Learning', 'ml-engineer'],
    ['Desenvolvedor(a) de IA', 'ml-engineer'],
  ])('%s', (title, expected) => {
    expect(matchTitle(title).map((m) => m.role)).toContain(expected);
  });

  it.each([
    ['Senior Pricing Analyst', 'data-analyst'],
    ['GIS Analyst (Utilities)', 'data-analyst'],
    ['Credit Risk Analyst', 'data-analyst'],
    ['Network Automation Engineer', 'devops'],
    ['Cloud Automation Engineer (Azure)', 'devops'],
    ['NetDevOps Specialist', 'devops'],
    ['Multiplayer Game Server Engineer', 'backend-engineer'],
    ['Game Backend Developer (Java)', 'backend-engineer'],
    ['Integration Developer (MuleSoft)', 'backend-engineer'],
    ['Clinical Interface Engineer', 'backend-engineer'],
    ['Data Integration Engineer', 'data-engineer'],
    ['Makine Öğrenmesi Mühendisi', 'ml-engineer'],
    ['Kıdemli Android Geliştirici', 'other'],
    ['Maskinlæringsingeniør', 'ml-engineer'],
    ['Koneoppimisinsinööri', 'ml-engineer'],
    ['Inženýr strojového učení', 'ml-engineer'],
    ['Gépi tanulás mérnök', 'ml-engineer'],
    ['Inginer Machine Learning', 'ml-engineer'],
    ['Senior udvikler (Python)', 'backend-engineer'],
    ['Vývojář Java', 'backend-engineer'],
    ['Python fejlesztő', 'backend-engineer'],
    ['Ohjelmistokehittäjä', 'backend-engineer'],
  ])('reads %s as %s', (title, expected) => {
    expect(matchTitle(title).map((m) => m.role)).toContain(expected);
  });

  it.each([
    ['Power Platform Developer', 'other'],
    ['Low-Code Developer (OutSystems)', 'other'],
    ['Senior UX Designer', 'other'],
    ['Diseñadora de Producto UX/UI', 'other'],
    ['Gameplay Engineer', 'other'],
    ['Network Engineer (Cisco)', 'other'],
  ])('reads %s as %s only', (title, expected) => {
    expect(matchTitle(title).map((m) => m.role)).toEqual([expected]);
  });

  it.each([
    'Développeuse Unity confirmée – Jeux de société numériques',
    'Programador/a de Videojuegos (C++)',
    'Unreal Engine Developer',
    'Sviluppatore Videogiochi Mobile',
    'Desenvolvedor de Jogos Godot',
    'Programista gier (C#)',
    'Spieleentwickler (m/w/d) Unity',
  ])('reads the game developer title %s as another role', (title) => {
    expect(matchTitle(title).map((m) => m.role)).toContain('other');
  });

  it.each([
    'Développeur Back-end Jeux (Go)',
    'Ingénieur Data – jeux de données cliniques',
    'ML Engineer, Unity Simulation',
    'Databricks Unity Catalog Engineer',
  ])('reads no game developer in %s', (title) => {
    expect(matchTitle(title).map((m) => m.role)).not.toContain('other');
  });

  it.each([
    'Engenheira de Bioinformática – Pipelines NGS',
    'Bioinformatician (Single-Cell Genomics)',
    'Computational Biology Software Engineer',
    'GIS Developer (Python, PostGIS)',
    'Desarrollador/a SIG – QGIS',
    'Geoinformatiker / Softwareentwickler GIS (m/w/d)',
  ])('reads the bioinformatics or GIS developer title %s as another role, above its language', (title) => {
    const [best] = matchTitle(title).sort((a, b) => b.weight - a.weight);
    expect(best?.role).toBe('other');
  });

  it.each([
    ['GIS Analyst (Utilities)', 'data-analyst'],
    ['Machine Learning Engineer, Computational Biology', 'ml-engineer'],
  ])('reads %s as %s, no other role', (title, expected) => {
    expect(matchTitle(title).map((m) => m.role)).toEqual([expected]);
  });

  it.each([
    'Consultant SAP FI/CO (H/F)',
    'Consultora SAP SD',
    'Berater SAP MM (m/w/d)',
    'Desarrolladora Salesforce (Apex)',
    'Konsultant Microsoft Dynamics 365',
    'Administrateur Réseaux (H/F)',
  ])('reads the enterprise-suite or network title %s, job noun first, as another role', (title) => {
    expect(matchTitle(title).map((m) => m.role)).toEqual(['other']);
  });

  it('reads embedded job nouns compounded in German as another role', () => {
    for (const title of [
      'Embedded Softwareentwickler (m/w/d) Motorsteuerung',
      'Firmwareentwickler C für Sensorik',
      'Embedded-Systemingenieurin Bahntechnik',
    ])
      expect(matchTitle(title)[0]).toMatchObject({ role: 'other', weight: 3 });
  });

  it('reads research software engineers as another role, above the language in the title', () => {
    const ms = matchTitle('Research Software Engineer – Hydrology Models (Python/C++)');
    expect(ms.find((m) => m.role === 'other')?.weight).toBe(3);
    expect(Math.max(...ms.filter((m) => m.role !== 'other').map((m) => m.weight))).toBeLessThan(3);
    expect(matchTitle('Scientific Software Developer, Seismology')[0]?.role).toBe('other');
  });

  it('reads a customer success engineer as a customer-facing profession', () => {
    expect(matchTitle('Customer Success Engineer – Monitoring SaaS')).toEqual([
      expect.objectContaining({ role: 'other', decisive: true }),
    ]);
  });

  it('reads no backend work in systems integration or a user interface', () => {
    for (const title of [
      'Systems Integration Engineer',
      'User Interface Engineer',
      'Continuous Integration Engineer',
    ])
      expect(matchTitle(title).map((m) => m.role)).not.toContain('backend-engineer');
  });

  it('reads a designer who also develops by the developer half', () => {
    expect(matchTitle('UI Designer / Frontend Developer').map((m) => m.role)).toContain('frontend-engineer');
  });

  it('keeps a designer title against a body full of front-end tools', () => {
    const body =
      'Hand off to engineers who build in React, Vue and Tailwind; frontend components, UI, CSS and HTML; accessibility and responsive layouts.';
    expect(role('Product Designer (UX/UI)', body).id).toBe('other');
  });

  it('reads no language in "go-to-market"', () => {
    expect(matchTitle('Solutions Engineer, Go-to-Market').map((m) => m.role)).not.toContain(
      'backend-engineer',
    );
  });

  it('reads the language in a QA or security title as its tool, not as backend work', () => {
    expect(matchTitle('Test Automation Engineer (Java / Selenium)').map((m) => m.role)).toEqual(['other']);
    expect(matchTitle('Application Security Engineer (Python)').map((m) => m.role)).toEqual(['other']);
  });

  it('reads React Native as mobile, not frontend', () => {
    expect(matchTitle('React Native Developer').map((m) => m.role)).toEqual(['other']);
  });

  it('reads mobile, embedded and network titles that put the job noun first', () => {
    expect(matchTitle('Programista React Native (Mid/Senior)').map((m) => m.role)).toEqual(['other']);
    expect(matchTitle('Desenvolvedor Swift').map((m) => m.role)).toEqual(['other']);
    expect(matchTitle('Ingénieur Logiciel Embarqué C (H/F)').map((m) => m.role)).toEqual(['other']);
    expect(matchTitle('Desarrollador/a de Software Embebido').map((m) => m.role)).toEqual(['other']);
    expect(matchTitle('Ingeniero/a de Redes y Seguridad Perimetral').map((m) => m.role)).toContain('other');
    expect(matchTitle('Inżynier sieci (CCNP)').map((m) => m.role)).toEqual(['other']);
    // Not ML work on devices, nor neural networks.
    expect(matchTitle('Ingénieur·e Machine Learning – Vision embarquée').map((m) => m.role)).toEqual([
      'ml-engineer',
    ]);
    expect(matchTitle('Ingeniero de Redes Neuronales').map((m) => m.role)).not.toContain('other');
  });

  it("reads an organisation's IT operations engineer as IT support", () => {
    const body = 'Windows Server, Active Directory, VMware and Intune; incidents, patching and on-call.';
    expect(role('IT Operations Engineer (Infrastructure & End-User Services)', body).id).toBe('other');
    expect(role('Modern Workplace Engineer', body).id).toBe('other');
    expect(matchTitle('Cloud Operations Engineer (AWS)').map((m) => m.role)).not.toContain('other');
  });

  it("keeps a bioinformatician's title against a body of analyses", () => {
    expect(role('Bioinformatician – Single-Cell Omics', DS_BODY).id).toBe('other');
    expect(role('Data Scientist – Genomics', DS_BODY).id).toBe('data-scientist');
  });

  it('lets the body decide for a research engineer', () => {
    expect(role('Research Engineer', ML_BODY).id).toBe('ml-engineer');
    expect(role('Research Engineer', RESEARCH_BODY).id).toBe('research-scientist');
  });

  it('leans to the engineer for a research engineer whose ad also speaks of the research', () => {
    const lab =
      'You will implement new architectures in PyTorch proposed by our research scientists, scale ' +
      'distributed training with FSDP and DeepSpeed on GPU clusters, profile CUDA kernels, run ' +
      'ablations and experiments, read research papers and co-author publications at NeurIPS.';
    expect(analyzePosting({ title: 'Research Engineer', text: lab }).role.id).toBe('ml-engineer');
  });

  it.each([
    'Research Engineer, Pretraining Infrastructure',
    'Post-Training Engineer',
    'Engineer, Distributed Training',
    'LLM Fine-Tuning Engineer',
  ])('reads the model-training title %s as an ML engineer', (title) => {
    expect(matchTitle(title)).toContainEqual(expect.objectContaining({ role: 'ml-engineer', weight: 3 }));
  });

  it.each([
    ['Analytik kybernetické bezpečnosti', 'other'],
    ['Analista de Ciberseguridad (SOC N2)', 'other'],
    ['Administratrice de bases de données PostgreSQL', 'other'],
    ['Datenbankadministrator Oracle (m/w/d)', 'other'],
    ['Helpdesk Technician / Linux Systems Administrator', 'other'],
    ['Power BI Developer (DAX)', 'data-analyst'],
    ['Reporting-Entwickler', 'data-analyst'],
    ['Senior Biostatistician (Oncology)', 'data-scientist'],
    ['Statisticienne', 'data-scientist'],
    ['Estadístico/a', 'data-scientist'],
    ['Programadora BI (Qlik)', 'data-analyst'],
    ['Développeuse Power BI', 'data-analyst'],
    ['Desenvolvedor(a) de BI Júnior', 'data-analyst'],
    ['Consultor/a de Reporting', 'data-analyst'],
  ])('reads %s as %s only', (title, expected) => {
    expect(matchTitle(title).map((m) => m.role)).toEqual([expected]);
  });

  it('lets the body decide for an applied scientist', () => {
    const shipsModels =
      'You will own PyTorch models end to end: design experiments, analyze A/B tests, then deploy the ' +
      'models to production, serve them at low latency and own their monitoring and retraining.';
    expect(role('Applied Scientist, Search', shipsModels).id).toBe('ml-engineer');
    expect(role('Applied Scientist', DS_BODY).id).toBe('data-scientist');
  });

  it('reads academic research posts as research', () => {
    const lab =
      'You will develop new inference methods in PyTorch, quantize models for field sensors and ' +
      'deploy them, and publish the results.';
    expect(role('Research Associate in Machine Learning', lab).id).toBe('research-scientist');
    expect(role('Postdoctoral Fellow, Deep Learning for Ecology', lab).id).toBe('research-scientist');
    expect(role('PhD Candidate in Computer Vision', lab).id).toBe('research-scientist');
  });

  it('reads a long labelled first line as the title', () => {
    const text =
      'Titolo: Sviluppatore Backend Java (Spring Boot / Kafka) – sede Torino o full remote in Italia\n\nCiao!';
    expect(role(undefined, text).reasons[0]).toMatch(/^Title names “/);
  });

  it('reads the subject line of a recruiter mail as the title', () => {
    const mail =
      'Subject: Senior iOS Developer | Swift | Up to €90k | Hamburg/Remote | AI-first mobility start-up\n\n' +
      'Hi! My client builds an app; you build the app in Swift, with backend services and APIs in Go.';
    expect(role(undefined, mail).id).toBe('other');
  });
});

describe('full-stack titles', () => {
  const shipped = (title: string, text: string) => analyzePosting({ title, text }).role.id;
  const FRONT =
    'You build the screens recruiters use: Vue 3 with the Composition API, Pinia and TanStack Query, ' +
    'accessible components in Storybook, and a few endpoints in Node.js.';
  const BACK =
    'You build REST APIs in Spring Boot and Java, model data in PostgreSQL with Hibernate, run Kafka ' +
    'consumers, and now and then fix a form in Angular.';

  it('naming a browser framework, the body decides between front end and back end', () => {
    expect(shipped('Full-Stack Developer (Express / React)', FRONT)).toBe('frontend-engineer');
    expect(shipped('Full-Stack Developer (Java / Angular)', BACK)).toBe('backend-engineer');
  });

  it('naming a browser framework and Node only, leans to the front end', () => {
    const both =
      'You build the booking screens in React and the Node.js services behind them, with PostgreSQL.';
    expect(shipped('Full Stack Developer (React + Node.js)', both)).toBe('frontend-engineer');
  });

  it('naming another server stack beside the browser framework, is back-end work', () => {
    const both =
      'You build the booking screens in Angular with RxJS and the ASP.NET Core services behind ' +
      'them, with Entity Framework and SQL Server. React or Vue experience also counts.';
    expect(shipped('Full Stack .NET Engineer (C# / Angular)', both)).toBe('backend-engineer');
    expect(matchTitle('Full-Stack-Entwickler Kotlin / Vue').map((m) => m.role)).toEqual(['backend-engineer']);
    expect(matchTitle('Full Stack Engineer (Vue / Node.js)').map((m) => m.role)).toEqual([
      'frontend-engineer',
      'backend-engineer',
    ]);
  });

  it('browser UI libraries of a framework family count for the front end', () => {
    expect(isFrontend('pinia')).toBe(true);
    expect(isFrontend('composition-api')).toBe(true);
    expect(isFrontend('tanstack-query')).toBe(true);
    expect(isFrontend('nestjs')).toBe(false);
    expect(isFrontend('prisma')).toBe(false);
  });
});

describe('a title that names another profession', () => {
  it('makes no ML engineer of a specialist or an analyst whose work the body describes in ML words', () => {
    for (const title of ['AI Content Specialist – Prompt & Quality', 'AI Risk & Governance Analyst']) {
      const r = role(title, ML_BODY);
      expect(r.id, title).not.toBe('ml-engineer');
      expect(r.reasons.join(' '), title).toContain('The title names another profession');
    }
  });

  it('leaves an engineer, a scientist or a title that names ML work as they are', () => {
    expect(role('AI Specialist Engineer', ML_BODY).id).toBe('ml-engineer');
    expect(role('Machine Learning Engineer', ML_BODY).id).toBe('ml-engineer');
    expect(role(undefined, ML_BODY).id).toBe('ml-engineer');
  });
});

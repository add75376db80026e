import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

/** Each mention as "text@line", the line's first words standing for the line. */
const found = (text: string, company?: string) =>
  analyzePosting({ text, ...(company ? { company } : {}) }).mentions.map((m) => {
    const line = text.slice(text.lastIndexOf('\n', m.start) + 1);
    return `${m.text}@${line.split(' ').slice(0, 2).join(' ')}`;
  });

describe('concepts in a sentence where the employer speaks of itself', () => {
  const text = `Backend Engineer

What you'll do
- Build the APIs behind our camera platform in Go and PostgreSQL

The team
We are twelve engineers. Our deep learning models watch camera feeds for near-misses.
Sightframe builds computer vision software for construction sites.
Our stack: Go, Kafka and Kubernetes.
We expect you to know deep learning basics.

Requirements
- Experience with computer vision pipelines`;

  it("are the employer's product, not skills asked for", () => {
    const m = found(text, 'Sightframe');
    expect(m).not.toContain('deep learning@We are');
    expect(m).not.toContain('computer vision@Sightframe builds');
  });

  it('stay skills when the sentence addresses the candidate, in the requirements, and for tools', () => {
    expect(found(text, 'Sightframe')).toEqual(
      expect.arrayContaining([
        'deep learning@We expect',
        'computer vision@- Experience',
        'Kafka@Our stack:',
        'Kubernetes@Our stack:',
      ]),
    );
  });
});

describe('skills another team of the employer works with', () => {
  it("are that team's, not asked of the candidate", () => {
    const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);
    expect(
      ids(
        'Backend Developer\n\nWe ship parcels, and our Data & AI team uses machine learning to predict delivery windows – but this role is all about Java.',
      ),
    ).toEqual(['java']);
    expect(
      ids(
        'Site reliability\n\nThe platform\nOur ML engineers run vLLM, Ray and MLflow on top of this platform.\n\nYou keep Kubernetes healthy.',
      ),
    ).toEqual(['kubernetes']);
    expect(
      ids(
        'Backend Engineer\n\nOur tools\nJava and Kafka. Our Pricing team (three economists) writes the tariff engine in Haskell; you call its API.',
      ),
    ).toEqual(['java', 'kafka']);
    expect(
      ids(
        'Storage Engineer\n\nThe teams\nOur Search team works on the Elasticsearch cluster; you will write Rust for the storage layer.',
      ),
    ).toEqual(['rust']);
  });

  it("are that team's when the team is named with a possessive, by a recruiter, or with a long aside", () => {
    const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);
    expect(
      ids(
        "Backend Engineer\n\nThe team\nJava and Kafka. The Institute's research engineers maintain the MLOps tooling.",
      ),
    ).toEqual(['java', 'kafka']);
    expect(
      ids(
        'Data Engineer\n\nHi,\nMy client is a retailer. Their data science team has twenty churn-prediction models. You need SQL.',
      ),
    ).toEqual(['sql']);
    expect(
      ids(
        'Data Engineer\n\nThe team\nThe Vision team (nine engineers across Lyon, Porto and Gdansk) trains the neural networks. You need SQL.',
      ),
    ).toEqual(['sql']);
    expect(
      ids(
        'Data Engineer\n\nThe team\nThe Billing team (six developers, two admins, one architect, a product owner and a tester) maintains the Salesforce platform. You need SQL.',
      ),
    ).toEqual(['sql']);
    // The team's work in a bracketed relative clause, and teams listed after a colon.
    expect(
      ids(
        'Data Engineer\n\nOur group\nThe group includes the Storage team (which operates our MongoDB and Kafka clusters) and two product squads. You need SQL.',
      ),
    ).toEqual(['sql']);
    expect(
      ids(
        'Data Engineer\n\nThe team\nWe are a team of nine: platform engineers who run our Snowflake account, two analysts and a designer. You need SQL.',
      ),
    ).toEqual(['sql']);
    expect(
      ids(
        'Data Engineer\n\nThe team\nThe Platform squad next door looks after Kafka and Airflow. The Sensing group turns lidar data into maps. You need SQL.',
      ),
    ).toEqual(['sql']);
    expect(
      ids(
        'Data Engineer\n\nThe team\nThe Search and Ads teams are our neighbours; they run Elasticsearch and Spark. You need SQL.',
      ),
    ).toEqual(['sql']);
    expect(
      ids(
        "Data Engineer\n\nThe team\nThe Cloud CoE is responsible for the bank's Kubernetes platform. Our Data guild runs Airflow. You need SQL.",
      ),
    ).toEqual(['sql']);
    // "They" after anything but other teams stays the candidate's work.
    // (After a line about the job: the opening's sentences about the company are its own text.)
    expect(
      ids(
        'Data Engineer\n\nYou will join our data team.\n\nThe team\nWe are six people; they run Spark. You need SQL.',
      ),
    ).toEqual(['spark', 'sql']);
  });

  it("stay skills when the team is the candidate's own, or the clause addresses the candidate", () => {
    const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);
    expect(ids('Data Engineer\n\nThe team\nOur team uses Kafka and Flink every day.')).toEqual([
      'kafka',
      'flink',
    ]);
    expect(ids('Data Engineer\n\nThe team\nOur Data Platform team runs Kafka, and you will own it.')).toEqual(
      ['kafka'],
    );
  });
});

describe("skills named as not the candidate's", () => {
  const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);

  it("in another team's clause in other posting languages", () => {
    expect(
      ids(
        'Ingeniero QA\n\nSomos una tienda online y nuestro equipo de Data & IA utiliza modelos de machine learning.',
      ),
    ).toEqual([]);
    expect(
      ids('Architecte cloud\n\nEt notre pôle Data construit des plateformes sur Microsoft Fabric.'),
    ).toEqual([]);
  });

  it("in another team's clause with an insert, a progressive verb, in German or in Dutch", () => {
    const withDuties = (team: string) =>
      ids(`QA Engineer\n\nResponsibilities\n- Test in Python\n\nThe team\n${team}`);
    expect(
      withDuties('The Trust group (4 people) sits inside Engineering and covers Kafka and Flink.'),
    ).toEqual(['python']);
    expect(withDuties('The Trust squad is piloting Kafka and Flink.')).toEqual(['python']);
    expect(
      ids('Data Engineer\n\nDas Team\nDu arbeitest mit Python. Unser Data-Team betreibt Snowflake.'),
    ).toEqual(['python']);
    expect(
      ids(
        'Data Engineer\n\nThe team\nYou will work in Python. Our data team, who run Snowflake, sits next door.',
      ),
    ).toEqual(['python']);
    expect(ids('Data Engineer\n\nHet team\nOns Zoek-team beheert Elasticsearch en Kibana.')).toEqual([]);
    expect(withDuties('Our data scientists do that in PyTorch.')).toEqual(['python']);
  });

  it("in another team's clause in Danish, Norwegian, Dutch (people as the subject), French, German (object first) and English (a directorate, a team with its abbreviation)", () => {
    expect(
      ids('Data Engineer\n\nVores Prognose-team (4 data scientists) udvikler modeller i PyTorch.'),
    ).toEqual([]);
    expect(ids('Ingeniør\n\nVårt plattformteam drifter Kubernetes og Kafka.')).toEqual([]);
    expect(ids('Analist\n\nDe data engineers beheren de pipelines (Airflow en Kafka).')).toEqual([]);
    expect(ids('DBA\n\nLe pôle Données (8 agents) administre un parc Oracle et PostgreSQL.')).toEqual([]);
    expect(ids('Analyst\n\nDie Prognosemodelle in PyTorch baut unser Team Routing.')).toEqual([]);
    expect(
      ids('Analyst\n\nOur Data, Digital & Cloud directorate (90 people) runs Snowflake and Kafka.'),
    ).toEqual([]);
    expect(
      ids('Analyst\n\nThe Pricing Science & Analytics (PSA) group builds forecasting models in Kafka.'),
    ).toEqual([]);
  });

  it('in the kind of place the employer moves away from, in prose', () => {
    expect(
      ids(
        'Cloud Engineer\n\nThe role\nYou will join us as we move our last workloads out of two on-premises data centres into Azure.',
      ),
    ).toEqual(['azure']);
    // A bullet keeps its skills; "on-premise", the place moved from, is dropped by ./not-asked.ts.
    expect(ids('Cloud Engineer\n\nRequirements\n- Experience migrating from on-premises to Azure')).toEqual([
      'azure',
    ]);
  });

  it("stays the candidate's when the German sentence addresses them", () => {
    expect(ids('Analyst\n\nDu nutzt PyTorch, die Modelle baut unser Team Routing.')).toEqual(['pytorch']);
  });

  it('in the duties, only as an aside or a relative clause about another team', () => {
    expect(
      ids(
        'Data Engineer\n\nResponsibilities\n- Supporting the research team, who train churn prediction models with XGBoost\n- Airflow',
      ),
    ).toEqual(['airflow']);
    expect(
      ids(
        'Platform Engineer\n\nNice to have\n- Exposure to LLMOps – our support squad is piloting a LangChain agent',
      ),
    ).toEqual(['llmops']);
    expect(
      ids(
        'Data Engineer\n\nResponsibilities\n- Help our data science team build churn prediction models in XGBoost',
      ),
    ).toEqual(expect.arrayContaining(['xgboost']));
    // A sentence of prose after the list may open with another team.
    expect(
      ids(
        'Data Engineer\n\nNice to have\n- Airflow\n\nWe are six people. The analytics engineers run the dbt models on Snowflake.',
      ),
    ).toEqual(['airflow']);
    // Not in a bullet: "- The data engineers use dbt" is the list's own item.
    expect(ids('Data Engineer\n\nNice to have\n- Airflow\n- The data engineers use dbt daily')).toEqual([
      'airflow',
      'dbt',
    ]);
  });

  it("in a client's or the employer's product at work, a time opener, or what another team built", () => {
    const withDuties = (about: string) =>
      ids(`Backend Engineer\n\nResponsibilities\n- Build APIs in Go\n\nThe team\n${about}`);
    expect(withDuties('A scale-up whose platform detects fraud with deep learning for 40 banks.')).toEqual([
      'go',
    ]);
    expect(withDuties('Today our search is a keyword index plus some computer vision.')).toEqual(['go']);
    expect(withDuties('Partners include two robotics institutes and the Kubernetes Foundation.')).toEqual([
      'go',
    ]);
    expect(
      withDuties('My client is a Series B insurtech (40 people) that applies deep learning to claims.'),
    ).toEqual(['go']);
    expect(
      withDuties('It is a retailer that uses deep learning, and you will use deep learning too.'),
    ).toEqual(['go', 'deep-learning']);
    expect(withDuties('The current pipelines (Airflow, dbt) were built by their data team.')).toEqual(['go']);
    expect(withDuties('Changes in ABAP are handled by the development team.')).toEqual(['go']);
    expect(
      withDuties('Releases follow the SOX and ISO 27001 processes run by our Compliance department.'),
    ).toEqual(['go']);
    expect(withDuties('A scale-up whose platform detects fraud, and you will use deep learning.')).toEqual([
      'go',
      'deep-learning',
    ]);
  });

  it('in what another team runs, said in Swedish, Danish, Dutch or German', () => {
    const inDuties = (sentence: string) =>
      ids(`Backend Engineer\n\nResponsibilities\n- Build APIs in Go. ${sentence}`);
    expect(inDuties('Vårt GPU-kluster (Slurm) driftas av ett separat drift-team.')).toEqual(['go']);
    expect(inDuties('Vores Kafka-klynge drives af et andet team.')).toEqual(['go']);
    expect(inDuties('De Kafka-clusters worden beheerd door het Data Platform team.')).toEqual(['go']);
    expect(inDuties('Kafka wird vom Plattform-Team betrieben.')).toEqual(['go']);
    // The candidate's own work stays: "you run Kafka with the platform team".
    expect(inDuties('Du driftar Kafka tillsammans med plattformsteamet.')).toEqual(['go', 'kafka']);
  });

  it('in a clause the text says is not the job', () => {
    expect(
      ids("Gameplay\n\nOur backend is written in Go on Kubernetes, but you won't need to touch it."),
    ).toEqual([]);
    expect(
      ids(
        'Frontend\n\nThe API is a Node/NestJS backend (not your job!) and the app uses React and TypeScript.',
      ),
    ).toEqual(expect.not.arrayContaining(['nestjs']));
  });

  it('in a clause the next one disowns: "; you won\'t maintain it"', () => {
    expect(
      ids(
        "Mobile Developer\n\nRequirements\n- Swift\n\nOur analytics group runs a recommendation engine on Spark for the shop; you won't work on that, but you'll see its numbers.",
      ),
    ).toEqual(['swift']);
    expect(
      ids(
        'Web Developer\n\nRequirements\n- PHP and MySQL\n- A contractor once added a pricing model in TensorFlow – you will never touch it.',
      ),
    ).toEqual(['php', 'mysql']);
    expect(
      ids(
        'Web Developer\n\nThe role\nYou build the shop in PHP. Payments run on Kafka and Flink; the Platform team owns those.',
      ),
    ).toEqual(['php']);
    expect(
      ids('Web Developer\n\nRequirements\n- PHP\n- Payments run on Kafka; the Platform team owns that'),
    ).toEqual(['php']);
    // A bracket's own clause disowns only the bracket, not what stands before it.
    expect(
      ids(
        "Frontend Engineer\n\nResponsibilities\n- Integrating REST and GraphQL APIs with the backend team (Kotlin services - you don't need to write them)",
      ),
    ).toEqual(['rest', 'graphql']);
    expect(
      ids(
        "Web Developer\n\nResponsibilities\n- Build the shop in PHP\n- A pricing model in TensorFlow (with Keras), you won't maintain it",
      ),
    ).toEqual(['php']);
    // Not a clause about something else: what the candidate won't need stays asked when named after.
    expect(
      ids(
        "Web Developer\n\nRequirements\n- PHP; you won't need to know it in depth, but Laravel you will use daily.",
      ),
    ).toEqual(expect.arrayContaining(['laravel']));
  });

  it('in a sentence that says the skill is not needed, wherever it names it', () => {
    expect(
      ids(
        'Backend Developer\n\nWhat you will do\n* Split out services (two Kotlin services already run – no Kotlin experience needed)\n* Ruby',
      ),
    ).toEqual(['ruby']);
    // Another skill in that sentence stays asked.
    expect(
      ids(
        'Backend Developer\n\nWhat you will do\n* Write the Sidekiq jobs in Ruby; no Kotlin knowledge required',
      ),
    ).toEqual(['sidekiq', 'ruby']);
  });

  it('in the tools the employer has moved away from, not in those it is moving from', () => {
    expect(
      ids(
        'Analytics Engineer\n\nLast year the team moved off a pile of Excel and Looker extracts onto Snowflake. They are migrating from Jenkins to GitLab CI.\n\nRequirements\n- SQL',
      ),
    ).toEqual(['snowflake', 'jenkins', 'gitlab-ci', 'sql']);
  });

  it('that the candidate will not be expected to do', () => {
    expect(
      ids(
        'Data Analyst\n\nYou own the reports in Looker. You will not be expected to write Terraform or Helm charts.',
      ),
    ).toEqual(['looker']);
    expect(
      ids("Data Analyst\n\nYou won't be asked to build Airflow DAGs, but you will read dbt models daily."),
    ).toEqual(['dbt']);
  });

  it('when the text says it is not part of the role, even in the duties', () => {
    expect(
      ids(
        'Security Engineer\n\nResponsibilities\n- Review designs with the ML team; model training and fine-tuning are not part of this role\n- Harden Kubernetes',
      ),
    ).toEqual(['kubernetes']);
    expect(
      ids(
        'Data Analyst\n\nWhat you will do\n- Build reports in Tableau for sales. Kafka and Flink are out of scope for this role.',
      ),
    ).toEqual(['tableau']);
  });
});

describe("the employer's history or estate told in prose", () => {
  const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);

  it('is what the employer has, tools too, not what it asks', () => {
    expect(
      ids(
        'Backend Engineer\n\nWhat you will do\n- Build services in Java\n\nThe role\nWe ship furniture across Europe. We have been entirely on GCP since 2017, and we love it.',
      ),
    ).toEqual(['java']);
    expect(
      ids(
        "Developer\n\nYour skills\n- Strong TypeScript\n\nThe role\nWe're a family insurer and most of our estate is Delphi, so you'll feel at home here.",
      ),
    ).toEqual(['typescript']);
    expect(
      ids(
        'Engineer\n\nRequirements\n- Rust\n\nThe role\nWe run 30 Rust services and are retiring our legacy Perl monolith.',
      ),
    ).toEqual(['rust']);
  });

  it('stays the job when the sentence lists the stack, turns to the candidate first, or is a bullet', () => {
    expect(ids('Engineer\n\nThe role\nOur stack: Go, Kafka and Kubernetes.')).toEqual([
      'go',
      'kafka',
      'kubernetes',
    ]);
    expect(
      ids('Engineer\n\nThe role\nWe know you will help us move off GCP since 2024 plans changed.'),
    ).toContain('gcp');
    expect(ids('Engineer\n\nThe role\n- We have run entirely on GCP since 2017')).toContain('gcp');
  });
});

describe('skills another team maintains, in the passive', () => {
  const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);

  it("are that team's, in the job's sections too and in other languages", () => {
    expect(
      ids(
        'Ingénieur\n\nTes missions\n- Le moteur de recherche (Solr) est géré par la squad Plateforme ; toi, tu fais le classement en Python.',
      ),
    ).toEqual(['python']);
    expect(
      ids(
        'Engineer\n\nWhat you will do\n- Tune ranking in Python; the Solr cluster is run by the Search Infra team.',
      ),
    ).toEqual(['python']);
    // Two teams named together, four words before the noun.
    expect(
      ids(
        'Analyst\n\nThe role\nModel evaluation and benchmarks are owned by the Research and ML Engineering teams; you write SQL.',
      ),
    ).toEqual(['sql']);
  });

  it('stay asks when the candidate maintains them', () => {
    expect(
      ids('Engineer\n\nWhat you will do\n- Maintain the Solr cluster and tune ranking in Python.'),
    ).toEqual(['solr', 'python']);
  });

  it("are that team's when a participle without its auxiliary follows them closely", () => {
    expect(
      ids(
        "Développeur\n\nTes missions\n- Consommer nos API REST (service Django maintenu par l'équipe Core) en Kotlin",
      ),
    ).toEqual(['rest', 'kotlin']);
    const team = (sentence: string) => ids(`Analyst\n\nThe team\n${sentence}\n\nRequirements\n- SQL`);
    expect(team('Dashboards use a BigQuery warehouse built by the Data Platform team in 2023.')).toEqual([
      'data-visualization',
      'sql',
    ]);
    expect(team('You query a BigQuery warehouse built by the Data Platform team in 2023.')).toEqual([
      'bigquery',
      'sql',
    ]);
    expect(ids('Analista\n\nFunções\n- Trabalhar com SQL; o Kubernetes é feito pela equipa de IA.')).toEqual([
      'sql',
    ]);
  });
});

describe("a skill named again in the employer's aside of a requirement", () => {
  /** Each mention as its text and position, to tell two mentions of one skill apart. */
  const at = (text: string) => analyzePosting({ text }).mentions.map((m) => `${m.text}@${m.start}`);

  it('is context, not a second ask', () => {
    const text = 'Requirements\n- Some Azure experience: we still run our billing on Azure';
    expect(at(text)).toEqual([`Azure@${text.indexOf('Azure')}`]);
    const bracket = 'Requirements\n- Looker or Metabase (wir lösen gerade die letzten Metabase-Berichte ab)';
    expect(at(bracket)).toEqual([
      `Looker@${bracket.indexOf('Looker')}`,
      `Metabase@${bracket.indexOf('Metabase')}`,
    ]);
    // In the plural: "LLM evaluation – we are piloting LLMs".
    const plural =
      'Requirements\n- Some LLM evaluation experience – we are piloting LLMs for support tickets';
    expect(at(plural).map((m) => m.split('@')[0])).toEqual(['LLM evaluation']);
  });

  it("is context when it names the other side's stack", () => {
    const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);
    expect(
      ids('Mobile Developer\n\nNice to have\n- Some Node.js – our backend is NestJS on Postgres'),
    ).toEqual(['nodejs']);
    // Unless the aside turns to the candidate.
    expect(
      ids('Mobile Developer\n\nNice to have\n- Some Node.js – our backend is NestJS and you will extend it'),
    ).toEqual(['nodejs', 'nestjs']);
  });

  it('stays a mention when the aside turns to the candidate or names a new skill', () => {
    const text = 'Requirements\n- Some Azure experience: you will run our billing on Azure';
    expect(at(text)).toHaveLength(2);
    expect(at('Requirements\n- Cloud experience: we run on GCP').map((m) => m.split('@')[0])).toEqual([
      'GCP',
    ]);
  });
});

describe("a consultancy's past or typical projects", () => {
  const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);

  it("are the firm's record, not asks", () => {
    expect(
      ids(
        'Consultant\n\nYour skills\n- Python\n\nThe role\nRecent projects include moving an airline from Teradata to BigQuery.',
      ),
    ).toEqual(['python']);
    expect(
      ids(
        'Consultant\n\nYour skills\n- Python\n\nThe role\nOur projects usually run three months and use Looker.',
      ),
    ).toEqual(['python']);
  });

  it("and a lab's research record, are no asks", () => {
    expect(
      ids(
        'Scientist\n\nYour skills\n- Python\n\nThe role\nRecent work from the lab includes a benchmark for speech recognition.',
      ),
    ).toEqual(['python']);
  });

  it('stay asks when the sentence turns to the candidate', () => {
    expect(
      ids(
        'Consultant\n\nYour skills\n- Python\n\nThe role\nRecent projects include work where you would use Looker.',
      ),
    ).toContain('looker');
  });
});

describe('an estate the job looks after', () => {
  it('keeps its skills', () => {
    const ids = analyzePosting({
      text: 'Security Engineer\n\nRequirements\n- Incident response\n\nThe role\nOur team protects our GCP projects, 900 laptops and our SaaS estate.',
    }).skills.map((s) => s.id);
    expect(ids).toContain('gcp');
  });
});

describe('the source of a move already made', () => {
  const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);

  it('is history, tools too', () => {
    expect(
      ids(
        'Analyst\n\nRequirements\n- dbt\n\nThe role\nLast year they moved off Access and Qlik onto a modern stack.',
      ),
    ).toEqual(['dbt']);
  });

  it('stays the job while the move is under way', () => {
    expect(
      ids(
        'Analyst\n\nRequirements\n- dbt\n\nThe role\nWe are moving off Access and Qlik onto a modern stack.',
      ),
    ).toEqual(expect.arrayContaining(['dbt', 'qlik']));
  });
});

describe("another team's work written after an apostrophe or an accented word", () => {
  it('reads "L\'équipe Data Science développe" as another team at work', () => {
    const text =
      "Vos missions\n- Développer des API en Python\n\nNotre équipe\nL'équipe Data Science développe les modèles avec scikit-learn.";
    expect(found(text)).toEqual(['Python@- Développer']);
  });
});

describe("the employer's estate and other teams in the posting languages", () => {
  const names = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
  it.each([
    ['Portuguese', 'Toda a nossa infraestrutura roda em AWS desde 2018.'],
    ['German', 'Unsere Plattform läuft komplett auf Azure.'],
    ['French', 'Notre infrastructure est entièrement hébergée sur AWS.'],
    ['Dutch', 'Onze infrastructuur draait volledig op Azure.'],
    ['Polish, another team', 'Zespół Data Science rozwija modele w PyTorch.'],
    ['Swedish', 'Vår plattform har körts på AWS sedan 2019.'],
    [
      'English, an event of last year',
      'Our new BigQuery platform went live last year, and the team is growing.',
    ],
    ['English, most of the estate', 'Most of our estate is Java, with a few Perl scripts.'],
  ])('%s: what the employer runs is no ask', (_, sentence) => {
    expect(names(`Requisitos\n- Python\n\nNotre équipe\n${sentence}`)).toEqual(['Python']);
  });

  it('keeps a concept in a Norwegian sentence that turns to the candidate', () => {
    const text = 'Krav\n- Python\n\nThe role\nVi søker en utvikler som vil jobbe med observability.';
    expect(names(text)).toEqual(['Python', 'observability']);
  });

  it('keeps a tool the sentence turns to the candidate for', () => {
    const text =
      'Requisitos\n- Python\n\nNotre équipe\nOnze infrastructuur draait volledig op Azure en jij beheert Terraform.';
    expect(names(text)).toEqual(['Python', 'Terraform']);
  });
});

describe('a clause that disowns what its sentence named before, in the posting languages', () => {
  const names = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
  it.each([
    ['German', 'Das Controlling erstellt Dashboards in Tableau – das ist nicht Teil deiner Rolle.'],
    ['French', "Le site (Vue.js côté front – vous n'y toucherez pas) reste en place."],
    ['Spanish', 'Los informes se publican en Tableau, pero no forma parte de este puesto.'],
    ['Italian', 'I report in Tableau esistono già, ma non fanno parte del ruolo.'],
    ['Portuguese', 'Os relatórios ficam em Tableau, mas não fazem parte da função.'],
    ['Dutch', 'De rapportages draaien in Tableau, maar dat is geen onderdeel van je rol.'],
    ['Polish', 'Raporty powstają w Tableau, ale to nie jest częścią tej roli.'],
    ['Swedish', 'Rapporterna byggs i Tableau, men det ingår inte i rollen.'],
    ['Czech', 'Reporty vznikají v Tableau, ale to není součástí této role.'],
    [
      'English, what the job is not about',
      'The savings feature uses Tableau reports, and we are proud of it, but it is not what this job is about.',
    ],
    [
      'German, what the role is not about',
      'Die Berichte entstehen in Tableau, aber darum geht es in dieser Rolle nicht.',
    ],
    [
      'French, what the job is not about',
      "Les rapports sont publiés dans Tableau, mais ce n'est pas l'objet du poste.",
    ],
    [
      'English, after a semicolon',
      'The sales reports live in Tableau; feel free to look, but it is not part of this role.',
    ],
  ])('%s: the disowned clause names no ask', (_, sentence) => {
    expect(names(`Requirements\n- Python\n\nAbout the team\n${sentence}`)).toEqual(['Python']);
  });

  it('in the duties, only the bracket the clause stands in', () => {
    const text =
      "Vos missions\n- Déployer la plateforme sur Kubernetes (Java côté back – vous n'y toucherez pas) avec Helm";
    expect(names(text)).toEqual(['Kubernetes', 'Helm']);
  });

  it('keeps a skill named after the clause, or in a sentence that disowns nothing', () => {
    expect(
      names(
        'Requirements\n- Tableau dashboards, das ist nicht Teil deiner Rolle; Python ist es.\n- SQL, ça aussi',
      ),
    ).toEqual(['Python', 'SQL']);
    expect(names('Requirements\n- Tableau: you will build the reports yourself')).toEqual(['Tableau']);
    expect(names('Requirements\n- Tableau reports, which is what this job is about')).toEqual(['Tableau']);
    expect(
      names(
        "Requirements\n- Python\n\nThe team\nOur advocates run the Discord server, but that's not part of this role.",
      ),
    ).toEqual(['Python']);
  });
});

describe('another team at work, its name holding a skill, and in Portuguese', () => {
  const names = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
  it.each([
    ['Portuguese, "o time"', 'O time de Plataforma mantém o cluster Kubernetes.'],
    ['Portuguese, "a equipa"', 'A equipa de Dados desenvolve os pipelines em Airflow.'],
    ['a skill in the bracket after the team', 'Il reparto IT (SAP) gestisce la contabilità.'],
    [
      'a skill in the bracket after the team, in Spanish',
      'El equipo de Datos (Snowflake) gestiona los informes.',
    ],
    [
      "a skill in the team's name",
      'Once a model is approved, our Kubernetes engineers in the Platform team handle the rollout.',
    ],
  ])("%s: the team's, not asked", (_, sentence) => {
    expect(names(`Requirements\n- Python\n\nThe team\n${sentence}`)).toEqual(['Python']);
  });

  it('keeps a skill listed before the team, or when the sentence addresses the candidate first', () => {
    const details = (sentence: string) => names(`Requirements\n- Python\n\nThe team\n${sentence}`);
    expect(
      details('Every change needs the Terraform plan, and the Platform team maintains the modules.'),
    ).toEqual(['Python', 'Terraform']);
    expect(details('You join our Kotlin engineers, who build the app.')).toEqual(['Python', 'Kotlin']);
  });
});

describe('the relative clause of a team the candidate works with', () => {
  const names = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
  const team = (sentence: string) => names(`Requirements\n- Python\n\nThe team\n${sentence}`);
  it("tells that team's work, though the sentence addressed the candidate first", () => {
    expect(
      team(
        "You'll work closely with analysts and our Infrastructure team (who run the Kubernetes clusters).",
      ),
    ).toEqual(['Python']);
    expect(team('You partner with the Data team, which owns Airflow.')).toEqual(['Python']);
  });

  it("stays the candidate's when the candidate joins the team", () => {
    expect(team("You'll join our Infrastructure team, who run the Kubernetes clusters.")).toEqual([
      'Python',
      'Kubernetes',
    ]);
  });
});

describe('people counted, then what they do', () => {
  it('is their work', () => {
    const text =
      'Requirements\n- Python\n\nThe team\nThe group is four writers and two front-end engineers who maintain our Docusaurus site.';
    expect(analyzePosting({ text }).mentions.map((m) => m.text)).toEqual(['Python']);
  });
});

describe('a "they" clause after a team', () => {
  const names = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
  it("is that team's work, up to the turn to the candidate", () => {
    expect(
      names(
        "What you'll do\n- Work with the Platform team on releases (they run the Kubernetes clusters – you'll write the Helm charts)",
      ),
    ).toEqual(['Helm charts']);
    expect(
      names("Missions\n- Travailler avec l'équipe Data (ils maintiennent Airflow) sur les modèles en Python"),
    ).toEqual(['Python']);
  });

  it('needs a team named before it', () => {
    expect(names("What you'll do\n- Ship the app; they use Kubernetes here")).toEqual(['Kubernetes']);
  });

  it('is a bracketed "who" clause after a team or a capitalised name, in the posting languages', () => {
    expect(
      names('The team\nYou partner with Detection Engineering (who run Splunk) and write Python.'),
    ).toEqual(['Python']);
    expect(
      names("Missions\n- Travailler avec l'équipe Sécurité (qui maintiennent Splunk) ; tu codes en Python"),
    ).toEqual(['Python']);
    expect(
      names(
        'El equipo\nColaborarás con el equipo de Seguridad (que mantienen Splunk) y programas en Python.',
      ),
    ).toEqual(['Python']);
  });

  it('is no such clause about the candidate or without the bracket', () => {
    expect(names('The team\nThe ideal candidate (who uses Splunk daily) writes Python.')).toEqual([
      'Splunk',
      'Python',
    ]);
    expect(names('The team\nYou partner with Detection Engineering and run Splunk in Python.')).toEqual([
      'Splunk',
      'Python',
    ]);
  });
});

describe('an office, board or committee of the employer at work', () => {
  it("does its own work, not the candidate's", () => {
    const text =
      'Requirements\n- Python\n\nThe team\nEvery release goes through our Model Risk Committee, which reviews fairness and model interpretability.';
    expect(analyzePosting({ text }).mentions.map((m) => m.text)).toEqual(['Python']);
  });
});

describe('a product named by its concept after "whose"', () => {
  const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);
  it('describes the company, not the job', () => {
    expect(
      ids(
        'The client\nA London scale-up, whose AI-powered recommendation engine sits behind the product feeds of big retailers.\n\nRequirements\n- Python',
      ),
    ).toEqual(['python']);
    expect(
      ids(
        'The client\nA start-up whose computer vision platform inspects wind turbines.\n\nRequirements\n- Python',
      ),
    ).toEqual(['python']);
  });

  it("is never the candidate's skill", () => {
    expect(ids('Requirements\n- Someone whose machine learning skills are strong, and Python')).toEqual([
      'machine-learning',
      'python',
    ]);
  });
});

describe('a product the employer has launched, named by its concept', () => {
  const names = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
  it('describes the product, not an ask', () => {
    expect(
      names(
        'Requirements\n- Java\n\nThe team\nThe bank has just launched a computer vision app for branch queues.',
      ),
    ).toEqual(['Java']);
  });

  it('stays an ask when the candidate launches it', () => {
    expect(
      names('Requirements\n- Java\n\nThe team\nYou have launched a computer vision app before.'),
    ).toEqual(['Java', 'computer vision']);
  });
});

describe('another team handing over, maintaining or looking after what the job uses', () => {
  const names = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
  it.each([
    ['handing over', 'Our ML engineers hand over compiled Core ML models and a Swift package.'],
    [
      'models maintained by a team',
      "It's built on third-party LLMs and retrieval models maintained by our AI Engineering team.",
    ],
    [
      'German, the object first',
      'Die Embedded-Plattform (Yocto, Kamera-Treiber) betreut das Team Embedded Systems.',
    ],
  ])('%s: no ask', (_, sentence) => {
    expect(names(`Requirements\n- Python\n\nHow we work\n${sentence}`)).toEqual(['Python']);
  });

  it('keeps what the candidate looks after beside the team', () => {
    expect(
      names('Requirements\n- Python\n\nHow we work\nDu betreust Docker und das Team nutzt Kubernetes.'),
    ).toContain('Docker');
  });
});

describe('a clause disowning the skills before it, more wordings', () => {
  const names = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
  it.each([
    [
      'this role does not work on',
      'Our mission software is built in Go and Rust; this role does not work on that codebase.',
    ],
    [
      'Polish, nominative',
      'Zespół eksperymentuje z ML do animacji (motion matching), ale to nie jest część tej roli.',
    ],
    ['no need to know it', 'Our backend is Kotlin + Spring on AWS — no need to know it.'],
    [
      'Norwegian, you will not code',
      'Utviklerne i teamet skriver Kotlin og TypeScript/React — du skal ikke kode.',
    ],
    ['Norwegian, not part of the role', 'Vi bruker Kotlin, men det er ikke en del av rollen.'],
    [
      'German, both',
      'Die Suche läuft über Algolia bzw. ein Modell unseres Teams – beides ist nicht Teil dieser Stelle.',
    ],
    [
      'owned by other teams',
      'The product UI (React/TypeScript) and the backend (Django + PostgreSQL) are owned by other teams.',
    ],
    ['Dutch, built by specialists', 'De Power BI-rapportages worden gebouwd door onze BI-specialisten.'],
    [
      'German, looked after by a team',
      'Der Feature Store (Feast auf BigQuery) wird vom Data-Platform-Team betreut.',
    ],
    ['Danish, run by a team', 'Chaufførappen (React Native) varetages af Mobile-teamet.'],
    ["the customers' tools", 'Our customers store their contracts in iManage, NetDocuments or SharePoint.'],
    ["the merchants' platforms", 'Our merchants run on Shopify, WooCommerce and Magento.'],
    ["the customers' workloads", 'Our customers bring their own PyTorch, JAX or Megatron-LM workloads.'],
  ])('%s', (_, sentence) => {
    expect(names(`Requirements\n- Python\n\nHow we work\n${sentence}`)).toEqual(['Python']);
  });
});

describe("another team's work in Spanish, Portuguese, French and Norwegian", () => {
  const found = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);

  it("is that team's, not asked of the candidate", () => {
    expect(
      found('Requisitos\n- Python\n\nLa navegación autónoma (ROS 2, SLAM) la lleva otro equipo.'),
    ).toEqual(['Python']);
    expect(found('Requisitos\n- Python\n\nLos modelos de IFRS 9 los gestiona otro equipo.')).toEqual([
      'Python',
    ]);
    expect(
      found(
        'Título: Engenheiro de ML\n\nA área de Analytics (outra tribo) cuida dos dashboards em Looker.\n\nRequisitos\n- Python',
      ),
    ).toEqual(['Python']);
    expect(
      found(
        "Titre : Product Manager\n\nLe modèle est conçu par l'équipe Data Science (12 personnes), qui l'entraîne et le déploie sur Vertex AI.\n\nProfil\n- Python",
      ),
    ).toEqual(['Python']);
    expect(
      found(
        'Tittel: Data Scientist\n\nTilbudene leveres av vårt ML-plattformteam, som trener og drifter modellene i Azure Machine Learning.\n\nKrav\n- Python',
      ),
    ).toEqual(['Python']);
  });

  it('in Italian, left with another team ("resta in capo ai")', () => {
    expect(
      found(
        'Titolo: MLOps Engineer\n\nLa validazione dei modelli (SAS) resta in capo ai data scientist del team Rischio.\n\nRequisiti\n- Python',
      ),
    ).toEqual(['Python']);
  });

  it("stays the candidate's when the other team takes only another part", () => {
    expect(found('- Trabajarás con Docker; otro equipo lleva el CI.')).toEqual(['Docker']);
  });
});

describe('another team or provider owning the thing', () => {
  const found = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);

  it('in a relative clause without a comma, in a duty', () => {
    expect(
      found('Responsibilities\n- Build REST APIs; work with the Integration team who own our MuleSoft layer'),
    ).toEqual(['REST APIs']);
  });

  it('as a passive, named with a possessive or a provider, or still being run by a partner', () => {
    expect(
      found(
        "Title: Frontend Developer\n\nBackend services are Java and are owned by the client's API team.\n\nRequirements\n- React",
      ),
    ).toEqual(['React']);
    expect(
      found(
        'Title: Network Engineer\n\nThe Intune environment is supported by a separate managed service provider.\n\nRequirements\n- BGP',
      ),
    ).toEqual(['BGP']);
    expect(
      found(
        'Title: Developer\n\nThe Now Assist (GenAI) proof of concept is being run by our ServiceNow partner.\n\nRequirements\n- JavaScript',
      ),
    ).toEqual(['JavaScript']);
  });

  it("stays the candidate's when the candidate owns it", () => {
    expect(found('- Build dashboards in Tableau, owned by you.')).toContain('Tableau');
    expect(found('- Work with the data team who review your Terraform changes')).toContain('Terraform');
  });
});

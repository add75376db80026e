/**
 * Original sample postings for the benchmark: realistic structure, headers, bullets, lists,
 * inline optional phrasing and ordinary words that look like skills.
 */
export const POSTINGS: readonly string[] = [
  `Machine Learning Engineer II, Fraud Detection

About Quillmark
Quillmark processes card payments for more than forty thousand small businesses across Europe and North America. Fraud is the fastest way to lose a merchant's trust, so the models that decide whether a payment looks suspicious sit directly in the checkout path. Our Risk team is eleven people: data scientists, ML engineers, a product manager and two analysts who know more about chargebacks than anyone should. We work in small groups, write things down, and review each other's work carefully before it reaches production.

The role
You will join the ML engineering group that owns the real-time scoring service. Today it handles about three thousand requests per second at peak with a p99 latency of 40 ms, and it must keep doing so while we replace the current gradient-boosted model with a sequence model that looks at a card's recent history. You will work closely with the data scientists who design the models, but your focus is everything that happens after a notebook: packaging, serving, monitoring, retraining and the slow, careful rollout of new versions.

What you'll do
- Own the scoring service in Python and Go: design its APIs, keep it fast, and keep it up
- Build the training and retraining pipelines with Airflow, and make them reproducible end to end
- Move features from batch to streaming with Kafka and Flink, keeping the feature store consistent between training and serving
- Set up model monitoring and drift detection, with alerts that a tired on-call engineer can act on at 3 a.m.
- Run shadow deployments and A/B tests for new models, and plan graceful degradation when a dependency fails
- Write design documents, review code, and help the data scientists write production-quality code

What we're looking for
- 3+ years of experience building backend or ML systems that run in production
- Strong Python and good habits around testing, code review and version control with Git
- Experience serving models behind an API (REST or gRPC) with attention to latency and batching
- Docker and Kubernetes; we run on AWS (EKS, S3, SageMaker for training jobs)
- Solid SQL: you will query Postgres and Snowflake every day
- A working understanding of how models are trained and evaluated: overfitting, class imbalance, precision and recall

Nice to have
- Experience with XGBoost or LightGBM in production, or with sequence models in PyTorch
- Familiarity with Terraform is a plus
- Payments or fraud domain knowledge

A typical first three months
In your first month you will pair with another ML engineer on the scoring service, ship a small change to production in your first week, and join the on-call rotation as a shadow. In your second month you will take over the retraining pipeline: today it is a set of scripts that one person understands, and we would like it to be a tested, documented pipeline that anyone on the team can run. By the end of the third month you will lead the rollout plan for the new sequence model, from the shadow deployment through the first experiment to the full launch, working with the data scientists on the evaluation and with the payments engineers on the integration.

About the team
The Risk team sits between product, engineering and operations. Analysts investigate new fraud patterns and label cases; data scientists turn those patterns into features and models; ML engineers make sure the models run reliably, quickly and cheaply; and the product manager keeps everyone honest about what merchants actually need. We review every model change with a short written proposal, we keep a shared log of incidents and what we learned from them, and we spend one day every two weeks on maintenance work that nobody would otherwise prioritise.

Interview process
A thirty-minute call with the hiring manager, a take-home exercise that should take no more than three hours, a technical conversation about the exercise and about a system you have built, and a final conversation about how you like to work. We share feedback after every stage.

How we work
We ship small changes often, and every change goes through CI/CD with automated tests. We care about documentation and we write postmortems without blame. Most of the team works remotely within two hours of Central European Time, and we meet in person twice a year in Lisbon.

Benefits
- Salary range 75,000 to 95,000 EUR depending on experience, plus equity
- 28 days of paid holiday and a learning budget you are expected to use
- A new laptop of your choice and a home-office allowance
- Parental leave of sixteen weeks for every parent

Quillmark is an equal opportunity employer. We welcome applicants of every background, and we will make reasonable adjustments to the interview process if you need them. If you are unsure whether you meet every requirement, apply anyway: we would rather talk to you than miss you.
`,
  `Senior Data Engineer, Analytics Platform

Who we are
Harbourlight is a travel marketplace. Millions of people search for trips on our site every month, and behind every search is a data platform that turns clicks, bookings and partner feeds into tables the rest of the company trusts. The analytics platform team builds and runs that platform.

What you will do
Design, build and operate batch and streaming pipelines that ingest booking, search and marketing data into our lakehouse. You will own data models that analysts and data scientists query every day, improve the reliability of our orchestration, and help teams across the company answer questions with data instead of opinions. You will also mentor two junior engineers and take part in our on-call rotation, which is quiet most weeks.

Requirements
- 5+ years of experience as a data engineer or backend engineer working with data
- Excellent SQL and data modelling skills; experience with dbt
- Python for pipelines and tooling
- Experience with Spark and Kafka, and with an orchestrator such as Airflow or Dagster
- Cloud data warehouses: BigQuery, Snowflake or Redshift
- Bachelor's degree in computer science, engineering or a related field, or equivalent experience

Preferred qualifications
- Terraform and infrastructure as code
- Experience with data quality tooling and data contracts
- Some exposure to machine learning feature pipelines

Our benefits include a yearly travel credit, flexible working hours, and a generous pension plan. We are proud to be an equal opportunity employer.
`,
  `Senior Machine Learning Engineer, Ranking

About us
Northbeam builds search and recommendations for online retailers. Our models rank millions of products every day, and we care as much about latency budgets as about offline metrics.

What you'll do
- Own the ranking service end to end: training pipelines, model serving and model monitoring
- Deploy PyTorch models to Kubernetes behind a gRPC API with a p99 latency under 50 ms
- Build feature pipelines with Spark and Kafka and keep the feature store consistent between training and serving
- Run A/B tests of new models with the experimentation team and roll back gracefully when metrics drop
- Track experiments in MLflow and promote models through the model registry
- Review code, write tests and improve our CI/CD for ML

What you bring
- 5+ years of software engineering experience, including 3+ years shipping ML systems to production
- Strong Python; Go, Rust or C++ for performance-critical paths
- Deep knowledge of PyTorch or TensorFlow and of ranking or recommendation models
- Docker, Kubernetes and at least one cloud (AWS/GCP/Azure)
- Solid SQL (PostgreSQL, BigQuery or Snowflake)
- BS/MS in Computer Science or a related field

Nice to have
- Experience with Ray or Triton Inference Server
- Familiarity with ONNX and quantization is a plus
- Bonus points for contributions to open-source ML tooling

Benefits
- Hybrid work from our office at 14 Triton Street, learning budget, and a go-to mentor from day one
- We are a Series C company; our R&D team is growing fast
`,
  `MLOps Engineer (m/w/d)

Über uns
Wir bauen Vorhersagemodelle für die Energiewirtschaft.

Deine Aufgaben
- Aufbau und Betrieb unserer ML-Plattform auf Azure (Azure ML, AKS)
- Automatisierte Retraining-Pipelines mit Airflow und MLflow
- Monitoring und Drift Detection für Modelle in Produktion

Dein Profil
- 3+ Jahre Berufserfahrung mit Python und SQL
- Erfahrung mit Docker, Kubernetes und Terraform
- Kenntnisse in CI/CD (GitHub Actions oder GitLab CI)

Wünschenswert
- Erfahrung mit Kafka oder Spark
- Kenntnisse in Go
`,
  `Data Scientist, Marketing Analytics

What we look for
- 2+ years as a data scientist or analyst
- Strong SQL; our warehouse is BigQuery
- Python (pandas, scikit-learn) or R
- Solid statistics: hypothesis testing, causal inference basics
- You excel at explaining numbers to people who do not love numbers

Nice to have
- Experience with marketing mix models
- dbt, Looker or Tableau

In this role you will design experiments, analyse campaign results, build dashboards and share insights with stakeholders across the company. We want to spark curiosity about data in every team.
`,
  `Software Engineer, Machine Learning Infrastructure

The team runs the platform every model at our company ships on: GPU clusters, distributed training with PyTorch and Ray, batch and real-time inference, and the model registry. You will make model deployment boring: one command from a merged pull request to a canary release, with automatic rollback when latency or accuracy regresses.

Requirements:
• Experience building backend services in Go or Python, with strong testing habits and code review
• Kubernetes operators, Helm and Terraform on AWS (EKS, S3, SageMaker)
• Understanding of GPU scheduling, batching and model quantization
• Bachelor's degree or equivalent experience; Master's preferred

Preferred qualifications:
• CUDA or Triton kernels
• Prior work on feature stores (Feast, Tecton) or vector databases
• Java or Scala for the streaming stack is nice to have
`,
];

import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

/** Skills the posting says are not required (./not-required.ts), with the real catalogue. */
const highlighted = (line: string) =>
  analyzePosting({ text: `About the role\nYou will build services in Python.\n\n${line}\n` })
    .mentions.map((m) => m.text)
    .filter((t) => t !== 'Python');

describe('skills the posting says are not required', () => {
  it.each([
    [
      'a label opening the line',
      'Not required: deep learning, PyTorch, CUDA or any model training experience.',
    ],
    ['a negated need', "You don't need MLOps, Kubernetes, model serving or feature store experience."],
    ['a negated need, written out', 'We do not require Java or Kotlin.'],
    ['after its subject', 'Kubernetes experience is not required.'],
    ['after its subject, on a bullet', '- Knowledge of Kubernetes is not necessary.'],
    ['the negation, the skill, then "required"', 'No Kubernetes experience needed.'],
    [
      '(de) after its subject',
      'Erfahrung mit MLOps, Docker oder Kubernetes ist für diese Stelle nicht erforderlich.',
    ],
    ['(de) no prerequisite', 'Kubernetes-Kenntnisse sind keine Voraussetzung.'],
    ['(de) the negation, the skill, then "required"', 'Keine Kubernetes-Erfahrung erforderlich.'],
    [
      '(fr) no need',
      "Pas besoin d'expérience en machine learning, en Python ou en prompt engineering pour ce poste.",
    ],
    ['(fr) after its subject', "Docker n'est pas requis pour ce poste."],
    [
      '(es) opening the clause',
      'No es necesario tener experiencia en machine learning, ciencia de datos ni Python.',
    ],
    ['(it) opening the clause', 'Non è richiesta esperienza in machine learning o intelligenza artificiale.'],
    ['(pl) after its subject', 'Znajomość Dockera nie jest wymagana.'],
    ['(de) the need first', 'COBOL-Kenntnisse brauchst du dafür nicht.'],
    ['after a dash', 'This is an analytics role — no machine learning experience is required.'],
    ['the work denied', 'You will not build, train or deploy machine learning models.'],
    ['(de) no experience of it, mid-sentence', 'Für diese Position ist keine Salesforce-Erfahrung nötig.'],
    ['(pt) not expected', 'Não esperamos que você treine modelos de machine learning.'],
    ['a header saying what is not needed', "WHAT'S NOT NEEDED: front-end work, Django, or legal knowledge."],
    ['(no) not a requirement', 'Erfaring med machine learning er ikke et krav.'],
    ['(da) not necessary', 'Dyb Kubernetes-erfaring er ikke nødvendig.'],
    ['(nl) no need to know it', 'Je hoeft geen Java te kennen.'],
    ['(es) the job it is not', 'No es un puesto de programación ni de ingeniería de machine learning.'],
    ['the job it is not, the field first', 'This is not a data science role.'],
    [
      'one part of the work denied',
      'You will not be responsible for designing or training the neural networks.',
    ],
    ['what the job does not work on', 'You will not work on the customer-facing Salesforce managed package.'],
    [
      'none of it in this role',
      "The models are served from our backend, so there's no on-device ML in this role.",
    ],
    ['(fr) no skill expected', "Aucune compétence en machine learning n'est attendue pour ce poste."],
    ['(de) a label: not expected', 'Nicht erwartet: SAP-Kenntnisse.'],
    ['(da) need not have experience with it', 'Du skal ikke have erfaring med machine learning eller Kafka.'],
    ['(no) need not have experience with it', 'Du trenger ikke å ha erfaring med Kafka.'],
    [
      '(nl) no experience needed, its object after the verb',
      'Je hoeft geen ervaring te hebben met machine learning of met MLflow.',
    ],
    ['(nl) not a requirement, stressed', 'Kennis van machine learning is géén vereiste.'],
    ['(pl) the work denied in the second person', 'Nie budujesz modeli uczenia maszynowego.'],
    ['what the job does not involve', 'This role does not involve Kubernetes or Terraform.'],
    ['(pt) what the job does not involve', 'Esta vaga não envolve MLOps.'],
    ['one verb of the job denied', "You won't be building Looker dashboards."],
    ['(pt) the work denied in the future', 'Você não vai desenvolver modelos de machine learning.'],
    ['(es) neither, with what you will not have to do', 'Tampoco tendrás que programar en Kotlin ni Swift.'],
    [
      '(es) no need, a product whose name holds a plus word after it',
      'No necesitas machine learning: el valorador automático lo hace otro equipo.',
    ],
    ['(it) the work denied in the future', 'Non svilupperai modelli di machine learning.'],
    ['(pl) a label: what we do not expect', 'Czego NIE oczekujemy: znajomości uczenia maszynowego.'],
    [
      'the sentence before, not needed',
      "Our apps are built in Kotlin and Swift. You won't need any of those.",
    ],
    [
      '(sv) the sentence before, not needed',
      'Appen är skriven i Kotlin. Det behöver du inte kunna — backendteamet äger den.',
    ],
    ['(de) the sentence before, not needed', 'Unser Backend läuft auf Kotlin. Das musst du nicht können.'],
  ])('%s', (_, line) => {
    expect(highlighted(line)).toEqual([]);
  });

  it.each([
    ['called a plus in the same clause', 'Kubernetes is not required, but it is a plus.', ['Kubernetes']],
    [
      'called nice in the same clause',
      'Experience with Kubernetes is nice but not required.',
      ['Kubernetes'],
    ],
    ['what is required before it', 'Docker is essential, Kubernetes experience is not required.', ['Docker']],
    [
      'what is required after the contrast',
      'Kubernetes experience is not required, but you should know Docker.',
      ['Docker'],
    ],
    ['"not only ... but also"', 'Not only Docker but also Kubernetes is required.', ['Docker', 'Kubernetes']],
    ['a level, not nothing', "You don't need to be an expert in Kubernetes.", ['Kubernetes']],
    ['after a condition', 'A degree is not required if you have Kubernetes experience.', ['Kubernetes']],
    ['an answer, not a negation', 'No, Docker is required.', ['Docker']],
    ['after the job it is not', 'This is not a data science role: you will run Docker.', ['Docker']],
    ['alone, which lists it as a plus', 'Docker is not required.', ['Docker']],
    [
      '(no) after the contrast',
      'Du trenger ikke å ha erfaring med Kafka, men Docker er et krav.',
      ['Docker'],
    ],
    [
      'after what the job does not work on',
      "You won't be working on the Kafka cluster, but you'll need Docker.",
      ['Docker'],
    ],
    ['when the modal is no need', 'Du vil ikke kunne Kafka uten Docker.', ['Kafka', 'Docker']],
    [
      '(nl) when the experience is not the object',
      'Je hoeft geen ervaring te hebben: Docker leer je hier.',
      ['Docker'],
    ],
    [
      "before another team's work said not to be the job's",
      'Group IT operates the OCR street. Those are not part of this role.',
      ['OCR'],
    ],
    ['before a need of a level', "We run Kafka. You won't need to be an expert.", ['Kafka']],
    [
      'after what the pay does not include',
      'The salary does not include equity; you will use Docker.',
      ['Docker'],
    ],
    ['after a verb denied with no object', "You won't be building alone: you will pair on Kafka.", ['Kafka']],
    ['(es) valued after all', 'No es imprescindible Docker, pero se valora.', ['Docker']],
  ])('keeps a skill %s', (_, line, kept) => {
    expect(highlighted(line)).toEqual(kept);
  });

  // ./not-asked.ts reads the item right before such a remark on its own.
  it.each([
    ['', '- Terraform or Pulumi – not required', 'Terraform'],
    ['', '- Certifications such as CKA, OSCP (not essential, they care about what you built)', 'CKA'],
    ['(es)', '- ML en el dispositivo (ML Kit, TensorFlow Lite) – no es imprescindible, pero ayuda', 'ML Kit'],
  ])('keeps the items of a list annotated as optional %s', (_, line, kept) => {
    expect(highlighted(line)).toContain(kept);
  });
});

describe('a skill said not to be required, on a tag line', () => {
  const names = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
  it('is no ask there either', () => {
    const text =
      'Requirements\n- Go and PostgreSQL\n\nNot required: PyTorch or CUDA.\n\nOur stack: go grpc postgresql kubernetes python pytorch\n';
    expect(names(text)).not.toContain('pytorch');
    expect(names(text)).toContain('kubernetes');
  });
});

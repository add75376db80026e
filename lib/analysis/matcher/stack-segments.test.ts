import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

/** Stack lines split into areas (./stack-segments.ts), with the real catalogue. */
const highlighted = (text: string, title?: string) =>
  analyzePosting({ text, title }).mentions.map((m) => m.text);

describe('segments of a stack line that belong to another area or team', () => {
  it.each([
    [
      "another area's segment on a frontend job",
      'Title: Senior Frontend Engineer (React)\n\nStack at a glance: React, TypeScript, Vite | Backend: Go, PostgreSQL, Redis | ML: PyTorch, Vertex AI',
      ['React', 'TypeScript', 'Vite'],
    ],
    [
      "another team's segment on a backend job",
      'Title: Backend Engineer (Scala) – Bidding\n\nOur stack: Scala, Kafka, Redis | Optimisation team: Python, XGBoost, PyTorch',
      ['Scala', 'Kafka', 'Redis'],
    ],
    [
      'a team named in German, on an ML job',
      'Titel: ML Engineer (m/w/d)\n\nUnser Stack: Python, PyTorch, Airflow | Team Frontend: React, TypeScript',
      ['Python', 'PyTorch', 'Airflow'],
    ],
    [
      'the web segment on a mobile job (fr)',
      'Titre du poste : Développeur iOS (Swift)\n\nStack : Swift, SwiftUI, Combine | Web : React, Next.js',
      ['Swift', 'SwiftUI', 'Combine'],
    ],
  ])('drops %s', (_label, text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });

  it.each([
    [
      'both ends on a full-stack job',
      'Title: Full-Stack Engineer\n\nStack: TypeScript | Frontend: React | Backend: Django, PostgreSQL',
      ['TypeScript', 'React', 'Django', 'PostgreSQL'],
    ],
    [
      "the job's own area",
      'Title: Backend Engineer\n\nStack: Java | Backend: PostgreSQL, Redis | Infra: AWS, Terraform',
      ['Java', 'PostgreSQL', 'Redis', 'AWS', 'Terraform'],
    ],
    [
      'a title that tells no area',
      'Title: Software Engineer\n\nStack: React | Backend: Go, PostgreSQL | ML: PyTorch',
      ['React', 'Go', 'PostgreSQL', 'PyTorch'],
    ],
    [
      "the job's own team, named in the title",
      'Title: Backend Engineer – Bidding\n\nStack: Scala | Bidding team: Kafka, Redis',
      ['Scala', 'Kafka', 'Redis'],
    ],
    [
      'our team, whatever it is called',
      'Title: Frontend Engineer\n\nStack: React | Our team: Storybook, Vitest',
      ['React', 'Storybook', 'Vitest'],
    ],
    [
      'a labelled line without bars',
      'Title: Frontend Engineer\n\nRequirements\n- Backend: some Node.js',
      ['Node.js'],
    ],
    [
      'a table row',
      'Title: Frontend Engineer\n\n| Backend: | Node.js |\n| Frontend: | TypeScript |',
      ['Node.js', 'TypeScript'],
    ],
  ])('keeps %s', (_label, text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });

  it('reads the title given with the posting', () => {
    expect(highlighted('Stack: React, Vite | Backend: Go, PostgreSQL', 'Frontend Engineer')).toEqual([
      'React',
      'Vite',
    ]);
  });
});

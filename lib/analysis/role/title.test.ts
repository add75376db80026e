import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TITLE_PATTERNS } from './title';

/** Titles that each gated pattern matches, in several cases and languages. */
const TITLES = [
  'KI-Softwareentwickler (m/w/d)',
  'MASKININLÄRNINGSINGENJÖR',
  'Koneoppimisinsinööri',
  'Postdoctoral Researcher, NLP',
  'PhD Candidate in Computer Vision',
  'Wissenschaftlicher Mitarbeiter Forschung',
  'Chercheuse en apprentissage automatique',
  'Research Engineer',
  'APPLIED SCIENTIST II',
  'Científica de Datos',
  'Scientifique des données',
  'Senior Data Engineer',
  'Ingénieur Big Data',
  'Inżynier danych',
  'Data Analyst',
  'Analityk danych',
  'BI-Developer (Power BI)',
  'Senior Product Manager, ML Platform',
  'Chef de produit IA',
  'Frontend Engineer (React)',
  'Full-Stack Engineer (Node.js / Vue)',
  'Embedded Software Engineer',
  'Robotics Software Engineer – ROS 2',
  'Ingénieur Mécatronique Logiciel',
  'Quant Developer – C++',
  'iOS Engineer',
  'Engineering Manager, Search',
  'Head of Data & Analytics',
  'Director of Data',
  'Chief Data Officer',
  'Application Security Engineer',
  'Spécialiste cybersécurité',
  'QA Automation Engineer',
  'Tecnico IT Help Desk',
  'Técnico de Soporte Informático',
  'Network Engineer',
  'Ingénieur Réseaux',
  'Salesforce Functional Consultant',
  'Datenbankadministrator',
  'WPF Desktop Developer',
  'Rédacteur technique',
  'Pre-Sales Architect, Data & AI',
  'Site Reliability Engineer',
  'Ingeniero/a DevOps',
  'Linux-Systemadministrator',
  'Backend Engineer (Go)',
  'Senior C# Developer',
  'Software Engineer',
  'Javautvecklare',
  'Frontendontwikkelaar',
  'Spelutvecklare',
  'Développeur Unity (Jeux mobiles)',
  'Staff MLE – Ranking',
  'Bioinformatics Engineer',
  'Développeuse SIG',
  'Data Labelling Operations Lead',
  'Responsabile Operazioni',
  'Chef des opérations',
  'Annotatrice',
  'Account Executive – AI Platform',
  'Legal Counsel, AI',
  'AI Trainer',
  'Technical Project Manager – ML Platform',
  'Scrum Master (AI team)',
  'Chef de projet IA',
  'Produkteier for digitale tjenester',
  'Produktägare',
  'Jefa de Proyecto',
  'Product Designer (UX/UI)',
  'Diseñadora UX/UI',
  'UX Researcher',
];

describe('the pieces that gate a title pattern', () => {
  it('are in every title the pattern matches', () => {
    for (const { re, needs } of TITLE_PATTERNS) {
      if (!needs) continue;
      const matched = TITLES.filter((t) => re.test(t));
      expect(matched.length, re.source.slice(0, 60)).toBeGreaterThan(0);
      for (const t of matched) {
        const lower = t.toLowerCase();
        expect(
          needs.some((p) => lower.includes(p)),
          `${re.source.slice(0, 60)} on ${t}`,
        ).toBe(true);
      }
    }
  });

  it('are in every title of the tune corpus that the pattern matches', () => {
    const dir = fileURLToPath(new URL('../../../tests/corpus/tune', import.meta.url));
    const titles = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => /^Title:\s*(.+)$/m.exec(readFileSync(`${dir}/${f}`, 'utf8'))?.[1] ?? '')
      .filter(Boolean);
    expect(titles.length).toBeGreaterThan(400);
    for (const { re, needs } of TITLE_PATTERNS) {
      if (!needs) continue;
      for (const t of titles.filter((x) => re.test(x))) {
        const lower = t.toLowerCase();
        expect(
          needs.some((p) => lower.includes(p)),
          `${re.source.slice(0, 60)} on ${t}`,
        ).toBe(true);
      }
    }
  });

  it('are lower-case', () => {
    for (const { needs } of TITLE_PATTERNS) for (const p of needs ?? []) expect(p).toBe(p.toLowerCase());
  });
});

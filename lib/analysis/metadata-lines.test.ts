import { describe, expect, it } from 'vitest';
import { analyzePosting } from './index';
import { companyCore, companyFromHead } from './metadata-lines';

const found = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);

describe('metadata lines heading a posting', () => {
  it.each([
    ['Functie: Senior Java Developer\nBedrijf: Kotlin Kade B.V.\nLocatie: Utrecht', 'Python'],
    ['Stanowisko: Programista Java\nFirma: Swift Logistics\nLokalizacja: Kraków', 'Python'],
    ['Cargo: Desenvolvedor Java\nEmpresa: Ruby Pagamentos\nLocalização: Lisboa', 'Python'],
    ['Tjänst: Javautvecklare\nFöretag: Rust & Co AB\nOrt: Malmö', 'Python'],
    ['Title: Java Developer\nCompany: Acme\nLocation: London', 'Python'],
    [
      'Business area: Cloud & DevOps\nRole family: Machine Learning Engineering\nCorporate title: AVP',
      'Python',
    ],
    ['Job family: Data Engineering\nReports to: Head of Kubernetes Platform', 'Python'],
  ])('hold no skills: %s', (head, skill) => {
    // The body asks for one skill; the names, titles and places above it are not asks.
    expect(found(`${head}\n\nRequirements\n- ${skill}, 3+ years`)).toEqual([skill]);
  });

  it('name the company in any of the labelled languages', () => {
    expect(companyFromHead('Functie: Data Engineer\nBedrijf: Spark Energie\n')).toBe('Spark Energie');
    expect(companyFromHead('Företag: Rust & Co AB\n')).toBe('Rust & Co AB');
    expect(companyFromHead('Pracodawca: Swift Logistics\n')).toBe('Swift Logistics');
  });

  it('name the company without its legal form, as its prose does', () => {
    expect(companyCore('Kallio Instruments Oy')).toBe('Kallio Instruments');
    expect(companyCore('Kaltenbach Armaturen GmbH & Co. KG')).toBe('Kaltenbach Armaturen');
    expect(companyCore('Vltava Cyber s.r.o.')).toBe('Vltava Cyber');
    expect(companyCore('Acme Labs')).toBe('Acme Labs');
    expect(companyCore('Abc AB')).toBe('Abc AB');
    // The opening about the company is the employer's: its certifications are not asks.
    const text =
      'Company: Lumo Sensors Oy\n\nLumo Sensors valmistaa langattomia antureita teollisuuteen, ja olemme ISO 9001 -sertifioitu.\n\nOdotamme sinulta\n- Rust ja Python';
    expect(found(text)).toEqual(['Rust', 'Python']);
  });
});

describe("a job board's detail line", () => {
  const names = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
  it('names no skill in the segments that file the job or the employer', () => {
    const text =
      'Title: SRE\nCompany: Acme\n\nVisa sponsor: No · Job type: Full-time · Role: DevOps, Site Reliability · Industry: Cloud Computing, Machine Learning · Company size: 51-200\n\nRequirements\n- Kubernetes and Terraform\n';
    expect(names(text)).toEqual(['Kubernetes', 'Terraform']);
  });

  it('reads the other segments, and a single "Industry" label only at the line start', () => {
    expect(names('Job type: Full-time · Skills: Kubernetes · Terraform\n\nYou run Docker.')).toEqual([
      'Kubernetes',
      'Terraform',
      'Docker',
    ]);
    expect(names('Industries: Machine Learning\n\nRequirements\n- Kubernetes')).toEqual(['Kubernetes']);
  });
});

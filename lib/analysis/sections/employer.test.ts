import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';
import { findInText } from '../matcher/match';
import { merged, mergedSorted, type Range } from './employer';

const inEmployer = (text: string, phrase: string) => {
  const at = text.indexOf(phrase);
  return findInText(text, undefined, ['Curata']).employer.some(
    ([a, b]) => a <= at && at + phrase.length <= b,
  );
};

describe('the opening of a French or German posting', () => {
  it('reads the French article "du" as no word for the candidate', () => {
    const fr =
      "Curata est un cabinet de conseil qui travaille pour des clients du CAC 40 avec Kubernetes et l'analyse de données.\n" +
      'Nous recrutons un·e ingénieur·e pour notre pôle Plateforme.\n\nVos missions\n- Kubernetes';
    expect(inEmployer(fr, 'cabinet de conseil')).toBe(true);
    expect(inEmployer(fr, 'Nous recrutons')).toBe(false);
  });

  it('still reads the German "du" as addressing the candidate', () => {
    const de =
      'Curata entwickelt Software für Logistik, und du baust mit uns die Plattform auf Kubernetes.\n\nDeine Aufgaben\n- Go';
    expect(inEmployer(de, 'und du baust')).toBe(false);
  });
});

describe('employer text', () => {
  const text = `Title: Backend Engineer
Company: Curata

Curata powers personalised shopping for 400+ stores with its recommendation engine and machine learning.
We're looking for a Backend Engineer to own our APIs, with machine learning in the duties.

Responsibilities
- Build services
- GDPR-compliant consent flows

Who we are
We are 60 people in Stockholm and use computer vision and Kafka across the product line.
You will work with the platform team on computer vision tooling.

Benefits
- Linux laptop and a conference budget
- Private health care

Curata is an equal opportunity employer and uses no machine learning in hiring.`;

  it('is the opening about the company, up to the first line about the job', () => {
    expect(inEmployer(text, 'recommendation engine and machine learning')).toBe(true);
    expect(inEmployer(text, 'machine learning in the duties')).toBe(false);
    expect(inEmployer(text, 'Build services')).toBe(false);
  });

  it('is an About section up to a line about the job, a benefits section whole, legal prose anywhere', () => {
    expect(inEmployer(text, 'use computer vision and Kafka across')).toBe(true);
    expect(inEmployer(text, 'computer vision tooling')).toBe(false);
    expect(inEmployer(text, 'Linux laptop')).toBe(true);
    expect(inEmployer(text, 'uses no machine learning in hiring')).toBe(true);
    expect(inEmployer(text, 'GDPR-compliant')).toBe(false);
  });

  it("holds no skill: concepts and tools there are the employer's, not asked of the candidate", () => {
    const a = analyzePosting({ text });
    const concepts = a.mentions
      .filter((m) => /machine learning|computer vision|recommendation/i.test(m.text))
      .map((m) => text.slice(m.start, m.end + 7));
    expect(concepts).toEqual(['machine learning in the', 'computer vision toolin']);
    expect(a.mentions.map((m) => m.text)).not.toContain('Kafka');
    expect(a.mentions.map((m) => m.text)).not.toContain('Linux');
  });

  it('reads a "How we work" section as the employer presenting its culture and stack', () => {
    const posting = `Title: Platform Engineer

Requirements
- Go and Kubernetes in production

How we work
We are remote-first and write design docs before big changes. Our stack: Nomad, Consul and Go.`;
    const found = analyzePosting({ text: posting }).mentions.map((m) => m.text);
    expect(found).toEqual(['Go', 'Kubernetes']);
  });

  it('reads an About section sentence by sentence: the sentences before the first about the job are its', () => {
    const about = `Title: Data Engineer

Who we are
Curata ships groceries to your door. We use computer vision in our depots, and you will build its data pipelines with Kafka.

Requirements
- SQL`;
    expect(inEmployer(about, 'groceries to your door')).toBe(true);
    expect(inEmployer(about, 'computer vision in our depots')).toBe(false);
    const whole =
      'Title: Analyst\n\nWho we are\nWe deliver to your doorstep. Our deep learning models plan the routes.\n\nRequirements\n- SQL';
    expect(inEmployer(whole, 'deep learning models')).toBe(true);
  });

  it("reads an opening line sentence by sentence: the company's sentences before the first about the job are its", () => {
    const text = `Title: Embedded Engineer

Curata makes vibration sensors for paper mills, and our new generation runs a small neural network on the device. Firmware's job is to make it run on a few microamps.

What you'll do
- C on Cortex-M`;
    expect(inEmployer(text, 'small neural network')).toBe(true);
    expect(inEmployer(text, "Firmware's job")).toBe(false);
    expect(analyzePosting({ text }).mentions.map((m) => m.skill)).not.toContain('neural-networks');
  });

  it('ends the opening at a sentence that seeks a person for a role or speaks of one', () => {
    const seeks =
      'Title: Frontend Developer\n\nWe need a frontend developer with solid Vue experience, and you will move us to Vite.\n\nRequirements\n- CSS';
    expect(inEmployer(seeks, 'solid Vue experience')).toBe(false);
    const role =
      "Title: Network Engineer\n\nThe Network Engineer II supports Curata's LAN and WAN. You will join a team of six.\n\nRequirements\n- BGP";
    expect(inEmployer(role, 'LAN and WAN')).toBe(false);
  });

  it('ends the opening at a header over the stack', () => {
    const text =
      'Title: Backend Engineer\n\nCurata is a 35-person startup that helps carriers plan and dispatch their trucks.\n\nOur stack\nGo, PostgreSQL and Kubernetes, which our team runs on GCP.\n\nRequirements\n- SQL';
    expect(inEmployer(text, '35-person startup')).toBe(true);
    expect(inEmployer(text, 'Go, PostgreSQL and Kubernetes')).toBe(false);
  });

  it('reads an opening line with a corporate suffix or a founding year as about the company', () => {
    const de =
      'Title: Backend Developer\nAcme GmbH entwickelt seit 2012 Software für die Logistik und setzt auf Computer Vision.\n\nDeine Aufgaben\n- APIs in Java';
    expect(analyzePosting({ text: de }).mentions.map((m) => m.text)).toEqual(['Java']);
    const fr =
      'Titre : Développeur backend\nFondée en 2015, Acme utilise le deep learning pour optimiser les tournées de livraison.\n\nVos missions\n- API en Java';
    expect(analyzePosting({ text: fr }).mentions.map((m) => m.text)).toEqual(['Java']);
  });

  it("reads a recruiter's opening about the client as about the company", () => {
    const text =
      'Title: ERP Consultant\n\nNorthgate Talent are partnering with a fast-growing Microsoft partner to find an ERP consultant for their Dynamics 365 practice.\n\nOur client runs Power Platform accelerators and an Azure managed service.\n\nThe Role:\n* Configure SAP and Salesforce integrations';
    expect(analyzePosting({ text }).mentions.map((m) => m.text)).toEqual(['SAP', 'Salesforce']);
  });

  it('reads export-control eligibility as legal text', () => {
    const legal =
      'Requirements\n- VHDL\n\nDue to export control regulations (ITAR/EAR), applicants must be UK nationals.';
    expect(analyzePosting({ text: legal }).mentions.map((m) => m.text)).toEqual(['VHDL']);
  });

  it("reads a recruiter's employment-agency statement as legal text, with the rest of its line", () => {
    const notice =
      'Requirements\n- ABAP\n\nAcme Search acts as an employment agency for this role. Acme is a proud SAP member.';
    expect(analyzePosting({ text: notice }).mentions.map((m) => m.text)).toEqual(['ABAP']);
  });

  it('reads a privacy notice for applicants as legal text', () => {
    const notice =
      'Requirements\n- Python\n\nCalifornia applicants: please review our CCPA notice for job applicants.';
    expect(analyzePosting({ text: notice }).mentions.map((m) => m.text)).toEqual(['Python']);
  });

  it('reads a notice naming the GDPR in another language as legal text, a bullet naming it as an ask', () => {
    for (const notice of [
      'Vos données personnelles sont traitées conformément au RGPD.',
      'Tus datos se tratarán según el RGPD.',
      'Deine Bewerbungsdaten verarbeiten wir gemäß DSGVO.',
    ]) {
      expect(
        analyzePosting({ text: `Requirements\n- Python\n\n${notice}` }).mentions.map((m) => m.text),
      ).toEqual(['Python']);
    }
    expect(
      analyzePosting({ text: 'Requisitos\n- Python\n- Conocimiento del RGPD' }).mentions.map((m) => m.text),
    ).toEqual(['Python', 'RGPD']);
  });

  it("reads a job board's company box whole: its name, industry and size, followers, tag line", () => {
    const text = `Title: ML Engineer

Requirements
- Python

About the company
Curata
Technology, Information and Internet · 1,001-5,000 employees
412,807 followers
Curata – AI-powered delivery. Machine learning routing and generative AI shopping in 48 cities.
show more`;
    expect(analyzePosting({ text, company: 'Curata' }).mentions.map((m) => m.text)).toEqual(['Python']);
  });

  it('reads a paragraph of asks that names a law as asks, not legal text', () => {
    const text =
      'Titolo preferenziale aver lavorato con Kubernetes e Helm. Apprezziamo anche la conoscenza di GDPR e sicurezza applicativa.';
    expect(analyzePosting({ text }).mentions.map((m) => m.text)).toEqual(['Kubernetes', 'Helm', 'GDPR']);
    // A line with a legal sentence of its own is still legal text.
    const both =
      'We value experience with Kubernetes. Acme is an equal opportunity employer and does not discriminate on the basis of Kubernetes skills.';
    expect(analyzePosting({ text: `Requirements\n- Python\n\n${both}` }).mentions.map((m) => m.text)).toEqual(
      ['Python'],
    );
  });

  it('drops a tool only from prose about the employer, not from a legal line that lists a requirement', () => {
    const legal = `Requirements\n✅ Understanding of privacy law (PIPEDA/GDPR) and Kafka\n\nAbout us\nOur stack is Kafka and Snowflake.`;
    const a = analyzePosting({ text: legal });
    expect(a.mentions.map((m) => `${m.text}@${m.start}`)).toContain(`Kafka@${legal.indexOf('Kafka')}`);
    expect(a.mentions.map((m) => m.text)).toContain('PIPEDA');
    expect(a.mentions.map((m) => m.text)).not.toContain('Snowflake');
  });
});

describe('a header presenting a part of the company', () => {
  it("is the employer's, with the prose under it", () => {
    const text =
      'Backend Engineer\n\nAbout Computer Vision at Curata\nComputer vision runs through all our products, from shelf scans to checkout.\n\nRequirements\n- Python and Kafka';
    expect(analyzePosting({ text, company: 'Curata' }).skills.map((s) => s.id)).toEqual(['python', 'kafka']);
  });
});

describe('words that address the candidate', () => {
  it('stand between letters of any script: "du" is no word of the Polish "dużego"', () => {
    const text =
      'Java Developer\n\nO nas\nTworzymy system dużego banku, który działa na Oracle i Kafka.\n\nWymagania\n- Java\n- Spring Boot';
    expect(analyzePosting({ text }).skills.map((s) => s.id)).toEqual(['java', 'spring']);
  });
});

describe('the project the job joins', () => {
  it("is presented as the employer's text, its stack no ask, whatever the posting's script", () => {
    // "dużego" holds no word "du" (German "you"): the Polish line stays the project's.
    const text =
      'Java Developer\n\nProjekt\nDołączysz do zespołu rozwijającego system dużego banku. System działa na Oracle i Kafka.\n\nWymagania\n- Java\n- Spring Boot';
    expect(analyzePosting({ text }).skills.map((s) => s.id)).toEqual(['java', 'spring']);
  });
});

describe("the company's tag line in the opening", () => {
  const company = (text: string) =>
    analyzePosting({ text, company: 'Kestrel Cloud Infrastructure' }).mentions.map((m) => m.text);

  it('is the employer: its name or first words, a dash or bar, its slogan', () => {
    const text = 'KESTREL CLOUD — The GPU cloud built for AI.\n\nRequirements\n- Arista EOS and BGP';
    expect(company(text)).toEqual(['Arista EOS', 'BGP']);
    expect(company('Kestrel Cloud Infrastructure | Serverless GPUs\n\nRequirements\n- BGP')).toEqual(['BGP']);
  });

  it('is not a line that starts with another name', () => {
    expect(company('Network Engineer — GPU cloud fabrics\n\nRequirements\n- BGP')).toContain('GPU');
  });
});

describe('mergedSorted', () => {
  /** Sorted ranges from a seeded generator: some touching, some overlapping, some apart. */
  function sortedRanges(seed: number, count: number): Range[] {
    let x = seed;
    const next = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
    const out: Range[] = [];
    let at = next(5);
    for (let k = 0; k < count; k++) {
      const end = at + 1 + next(8);
      out.push([at, end]);
      at = Math.max(at, end - next(4)) + next(6);
    }
    return merged(out);
  }

  it('gives what merged gives for the two lists joined', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const a = sortedRanges(seed, seed % 9);
      const b = sortedRanges(seed * 7 + 3, (seed >> 2) % 7);
      expect(mergedSorted(a, b)).toEqual(merged([...a, ...b]));
    }
  });
});

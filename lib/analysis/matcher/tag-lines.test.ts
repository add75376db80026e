import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_MATCHER } from '../../../tests/support/matcher';
import { analyzePosting } from '../index';
import { indexLines, releaseLines } from './context';
import { scan } from './scan';
import { onTagLine } from './tag-lines';

/** Tag lines, bare lists and translated names, with the real catalogue: misses found in real ads. */
const found = (text: string) => analyzePosting({ text }).mentions.map((m) => `${m.text}=${m.skill}`);

describe('tag lines and bare lists', () => {
  it('confirms the ambiguous words of a line of lower-case tags', () => {
    expect(found('Technologies: java spring go jenkins r')).toEqual([
      'java=java',
      'spring=spring',
      'go=go',
      'jenkins=jenkins',
      'r=r',
    ]);
    expect(found('Technologies: node.js typescript express mongodb')).toContain('express=express');
  });

  it('keeps a word whose case decides an ordinary word, even on a line of skills', () => {
    expect(found('Solid Linux and networking fundamentals (DNS, TLS)')).not.toContain('Solid=solid');
    expect(found('- Solid TypeScript and modern JavaScript')).toEqual([
      'TypeScript=typescript',
      'JavaScript=javascript',
    ]);
    expect(found('OOP, SOLID, design patterns, Java')).toContain('SOLID=solid');
  });

  it('never reads the tail of a library name as JavaScript', () => {
    expect(found('Stack: web3.js hardhat solidity')).not.toContain('js=javascript');
    expect(found('Some.js, Thing.js and Hardhat')).toEqual(['Hardhat=hardhat']);
    expect(found('Strong JS skills.')).toEqual(['JS=javascript']);
  });

  it('does not take prose for a tag line', () => {
    expect(found('Go to the office and spring into action with Python')).toEqual(['Python=python']);
    expect(found('We go where the spring takes us, with kafka and spark and r.')).toEqual([]);
  });

  it('reads the words of a tag line whatever their case and separators', () => {
    // A prose word in capitals still makes the line prose; joiners are not counted as words.
    expect(found('Technologies: java spring THE go jenkins r')).not.toContain('go=go');
    expect(found('Technologies: java AND spring & go + jenkins OR r')).toContain('go=go');
    // No-break spaces, middle dots and bullets separate tags as spaces do.
    expect(found('Skills:\u00a0java\u00a0spring\u00a0go')).toContain('go=go');
    expect(found('Skills: java•spring•go')).toContain('go=go');
  });

  it('reads a name written all in lower case as the longer name', () => {
    expect(found('Skills: docker · helm · github-actions')).toContain('github-actions=github-actions');
    expect(found('Kafka streams')).toEqual(['Kafka=kafka']);
  });

  it('takes a run of known technologies without commas, and lists joined by other languages’ "or"', () => {
    expect(found('Stack: Spring Kafka Docker')).toEqual(['Spring=spring', 'Kafka=kafka', 'Docker=docker']);
    expect(found('Conocimientos de desarrollo nativo en Kotlin o Swift.')).toEqual([
      'Kotlin=kotlin',
      'Swift=swift',
    ]);
    expect(found('Erfahrung mit Spark bzw. Databricks')).toEqual(['Spark=spark', 'Databricks=databricks']);
    expect(found('Desarrollar nuevas funcionalidades en Flutter y Dart.')).toEqual([
      'Flutter=flutter',
      'Dart=dart',
    ]);
  });

  it('resolves word-order and translated variants to the same skill', () => {
    expect(found('Integrare le API REST e i microservizi; test unitari.')).toEqual([
      'API REST=rest',
      'microservizi=microservices',
      'test unitari=unit-testing',
    ]);
    expect(found('Pruebas unitarias y revisión de código')).toEqual([
      'Pruebas unitarias=unit-testing',
      'revisión de código=code-review',
    ]);
    expect(found('Maîtrise de l’apprentissage automatique et de la vision par ordinateur')).toEqual([
      'apprentissage automatique=machine-learning',
      'vision par ordinateur=computer-vision',
    ]);
    expect(found('Erfahrung mit maschinellem Lernen? Versionskontrolle und Testautomatisierung')).toEqual([
      'Versionskontrolle=version-control',
      'Testautomatisierung=testing',
    ]);
  });

  it('lets three ambiguous names in one sentence confirm each other, but not two', () => {
    expect(found('Vous écrivez des scénarios BDD en Gherkin avec Cucumber ;')).toEqual([
      'BDD=bdd',
      'Gherkin=gherkin',
      'Cucumber=cucumber',
    ]);
    // ("en Gherkin" alone names the language: its rule reads the preposition.)
    expect(found('Vous aimez Gherkin et Cucumber ;')).toEqual([]);
  });

  it('never reads Italian or Spanish computing as the Informatica ETL tool', () => {
    expect(found('Laurea in Informatica o Ingegneria; conoscenza di Python.')).toEqual(['Python=python']);
    expect(found('Sicurezza Informatica e Python')).toEqual(['Python=python']);
    expect(found('ETL tools such as Informatica, SSIS or Talend')).toContain('Informatica=informatica');
  });

  it('does not report a service mesh as Istio', () => {
    expect(found('Operate our service mesh (Linkerd).')).toEqual([
      'service mesh=service-mesh',
      'Linkerd=linkerd',
    ]);
  });

  it('takes a capitalised word after words asking for knowledge of it', () => {
    expect(found('Von Vorteil: Kenntnisse in Angular für gelegentliche Arbeiten')).toEqual([
      'Angular=angular',
    ]);
  });

  it('reads Express as Express.js only beside its kind', () => {
    expect(found('Node.js / Express endpoints')).toEqual(['Node.js=nodejs', 'Express=express']);
    expect(found('Express delivery and Express yourself!')).toEqual([]);
  });
});

describe('onTagLine: the prose word near the candidate', () => {
  // Lines of mostly skill names, some prose words and separators, some with a label; joined by
  // line breaks: the near words may stand in the label, on the next line, or past MAX_LINE.
  const skill = fc.constantFrom('java', 'Go', 'go', 'spring', 'Kafka', 'r', 'Python', 'SQL', 'Rails');
  const other = fc.constantFrom(
    'the',
    'to',
    'with',
    'an',
    'and',
    '&',
    ',',
    '/',
    '·',
    'a:b',
    'experience',
    'x'.repeat(60),
  );
  const label = fc.constantFrom(
    '',
    'Technologies: ',
    'Skills:',
    'Stack for the team: ',
    '- ',
    '   Tools to use:  ',
  );
  const words = fc.array(fc.oneof({ weight: 4, arbitrary: skill }, { weight: 1, arbitrary: other }), {
    minLength: 1,
    maxLength: 9,
  });
  const line = fc
    .tuple(label, words, fc.constantFrom(' ', ', ', ' / '))
    .map(([l, ws, sep]) => l + ws.join(sep));
  const text = fc
    .array(line, { minLength: 1, maxLength: 4 })
    .chain((ls) => fc.constantFrom('\n', '\r\n', ' ').map((br) => ls.join(br)));

  it('answers as reading the whole line does, for every candidate', () => {
    fc.assert(
      fc.property(text, (text) => {
        const indexed = indexLines(text);
        try {
          const cands = scan(TEST_MATCHER, text).candidates;
          for (let i = 0; i < cands.length; i++) {
            expect(onTagLine(text, cands, i, new Map())).toBe(onTagLine(text, cands, i, new Map(), false));
          }
        } finally {
          if (indexed) releaseLines();
        }
      }),
      { numRuns: 500 },
    );
  });
});

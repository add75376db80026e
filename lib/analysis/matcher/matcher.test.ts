import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../../../tests/support/analysis-catalogue';
import { found, ids, TEST_MATCHER } from '../../../tests/support/matcher';
import { compileMatcher } from './compile';
import { matchSkills } from './match';
import { phraseTokens, pluralOf, singularOf } from './tokenize';

describe('phraseTokens', () => {
  it('drops separators so every spelling of a name meets the same tokens', () => {
    expect(phraseTokens('CI / CD')).toEqual(['ci', 'cd']);
    expect(phraseTokens('CI/CD')).toEqual(['ci', 'cd']);
    expect(phraseTokens('ci-cd')).toEqual(['ci', 'cd']);
    expect(phraseTokens('C++')).toEqual(['c', '+', '+']);
    expect(phraseTokens('.NET')).toEqual(['.', 'net']);
    expect(phraseTokens('Weights & Biases')).toEqual(['weights', '&', 'biases']);
  });
  it('reads superscript digits as digits: "I²C" is "I2C", never the words "I C"', () => {
    expect(phraseTokens('I²C')).toEqual(['i2c']);
    const m = compileMatcher([
      {
        id: 'i2c',
        name: 'I2C',
        aliases: ['I²C'],
        category: 'nice-to-have',
        side: 'engineering',
        kind: 'practice',
      },
    ]);
    expect(matchSkills('Drivers over I²C; erfarenhet i C++', m).map((s) => s.text)).toEqual(['I²C']);
  });
  it('pluralises the last word only where it reads as English', () => {
    expect(pluralOf('store')).toBe('stores');
    expect(pluralOf('dependency')).toBe('dependencies');
    expect(pluralOf('batch')).toBe('batches');
    expect(pluralOf('go')).toBeNull();
    expect(pluralOf('pandas')).toBeNull();
    expect(singularOf('budgets')).toBe('budget');
    expect(singularOf('dependencies')).toBe('dependency');
    expect(singularOf('batches')).toBe('batch');
    expect(singularOf('kubernetes')).toBe('kubernete');
    expect(singularOf('analysis')).toBeNull();
  });
});

describe('matching', () => {
  it('normalises case and separators', () => {
    expect(ids('ci/cd, CI / CD, Ci-Cd and CI CD')).toEqual(['ci-cd', 'ci-cd', 'ci-cd', 'ci-cd']);
    expect(found('Scikit-Learn or SKLEARN')).toEqual(['Scikit-Learn=scikit-learn', 'SKLEARN=scikit-learn']);
  });
  it('reads an en dash inside a name as a separator, as certifications are written with one', () => {
    const m = compileMatcher([
      {
        id: 'aws-certified-security-specialty',
        name: 'AWS Certified Security Specialty',
        aliases: [],
        category: 'nice-to-have',
        side: 'engineering',
        kind: 'tool',
      },
    ]);
    expect(matchSkills('Certifications: AWS Certified Security – Specialty', m).map((x) => x.text)).toEqual([
      'AWS Certified Security – Specialty',
    ]);
  });
  it('parts two phrases at a dash between spaces, but for a certification before its level', () => {
    const m = compileMatcher([
      {
        id: 'gcp',
        name: 'GCP',
        aliases: [],
        category: 'core',
        side: 'engineering',
        kind: 'tool',
      },
      {
        id: 'vertex-ai',
        name: 'Vertex AI',
        aliases: ['GCP Vertex AI'],
        category: 'core',
        side: 'ml',
        kind: 'tool',
      },
    ]);
    expect(matchSkills('• GCP - Vertex AI specifically; GCP Vertex AI', m).map((x) => x.text)).toEqual([
      'GCP',
      'Vertex AI',
      'GCP Vertex AI',
    ]);
  });
  it('matches the plural of the last word', () => {
    expect(found('You will run feature stores.')).toEqual(['feature stores=feature-store']);
  });
  it('matches the singular of a multi-word name written in the plural, never of a single word', () => {
    const m = compileMatcher([
      {
        id: 'latency-budgets',
        name: 'Latency budgets',
        aliases: [],
        category: 'core',
        side: 'engineering',
        kind: 'serving',
      },
      { id: 'pandas', name: 'pandas', aliases: [], category: 'core', side: 'ml', kind: 'ml-library' },
    ]);
    expect(matchSkills('within a 40 ms latency budget, with a panda', m).map((x) => x.text)).toEqual([
      'latency budget',
    ]);
  });
  it('prefers the longest match and never overlaps', () => {
    expect(found('Azure ML on Azure')).toEqual(['Azure ML=azure-ml', 'Azure=azure']);
    expect(found('Azure Machine Learning')).toEqual(['Azure Machine Learning=azure-ml']);
    expect(found('model serving at scale')).toEqual(['model serving=model-serving']);
    expect(found('Apache Spark jobs')).toEqual(['Apache Spark=spark']);
  });
  it('respects word boundaries', () => {
    expect(ids('JavaScript and NoSQL')).toEqual(['javascript', 'nosql']);
    expect(ids('Java, then SQL')).toEqual(['java', 'sql']);
    expect(ids('pythonic sqlalchemy dockerized')).toEqual([]);
  });
  it('handles slash lists, brackets and symbol-bearing names', () => {
    expect(ids('AWS/GCP/Azure')).toEqual(['aws', 'gcp', 'azure']);
    expect(ids('a framework (PyTorch) for [TensorFlow]')).toEqual(['pytorch', 'tensorflow']);
    expect(found('C++, C#, .NET, Node.js, T-SQL')).toEqual([
      'C++=cpp',
      'C#=csharp',
      '.NET=dotnet',
      'Node.js=nodejs',
      'T-SQL=t-sql',
    ]);
    expect(found('W&B or Weights & Biases')).toEqual([
      'W&B=weights-and-biases',
      'Weights & Biases=weights-and-biases',
    ]);
  });
  it('does not join a name across a sentence end or a line break', () => {
    expect(ids('We use Node. JS is not needed')).not.toContain('nodejs');
    expect(ids('Azure\nML')).toEqual(['azure']);
  });
  it('treats non-breaking and odd spaces as whitespace', () => {
    expect(found('model\u00a0serving and CI\u202f/\u2009CD')).toEqual([
      'model\u00a0serving=model-serving',
      'CI\u202f/\u2009CD=ci-cd',
    ]);
  });
  it('reports UTF-16 offsets that slice back to the mention', () => {
    const text = '🚀 Ünïcödé — PyTorch, 😀 Kubernetes';
    for (const m of matchSkills(text, TEST_MATCHER)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ids(text)).toEqual(['pytorch', 'kubernetes']);
  });
  it('compiles from any catalogue argument', () => {
    const tiny = compileMatcher([TEST_CATALOGUE[0] as (typeof TEST_CATALOGUE)[number]]);
    expect(matchSkills('Python and SQL', tiny).map((m) => m.entry.id)).toEqual(['python']);
  });
  it('lets a lower-case last word the catalogue capitalises fall back to the shorter name', () => {
    expect(found('Kafka Streams apps')).toEqual(['Kafka Streams=kafka-streams']);
    expect(found('consuming Kafka streams')).toEqual(['Kafka=kafka']);
    expect(found('Azure machine learning')).toEqual(['Azure machine learning=azure-ml']);
  });
  it('a real name beats another skill plural', () => {
    const m = compileMatcher([
      {
        id: 'gpu',
        name: 'GPU',
        aliases: [],
        category: 'underemphasized',
        side: 'engineering',
        kind: 'cloud',
      },
      { id: 'gpus-x', name: 'GPUs', aliases: [], category: 'core', side: 'engineering', kind: 'cloud' },
    ]);
    expect(matchSkills('GPUs', m).map((x) => x.entry.id)).toEqual(['gpus-x']);
  });
});

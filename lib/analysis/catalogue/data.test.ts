import { describe, expect, it } from 'vitest';
import { type CompactCatalogue, decodeSkill, expandCompact } from './compact';
import blockchain from './data/blockchain.json';
import cloud from './data/cloud.json';
import cloudServices from './data/cloud-services.json';
import compliance from './data/compliance.json';
import dataPlatform from './data/data-platform.json';
import dataTools from './data/data-tools.json';
import databases from './data/databases.json';
import devTools from './data/dev-tools.json';
import embedded from './data/embedded.json';
import enterprise from './data/enterprise.json';
import gamedev from './data/gamedev.json';
import generated from './data/generated.json';
import industry from './data/industry.json';
import infra from './data/infra.json';
import languages from './data/languages.json';
import llm from './data/llm.json';
import mainstream from './data/mainstream.json';
import mlConcepts from './data/ml-concepts.json';
import mlFrameworks from './data/ml-frameworks.json';
import mlTooling from './data/ml-tooling.json';
import mlops from './data/mlops.json';
import networking from './data/networking.json';
import practices from './data/practices.json';
import security from './data/security.json';
import serving from './data/serving.json';
import verticals from './data/verticals.json';
import viz from './data/viz.json';
import { CATALOGUE } from './index';
import { DISTINCT_PAIRS, nearDuplicatePairs } from './near-duplicates';
import { CatalogueSchema, KINDS, type Kind, type SkillEntry } from './schema';
import { surfaceKey } from './surface';

/**
 * Each data file, with the kinds its entries may have (ml-frameworks holds libraries too). All
 * are in the compact form of ./compact.ts and are checked expanded.
 */
const FILES: Record<string, { data: CompactCatalogue; kinds: Kind[] }> = {
  'languages.json': { data: languages as CompactCatalogue, kinds: ['language'] },
  'ml-frameworks.json': { data: mlFrameworks as CompactCatalogue, kinds: ['ml-framework', 'ml-library'] },
  'ml-concepts.json': { data: mlConcepts as CompactCatalogue, kinds: ['ml-concept'] },
  'mlops.json': { data: mlops as CompactCatalogue, kinds: ['mlops'] },
  'serving.json': { data: serving as CompactCatalogue, kinds: ['serving'] },
  'llm.json': { data: llm as CompactCatalogue, kinds: ['llm'] },
  'cloud.json': { data: cloud as CompactCatalogue, kinds: ['cloud'] },
  'databases.json': { data: databases as CompactCatalogue, kinds: ['database'] },
  'data-tools.json': { data: dataTools as CompactCatalogue, kinds: ['data-tool'] },
  'infra.json': { data: infra as CompactCatalogue, kinds: ['infra'] },
  'practices.json': { data: practices as CompactCatalogue, kinds: ['practice'] },
  'viz.json': { data: viz as CompactCatalogue, kinds: ['viz'] },
  // Hand-curated by domain: the tools, products, standards and certifications of each field.
  'networking.json': { data: networking as CompactCatalogue, kinds: [...KINDS] },
  'industry.json': { data: industry as CompactCatalogue, kinds: [...KINDS] },
  'ml-tooling.json': { data: mlTooling as CompactCatalogue, kinds: [...KINDS] },
  'dev-tools.json': { data: devTools as CompactCatalogue, kinds: [...KINDS] },
  'data-platform.json': { data: dataPlatform as CompactCatalogue, kinds: [...KINDS] },
  'blockchain.json': { data: blockchain as CompactCatalogue, kinds: [...KINDS] },
  'cloud-services.json': { data: cloudServices as CompactCatalogue, kinds: [...KINDS] },
  'compliance.json': { data: compliance as CompactCatalogue, kinds: [...KINDS] },
  'gamedev.json': { data: gamedev as CompactCatalogue, kinds: [...KINDS] },
  'embedded.json': { data: embedded as CompactCatalogue, kinds: [...KINDS] },
  'enterprise.json': { data: enterprise as CompactCatalogue, kinds: [...KINDS] },
  'security.json': { data: security as CompactCatalogue, kinds: [...KINDS] },
  'verticals.json': { data: verticals as CompactCatalogue, kinds: [...KINDS] },
  // Hand-curated mainstream technologies the generator's sources lack, of every kind.
  'mainstream.json': { data: mainstream as CompactCatalogue, kinds: [...KINDS] },
  // Written by scripts/catalogue/generate.ts.
  'generated.json': { data: generated as CompactCatalogue, kinds: [...KINDS] },
};

const parsed = Object.entries(FILES).map(([file, { data, kinds }]) => ({
  file,
  kinds,
  groups: data.groups,
  result: CatalogueSchema.safeParse(expandCompact(data)),
}));
const all: SkillEntry[] = parsed.flatMap((p) => (p.result.success ? p.result.data : []));
const byId = new Map(all.map((s) => [s.id, s]));

const norm = surfaceKey;

function skill(id: string): SkillEntry {
  const s = byId.get(id);
  if (!s) throw new Error(`no skill with id ${id}`);
  return s;
}

describe('catalogue data files', () => {
  it.each(parsed)('$file parses with CatalogueSchema', ({ result }) => {
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it.each(parsed)(
    '$file is sorted by id within each group and holds only its own kinds',
    ({ groups, result, kinds }) => {
      for (const g of groups) {
        const ids = g.skills.map((s) => decodeSkill(s, g).id);
        expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }
      for (const s of result.data ?? []) expect(kinds, s.id).toContain(s.kind);
    },
  );

  it('holds at least 7,600 skills, all of them exported by CATALOGUE', () => {
    expect(all.length).toBeGreaterThanOrEqual(7600);
    expect(CATALOGUE).toHaveLength(all.length);
    expect(new Set(CATALOGUE.map((s) => s.id))).toEqual(new Set(all.map((s) => s.id)));
  });

  it('has unique ids across all files', () => {
    const seen = new Set<string>();
    const dupes = all.filter((s) => seen.size === seen.add(s.id).size).map((s) => s.id);
    expect(dupes).toEqual([]);
  });
});

describe('surface forms', () => {
  it('gives every name and alias to one skill only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of all) {
      for (const form of new Set([s.name, ...s.aliases].map(norm))) {
        const other = owner.get(form);
        if (other !== undefined && other !== s.id) clashes.push(`"${form}": ${other} and ${s.id}`);
        owner.set(form, s.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists no alias that merely repeats its own name or another alias', () => {
    const repeats = all.flatMap((s) => {
      const forms = [s.name, ...s.aliases].map(norm);
      return forms.filter((f, i) => forms.indexOf(f) !== i).map((f) => `${s.id}: "${f}"`);
    });
    expect(repeats).toEqual([]);
  });

  it('never uses a bare generic word as an alias', () => {
    const generic = new Set(
      ['ml', 'ai', 'data', 'test', 'design', 'model', 'api', 'cloud', 'code'].map(norm),
    );
    const bad = all.flatMap((s) => [s.name, ...s.aliases].filter((f) => generic.has(norm(f))));
    expect(bad).toEqual([]);
  });

  it('keeps names and aliases trimmed', () => {
    const untrimmed = all.flatMap((s) => [s.name, ...s.aliases].filter((f) => f !== f.trim()));
    expect(untrimmed).toEqual([]);
  });
});

describe('one product, one skill', () => {
  // Rules in ./near-duplicates.ts: a product suffix (CSS, JS, Server, Cloud, API...), a vendor
  // prefix ("Amazon X" and "AWS X", "Apache X" and "X"), dots and spaces ("Node.js", "Nodejs").
  const pairs = nearDuplicatePairs(all);

  it('has no two skills for one product: every near-duplicate pair is reviewed as distinct', () => {
    const unreviewed = [...pairs]
      .filter(([pair]) => !DISTINCT_PAIRS.has(pair))
      .map(([p, why]) => `${p}: ${why}`);
    expect(unreviewed).toEqual([]);
  });

  it('lists only pairs the rules still find, so that the allow-list stays short', () => {
    expect([...DISTINCT_PAIRS].filter((pair) => !pairs.has(pair))).toEqual([]);
  });
});

describe('classification as README.md states it (core, underemphasized, nice to have)', () => {
  it.each([
    'python',
    'pytorch',
    'tensorflow',
    'jax',
    'deep-learning',
    'model-evaluation',
    'overfitting',
    'docker',
    'kubernetes',
    'mlflow',
    'weights-and-biases',
    'kubeflow',
    'experiment-tracking',
    'model-registry',
    'model-versioning',
    'feature-store',
    'feast',
    'tecton',
    'model-deployment',
    'model-serving',
    'latency-budgets',
    'batching',
    'a-b-testing',
    'graceful-degradation',
    'model-monitoring',
    'drift-detection',
    'retraining-pipelines',
    'quantization',
    'inference-optimization',
    'testing',
    'code-review',
    'version-control',
    'git',
    'ci-cd',
    'api-design',
    'rest',
    'grpc',
    'documentation',
  ])('%s is core', (id) => {
    expect(skill(id).category).toBe('core');
  });

  it.each([
    'sql',
    'postgresql',
    'mysql',
    't-sql',
    'bigquery',
    'snowflake',
    'redshift',
    'aws',
    'gcp',
    'azure',
    'sagemaker',
    'vertex-ai',
    'azure-ml',
    'gpu-instances',
    'ec2',
    's3',
    'gcs',
    'azure-blob-storage',
    'eks',
    'gke',
    'aks',
    'lambda',
    'cloud-functions',
  ])('%s is underemphasized', (id) => {
    expect(skill(id).category).toBe('underemphasized');
  });

  it.each([
    'spark',
    'kafka',
    'airflow',
    'ray',
    'scala',
    'java',
    'go',
    'rust',
    'cpp',
    'r',
    'julia',
    'cuda',
    'triton',
    'langchain',
    'tableau',
    'looker',
    'terraform',
    'redis',
    'elasticsearch',
    'mongodb',
  ])('%s is nice-to-have', (id) => {
    expect(skill(id).category).toBe('nice-to-have');
  });

  it('keeps core to the hand-curated ML-engineering set: nothing generated is core', () => {
    expect(
      expandCompact(generated as CompactCatalogue)
        .filter((s) => s.category === 'core')
        .map((s) => s.id),
    ).toEqual([]);
  });

  it('puts every cloud service and every SQL dialect in underemphasized', () => {
    const cloudIds = all
      .filter((s) => s.kind === 'cloud' && s.category !== 'underemphasized')
      .map((s) => s.id);
    expect(cloudIds).toEqual([]);
    const sqlLike = all.filter((s) => /sql/i.test(s.name) && !/nosql/i.test(s.name));
    expect(sqlLike.filter((s) => s.category !== 'underemphasized').map((s) => s.id)).toEqual([]);
  });

  it('files GPU hardware, drivers and cluster tooling as infrastructure, not as ML libraries', () => {
    // An SRE who runs GPU clusters names these; they are no evidence of ML work (role/body.ts).
    for (const id of [
      'cuda-toolkit',
      'dcgm',
      'nvidia-drivers',
      'nvidia-dgx',
      'nvidia-hgx',
      'nvlink',
      'roce',
      'mig',
    ]) {
      expect(skill(id).kind, id).toBe('infra');
    }
  });

  it('puts languages, cloud, databases, infra, frameworks and tools on the engineering side, MLOps on the ML side', () => {
    const engineeringKinds: Kind[] = ['language', 'cloud', 'database', 'infra', 'framework', 'tool'];
    expect(
      all.filter((s) => engineeringKinds.includes(s.kind) && s.side !== 'engineering').map((s) => s.id),
    ).toEqual([]);
    expect(
      expandCompact(mlops as CompactCatalogue)
        .filter((s) => s.side !== 'ml')
        .map((s) => s.id),
    ).toEqual([]);
    for (const id of ['pytorch', 'scikit-learn', 'overfitting', 'experiment-tracking', 'drift-detection']) {
      expect(skill(id).side, id).toBe('ml');
    }
    for (const id of ['python', 'sql', 'docker', 'ci-cd', 'model-deployment', 'api-design']) {
      expect(skill(id).side, id).toBe('engineering');
    }
  });
});

describe('ambiguity flags', () => {
  it.each([
    'go',
    'r',
    'c',
    'scala',
    'spark',
    'excel',
    'rust',
    'swift',
    'julia',
    'ray',
    'flask',
    'airflow',
    'snowflake',
    'shell',
    'spring',
    'elasticsearch',
    'looker',
    'triton',
    's3',
    'java',
    'kafka',
    'tableau',
    'pandas',
    'polars',
    'helm',
    'jenkins',
    'lambda',
    'rest',
  ])('%s is marked ambiguous', (id) => {
    expect(skill(id).ambiguous).toBe(true);
  });

  it('writes the flag only as true, so that absent means unambiguous', () => {
    expect(all.filter((s) => s.ambiguous === false).map((s) => s.id)).toEqual([]);
  });

  it('flags every skill whose name or alias is a single letter', () => {
    const short = all.filter((s) => [s.name, ...s.aliases].some((f) => /^[a-z]$/i.test(f)));
    expect(short.filter((s) => !s.ambiguous).map((s) => s.id)).toEqual([]);
  });

  it('leaves distinctive names unflagged', () => {
    for (const id of ['pytorch', 'kubernetes', 'docker', 'terraform', 'postgresql', 'mlflow', 'pyspark']) {
      expect(skill(id).ambiguous, id).toBeUndefined();
    }
  });
});

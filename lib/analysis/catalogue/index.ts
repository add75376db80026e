import { type CompactCatalogue, expandCompact } from './compact';
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
import { canonicalSkillId } from './redirects';
import type { SkillEntry } from './schema';

/**
 * The whole catalogue: the hand-curated files first, then the skills generated from licensed
 * sources by scripts/catalogue/generate.ts (which skips whatever the curated files name). Every
 * file is in the compact form of ./compact.ts, expanded once at load. The data is validated by
 * data.test.ts at test time rather than parsed at run time: it ships inside the bundle, so a
 * parse would only cost start-up.
 */
export const CATALOGUE: SkillEntry[] = [
  languages,
  mlFrameworks,
  mlConcepts,
  mlops,
  serving,
  llm,
  cloud,
  databases,
  dataTools,
  infra,
  practices,
  viz,
  networking,
  security,
  enterprise,
  embedded,
  gamedev,
  compliance,
  cloudServices,
  blockchain,
  dataPlatform,
  devTools,
  mlTooling,
  industry,
  verticals,
  mainstream,
  generated,
].flatMap((file) => expandCompact(file as CompactCatalogue));

const byId = new Map(CATALOGUE.map((s) => [s.id, s]));

/** The skill a catalogue id names; an id merged into another (./redirects.ts) names that one. */
export function skillById(id: string): SkillEntry | undefined {
  return byId.get(id) ?? byId.get(canonicalSkillId(id));
}

export { canonicalSkillId } from './redirects';

export type { Kind, SkillEntry } from './schema';

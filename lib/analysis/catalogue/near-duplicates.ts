/**
 * Names that may be one product written twice: "Tailwind" and "Tailwind CSS", "Objection" and
 * "Objection.js", "Google Natural Language API" and "Cloud Natural Language API", "Amazon S3" and
 * "S3", "Node.js" and "Nodejs". The data tests list every such pair of catalogue skills and allow
 * only the pairs reviewed as different products; the generator (scripts/catalogue/generate.ts)
 * skips a source skill that is such a pair with a hand-curated one. Checks only, never shipped.
 *
 * Two forms are near duplicates when, split into words (at separators and at a lower-to-upper
 * case change), they read the same after
 * - a product suffix is dropped from the end (CSS, JS, Server, Cloud, API, Studio, Framework,
 *   Engine, ORM, Lang, Language, IO, Labs, .NET);
 * - "Apache" is dropped from the start, and a vendor's prefixes are written as one ("Amazon" and
 *   "AWS"; "Google", "Google Cloud", "GCP" and "Cloud"; "Microsoft", "MS" and "Azure");
 * - the words are glued together ("Node.js" and "Nodejs").
 * A form with a vendor prefix is also compared, without it, with forms that have none ("Amazon
 * S3" and "S3"), but not with another vendor's ("Azure Functions" and "Cloud Functions").
 */

const SUFFIXES = new Set([
  'css',
  'js',
  'server',
  'cloud',
  'api',
  'studio',
  'framework',
  'engine',
  'orm',
  'lang',
  'language',
  'io',
  'labs',
  'net',
]);

/** Leading words → the vendor they name; longest first. */
const VENDORS: ReadonlyArray<[string[], string]> = [
  [['google', 'cloud', 'platform'], 'gcp'],
  [['google', 'cloud'], 'gcp'],
  [['google'], 'gcp'],
  [['gcp'], 'gcp'],
  [['cloud'], 'gcp'],
  [['amazon', 'web', 'services'], 'aws'],
  [['amazon'], 'aws'],
  [['aws'], 'aws'],
  [['microsoft', 'azure'], 'ms'],
  [['microsoft'], 'ms'],
  [['ms'], 'ms'],
  [['azure'], 'ms'],
];

/** Lower-case words: "TailwindCSS" → tailwind css, "Statuspage.io" → statuspage io. */
export function wordsOf(form: string): string[] {
  return form
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter(Boolean);
}

export interface DuplicateKeys {
  /** What the form reads as; forms sharing one are near duplicates. */
  keys: string[];
  /** The form without its vendor prefix: a near duplicate of a form without one that reads so. */
  probes: string[];
}

const MIN_KEY = 2;

export function duplicateKeys(form: string): DuplicateKeys {
  let words = wordsOf(form);
  if (words[0] === 'apache' && words.length > 1) words = words.slice(1);
  let vendor = '';
  for (const [prefix, name] of VENDORS) {
    if (words.length > prefix.length && prefix.every((w, i) => words[i] === w)) {
      vendor = name;
      words = words.slice(prefix.length);
      break;
    }
  }
  const whole = words.join('');
  const last = words[words.length - 1] ?? '';
  const core = words.length > 1 && SUFFIXES.has(last) ? words.slice(0, -1).join('') : whole;
  const bare = [...new Set([whole, core])].filter((k) => k.length >= MIN_KEY);
  if (!vendor) return { keys: bare.map((k) => `:${k}`), probes: [] };
  return {
    keys: bare.map((k) => `${vendor}:${k}`),
    probes: bare.filter((k) => k.length > MIN_KEY).map((k) => `:${k}`),
  };
}

/** "a / b", the lower id first: how pairs are named here and in DISTINCT_PAIRS. */
export function pairOf(a: string, b: string): string {
  return a < b ? `${a} / ${b}` : `${b} / ${a}`;
}

/**
 * Finds, for a form, the skills of a fixed list (the hand-curated ones, for the generator) that
 * it is a near duplicate of.
 */
export function nearDuplicateIndex(skills: readonly Named[]): (form: string) => Set<string> {
  const keys = new Map<string, Set<string>>();
  const probes = new Map<string, Set<string>>();
  const put = (map: Map<string, Set<string>>, key: string, id: string) => {
    const ids = map.get(key) ?? new Set<string>();
    ids.add(id);
    map.set(key, ids);
  };
  for (const s of skills) {
    for (const form of [s.name, ...s.aliases]) {
      const d = duplicateKeys(form);
      for (const k of d.keys) put(keys, k, s.id);
      for (const p of d.probes) put(probes, p, s.id);
    }
  }
  return (form) => {
    const d = duplicateKeys(form);
    const out = new Set<string>();
    for (const k of d.keys) for (const id of [...(keys.get(k) ?? []), ...(probes.get(k) ?? [])]) out.add(id);
    for (const p of d.probes) for (const id of keys.get(p) ?? []) out.add(id);
    return out;
  };
}

export interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
}

/**
 * Every pair of skills (ids joined by " / ", the lower id first) some form of which are near
 * duplicates, with the forms that make it.
 */
export function nearDuplicatePairs(skills: readonly Named[]): Map<string, string> {
  const byKey = new Map<string, Array<{ id: string; form: string }>>();
  const probes: Array<{ id: string; form: string; key: string }> = [];
  for (const s of skills) {
    for (const form of [s.name, ...s.aliases]) {
      const d = duplicateKeys(form);
      for (const k of d.keys) {
        const list = byKey.get(k) ?? [];
        list.push({ id: s.id, form });
        byKey.set(k, list);
      }
      for (const key of d.probes) probes.push({ id: s.id, form, key });
    }
  }
  const pairs = new Map<string, string>();
  const add = (a: { id: string; form: string }, b: { id: string; form: string }) => {
    if (a.id === b.id) return;
    const [x, y] = a.id < b.id ? [a, b] : [b, a];
    const pair = pairOf(x.id, y.id);
    if (!pairs.has(pair)) pairs.set(pair, `"${x.form}" ~ "${y.form}"`);
  };
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) add(list[i] as (typeof list)[0], list[j] as (typeof list)[0]);
  }
  for (const p of probes) for (const other of byKey.get(p.key) ?? []) add(p, other);
  return pairs;
}

/**
 * Near-duplicate pairs (see nearDuplicatePairs) reviewed as different products, "a / b" with the
 * lower id first. Anything else the rules pair is one product twice: merge it into one entry
 * and redirect the id that goes (./redirects.ts).
 */
export const DISTINCT_PAIRS: ReadonlySet<string> = new Set([
  // The office suite, and the JavaScript API for its add-ins.
  'ms-office / office-js',
  // One vendor's client and server; a CRM's data platform beside other vendors' studios.
  'apollo-client / apollo-server',
  'azure-data-studio / salesforce-data-cloud',
  'looker-studio / salesforce-data-cloud',
  // A product and its hosted, server, cloud or desktop edition, or its IDE or studio.
  'abap / abap-cloud',
  'android / android-studio',
  'azure-devops / azure-devops-server',
  'bitbucket / bitbucket-server',
  'blazor / blazor-server',
  'cypress / cypress-cloud',
  'dax / dax-studio',
  'dbt / dbt-cloud',
  'exadata / oracle-exadata-cloud',
  'exchange-online / exchange-server',
  'glide / glide-api',
  'grafana / grafana-cloud',
  'great-expectations / great-expectations-cloud',
  'informatica / informatica-idmc',
  'linux / ubuntu-server',
  'looker / looker-studio',
  'magento-pwa-studio / pwa',
  'mapbox / mapbox-studio',
  'oracle / oracle-cloud',
  'qlik / qlik-cloud',
  'rx-net / rxjs',
  'sap / sap-s-4hana-cloud',
  'sonarqube / sonarqube-cloud',
  'spring / spring-cloud',
  'tableau / tableau-cloud',
  'tableau / tableau-server',
  'tableau-cloud / tableau-server',
  'terraform / terraform-cloud',
  'uipath / uipath-studio',
  'windows / windows-server',
  'workday / workday-studio',
  'xcode / xcode-cloud',
  'aws-glue-studio / glue',
  'azure-databricks / databricks',
  'azure-databricks-sql / databricks-sql',
  'azure-red-hat-openshift / openshift',
  'azure-sql / sql-server',
  'cloud-sql / sql-server',
  // A product and its API or SDK for developers, or a library for another language.
  'akka / akka-net',
  'google-ads / google-ads-api',
  'google-maps / google-maps-sdk',
  'jira / jira-api',
  'mistral / mistral-api',
  'plotly / plotly-js',
  'slack / slack-api',
  'tensorflow / tensorflow-js',
  'zendesk / zendesk-api',
  // Successors and predecessors that postings tell apart.
  'angular / angularjs',
  'dotnet / dotnet-framework',
  'laminas / zend',
  'citrix-hypervisor / xen',
  'akamai / linode',
  'azure-defender / microsoft-defender',
  'azure-bot-service / microsoft-bot-framework',
  // A vendor's service and the technology, practice or open standard it provides.
  'amazon-linux / linux',
  'amazon-vpc / vpc',
  'apache-http-server / http',
  'aws / web-services',
  'aws-cli / command-line',
  'aws-cloudhsm / hsm',
  'aws-site-to-site-vpn / vpn',
  'aws-sso / sso',
  'aws-waf / waf',
  'azure-cdn / cdn',
  'azure-cli / command-line',
  'azure-devops / devops',
  'azure-devops-server / devops',
  'azure-dns / dns',
  'azure-landing-zones / landing-zones',
  'azure-load-testing / load-testing',
  'azure-ml / machine-learning',
  'azure-ml-pipelines / ml-pipelines',
  'azure-openai / openai-api',
  'azure-rtos / rtos',
  'azure-sql / sql',
  'azure-test-plans / test-plans',
  'azure-vms / virtual-machines',
  'cdn / google-cloud-cdn',
  'cloud-cost-optimization / cost-optimization',
  'cloud-speech-to-text / speech-recognition',
  'cloud-sql / sql',
  'cloud-text-to-speech / text-to-speech',
  'data-catalog / google-data-catalog',
  'dns / google-cloud-dns',
  'gke / kubernetes',
  'google-cloud-iam / iam',
  'google-cloud-kms / kms',
  'google-cloud-load-balancing / load-balancing',
  'google-cloud-logging / logging',
  'google-cloud-vpn / vpn',
  'sql / sql-server',
  'web3 / web3-js',
  // One vendor's service and another's, one of them written without its vendor.
  'aws-privatelink / private-endpoints',
  'aws-well-architected-framework / azure-well-architected-framework',
  'aws-x-ray / xray',
  'azure-data-studio / looker-studio',
  // Different products that happen to share a word.
  'abb-robotstudio / robotframework',
  'amazon-neptune / neptune',
  'amazon-polly / polly',
  'apache-phoenix / phoenix',
  'arista-cloudvision / cloud-vision-api',
  'arista-cloudvision / vision-framework',
  'aws-copilot / copilot-studio',
  'azure-ai-foundry / azure-ai-language',
  'azure-blueprints / unreal-blueprints',
  'azure-chaos-studio / unreal-engine-chaos',
  'azure-lighthouse / lighthouse',
  'azure-relay / relay',
  // Nexus, the scaled-Scrum framework, and Cisco's Nexus switches.
  'cisco-nexus / nexus-framework',
  'cloud-composer / composer',
  'cloud-foundry / foundry-forge',
  'niagara-vfx / tridium-niagara',
  'cloud-vision-api / vision-framework',
  'copilot-studio / microsoft-copilot',
  'datafusion / google-cloud-data-fusion',
  'elastic-cloud / elasticsearch',
  'fabric-js / microsoft-fabric',
  'gcp / platformio',
  'google-play-store / play-framework',
  'hp-alm / sap-cloud-alm',
  'kotlin-flow / power-automate',
  'lambda / lambda-labs',
  'mapserver / mean-average-precision',
  'o3de / open3d',
  // Objection is SensePost's mobile runtime toolkit (security.json), Objection.js a Node ORM.
  'objection / objection-js',
  'prisma / prisma-cloud',
  'protobuf / protobuf-js',
  'selenium / webdriverio',
  'solid / solidjs',
  'transformer-engine / transformer-models',
  'triton / triton-lang',
]);

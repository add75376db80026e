import type { Kind } from '../../lib/analysis/catalogue/schema';
import type { Category, Side } from '../../lib/analysis/types';

/**
 * Kind, category and side of a generated skill. Devicon's tags decide where it has them; a
 * simple-icons product without tags is read from its name (cloud vendors' services, databases,
 * JavaScript libraries), else it is a tool. Per lib/analysis/README.md: every cloud service and
 * every SQL database is underemphasized; nothing generated is core.
 */

const TAG_KINDS: Array<[RegExp, Kind]> = [
  [/^(?:machine-learning|deep-learning|data-science|data science|computer-vision)$/, 'ml-library'],
  [/^(?:database|db|nosql|sql|relational|key-value|warehouse|column-oriented)$/, 'database'],
  [/^(?:cloud|cloud-computing-platform|serverless|hosting|web hosting|cloud hosting|cdn)$/, 'cloud'],
  [/^(?:visualization|chart|plotting|dashboard)$/, 'viz'],
  [/^(?:big data|streaming|message-broker|data-processing|pipeline|DAG)$/, 'data-tool'],
  [
    /^(?:container|kubernetes|devops|monitoring|observability|os|operating-system|operating system|linux|server|infrastructure|infrastructure-as-code|orchestrator|proxy|hypervisor|virtual machine|deployment|continuous-delivery|networking|security|gitops|logs|tracing|unix)$/,
    'infra',
  ],
  [/^(?:language|programming)$/, 'language'],
  [
    /^(?:framework|library|orm|state-management|css|ui|cms|micro-framework|mvc|web-development)$/,
    'framework',
  ],
];

export function kindFromTags(tags: readonly string[]): Kind | undefined {
  for (const [re, kind] of TAG_KINDS) if (tags.some((t) => re.test(t))) return kind;
  return undefined;
}

const CLOUD_NAME =
  /^(?:Amazon|AWS|Google Cloud|Azure|Microsoft Azure|Oracle Cloud|IBM Cloud|Alibaba Cloud|Firebase|Heroku|Vercel|Netlify|DigitalOcean|Cloudflare|Render|Fly\.io|Scaleway|OVH|Hetzner|Linode|Akamai)\b/;
const DATABASE_NAME = /(?:DB|SQL|Database)$|^(?:SQLite|Redis|MariaDB)/i;

export function kindFromName(name: string): Kind {
  if (CLOUD_NAME.test(name)) return 'cloud';
  if (DATABASE_NAME.test(name)) return 'database';
  if (/(?:\.js|JS)$/.test(name)) return 'framework';
  return 'tool';
}

const SQL = /sql/i;

export function categoryOf(
  kind: Kind,
  name: string,
  tags: readonly string[],
  sqlDatabase: boolean,
): Category {
  if (kind === 'cloud') return 'underemphasized';
  if (SQL.test(name) && !/nosql/i.test(name)) return 'underemphasized';
  if (kind === 'database' && (sqlDatabase || tags.includes('sql') || tags.includes('relational')))
    return 'underemphasized';
  return 'nice-to-have';
}

export function sideOf(kind: Kind): Side {
  return kind === 'ml-library' ? 'ml' : 'engineering';
}

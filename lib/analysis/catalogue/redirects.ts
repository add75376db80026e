/**
 * Skill ids that left the catalogue when two entries for one product were merged (see
 * ./near-duplicates.ts), and the id that now stands for the product. Profiles, history rows and
 * corpus gold keep ids, so every place that looks a stored id up goes through canonicalSkillId:
 * the profile schema, history decoding, the fit's held levels, the skill resolver and
 * skillById. An id listed here never comes back as a catalogue id (tests/unit/skill-redirects.test.ts
 * checks both ends).
 */
export const REDIRECTS: Readonly<Record<string, string>> = {
  'amazon-kinesis-data-analytics': 'amazon-managed-service-for-apache-flink',
  'apache-cordova': 'cordova',
  'apache-echarts': 'echarts',
  'apache-freemarker': 'freemarker',
  'apache-jmeter': 'jmeter',
  'azure-administrator-associate': 'az-104',
  'azure-ai-engineer-associate': 'ai-102',
  'azure-data-engineer-associate': 'dp-203',
  'azure-data-scientist-associate': 'dp-100',
  'azure-machine-learning-studio': 'azure-ml',
  'cairo-lang': 'cairo',
  'campaign-manager-360': 'google-campaign-manager-360',
  'certified-kubernetes-administrator': 'cka',
  'certified-kubernetes-security-specialist': 'cks',
  'cloud-armor': 'google-cloud-armor',
  'cloud-endpoints': 'google-cloud-endpoints',
  'cloud-natural-language-api': 'google-natural-language-api',
  'cloud-translation-api': 'google-translation-api',
  'couchbase-server': 'couchbase',
  doctrine: 'doctrine-orm',
  'elementary-data': 'elementary',
  'foundry-framework': 'foundry-forge',
  godot: 'godot-engine',
  'google-cloud-composer': 'cloud-composer',
  'google-cloud-professional-cloud-architect': 'google-professional-cloud-architect',
  'google-cloud-spanner': 'spanner',
  'google-dataflow': 'dataflow',
  'groq-api': 'groq',
  'huff-language': 'huff',
  ionic: 'ionic-framework',
  'microsoft-entra-conditional-access': 'conditional-access',
  'modal-labs': 'modal',
  'mssql-server': 'sql-server',
  'polly-dotnet': 'polly',
  'replicate-api': 'replicate',
  'sap-commerce': 'hybris',
  'sonarqube-server': 'sonarqube',
  statuspage: 'statuspage-io',
  'tailwind-css': 'tailwind',
  'windows-server-2019': 'windows-server',
  'windows-server-2022': 'windows-server',
};

const redirects = new Map(Object.entries(REDIRECTS));

/** The catalogue id a stored id stands for today: itself, unless it was merged away. */
export function canonicalSkillId(id: string): string {
  return redirects.get(id) ?? id;
}

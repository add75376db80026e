import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';
import { RULES } from '../matcher/rules';
import { phraseTokens } from '../matcher/tokenize';
import { CATALOGUE } from './index';

/**
 * Words that are also ordinary words, names or places (in English or in the other languages
 * postings come in), which must never match without evidence.
 */
const WORDS = `go rust swift spring ruby julia dart elm crystal chef puppet salt jasmine mocha express meteor
  ember backbone flutter electron gatsby nest next bootstrap sass less gulp grunt babel alpine arch mint
  hugo jekyll ionic svelte phoenix falcon pyramid bottle tornado sanic akka play angular redux jest
  cypress selenium maven hibernate android unity tomcat sap composer turbo stimulus canvas lighthouse
  storybook playwright vite inertia processing foundation render kong workday immer nette espresso pact
  allure chai tailwind harbor caddy mustache tokio cosign linear search vector delta teams windows
  blueprints vale donut nougat flow navigation provider combine synapse catalyst aruba nexus panorama
  blade signals aura mirror volcano autopilot rider mermaid runes fragments lexical slate
  maria herbert robbert speakeasy explain dcn eqs umg psi hgb vrf sva r8 feast doors ila caf ash tws
  sigma volatility pants perf otp crt rhapsody cloverleaf gutenberg nokia absinthe chaps bacs sac hydrogen cad panache sar adam
  bind unbound nielsen kantar epos rego gfs crucible alfresco juju kops balena podio capistrano apiary yammer
  plasmic picard caret meltwater zipline spacewalk midi deel pohoda alegra symfonia clari raja petrel
  openworks zookeeper entrata valtio vald centrifugo trac jitsu vapi satellite optimism foundry recharge
  panther unstructured criterion buck charm sat schematics sort alm`.split(/\s+/);

describe('ambiguity of names that are also words', () => {
  const forms = new Map<string, Array<{ id: string; asName: boolean; ambiguous: boolean }>>();
  for (const s of CATALOGUE) {
    for (const form of [s.name, ...s.aliases]) {
      const key = phraseTokens(form).join(' ');
      const list = forms.get(key) ?? [];
      list.push({ id: s.id, asName: form === s.name, ambiguous: s.ambiguous === true });
      forms.set(key, list);
    }
  }

  it.each(WORDS)('"%s" matches only under an ambiguity rule, if at all', (word) => {
    for (const f of forms.get(word) ?? []) {
      // A name flagged ambiguous gets the matcher's default rule; an alias only a rule of its own.
      const guarded = word in RULES ? RULES[word] !== null : f.asName && f.ambiguous;
      expect(guarded, `${f.id}: "${word}"`).toBe(true);
    }
  });
});

/** Product families that ads name by their parts: each sentence must yield every listed id. */
describe('families of products named by their parts', () => {
  const found = (text: string) => new Set(analyzePosting({ text }).skills.map((s) => s.id));
  it.each([
    [
      'Esri stack',
      'Automate map production with ArcPy and ModelBuilder; collect inspections in Survey123 and Field Maps.',
      ['arcpy', 'arcgis-modelbuilder', 'arcgis-survey123', 'arcgis-field-maps'],
    ],
    [
      'health-data interfaces',
      'Build interfaces in Corepoint and Epic Bridges, map C-CDA documents and X12 EDI claims.',
      ['corepoint', 'epic-bridges', 'c-cda', 'edi'],
    ],
    [
      'network programmability',
      'Stream telemetry over gNMI, reboot devices with gNOI, model config in OpenConfig and run CNFs.',
      ['gnmi', 'gnoi', 'openconfig', 'cnf'],
    ],
    [
      'data-centre fabrics',
      'Run iBGP and eBGP with RPKI, ECMP and MLAG on Arista CloudVision; Juniper Junos and Apstra are a plus; IPsec on FortiGate with FortiAuthenticator.',
      [
        'bgp',
        'rpki',
        'ecmp',
        'mlag',
        'arista-cloudvision',
        'junos-os',
        'juniper-apstra',
        'ipsec',
        'fortiauthenticator',
      ],
    ],
    [
      'Dynamics 365 and Power Platform development',
      'Build model-driven apps and canvas apps, PCF controls in React; query with FetchXML, debug in XrmToolBox and the Plugin Registration Tool, ship with the Power Platform CLI.',
      [
        'model-driven-apps',
        'canvas-apps',
        'power-apps-component-framework',
        'fetchxml',
        'xrmtoolbox',
        'plugin-registration-tool',
        'power-platform-cli',
      ],
    ],
    [
      'GIS data services',
      'Load GeoPackage files into PostGIS and SpatiaLite, route with pgRouting, serve GeoDjango APIs, cut PMTiles with Tippecanoe or pg_tileserv, script QGIS in PyQGIS, show CesiumJS scenes and read rasters with rioxarray in SIRGAS 2000.',
      [
        'geopackage',
        'spatialite',
        'pgrouting',
        'geodjango',
        'pmtiles',
        'tippecanoe',
        'pg-tileserv',
        'pyqgis',
        'cesium',
        'rioxarray',
        'sirgas-2000',
      ],
    ],
    [
      'single-cell and spatial omics',
      'Process CITE-seq and scATAC-seq data with STARsolo, ArchR and Signac, spatial data from Visium HD and Xenium with Squidpy; RNA velocity in scVelo, cell-cell communication with CellChat, labels from CellTypist, trajectories in Monocle 3, MuData objects, deepTools for ChIP-seq, tools from Bioconda, TCGA and GTEx cohorts, FASTA files, notes in R Markdown.',
      [
        'cite-seq',
        'atac-seq',
        'starsolo',
        'archr',
        'signac',
        '10x-visium',
        '10x-xenium',
        'squidpy',
        'scvelo',
        'cellchat',
        'celltypist',
        'monocle-3',
        'mudata',
        'deeptools',
        'chip-seq',
        'bioconda',
        'tcga',
        'gtex',
        'fasta',
        'rmarkdown',
      ],
    ],
    [
      'XR and engine tooling',
      'Build with the XR Interaction Toolkit and AR Foundation for Pico 4 Enterprise, effects in VFX Graph, profile with the OVR Metrics Tool, ship via Unity Build Automation; Godot in GDScript; Editor Utility Widgets and Enhanced Input System in Unreal.',
      [
        'xr-interaction-toolkit',
        'ar-foundation',
        'pico-sdk',
        'vfx-graph',
        'ovr-metrics-tool',
        'unity-cloud-build',
        'gdscript',
        'editor-utility-widgets',
        'unreal-enhanced-input',
      ],
    ],
    [
      'endpoint and virtualisation operations',
      'Move VMs with vMotion, package apps as MSIX or App-V, patch with BigFix and image with the Microsoft Deployment Toolkit.',
      ['vmware-vmotion', 'msix', 'microsoft-app-v', 'hcl-bigfix', 'microsoft-deployment-toolkit'],
    ],
    [
      'Power BI and Analysis Services modelling',
      'Model in import and DirectQuery mode, deploy over the XMLA endpoint, write calculation groups and object-level security, keep PBIP files in Git, load with Dataflow Gen2 and report OEE and OTIF.',
      [
        'directquery',
        'xmla-endpoint',
        'calculation-groups',
        'object-level-security',
        'power-bi-projects',
        'power-bi-dataflows',
        'oee',
        'otif',
      ],
    ],
    [
      'metering and LPWAN radio',
      'Write firmware for the Semtech radio, wM-Bus and Sigfox stacks, AES encryption with a secure element, and OCPI roaming for chargers.',
      ['semtech', 'wireless-m-bus', 'sigfox', 'aes', 'secure-elements', 'ocpi'],
    ],
    [
      'operators, certifications and Apple imaging',
      'Run Kafka with Strimzi and Spark jobs through the spark-operator; SnowPro certified; filters in Core Image.',
      ['strimzi', 'spark-operator', 'snowpro-core', 'core-image'],
    ],
    [
      'Elixir and OTP',
      'Write GenServer processes and GenStage pipelines, tested with ExUnit.',
      ['genserver', 'genstage', 'exunit'],
    ],
    [
      'Shopify themes',
      'Theme work with Shopify CLI, metafields and metaobjects, Checkout Extensibility and Shopify Functions.',
      [
        'shopify-cli',
        'shopify-metafields',
        'shopify-metaobjects',
        'checkout-extensibility',
        'shopify-functions',
      ],
    ],
    [
      'SQL Server operations',
      'Script maintenance with dbatools and Ola Hallengren jobs, watch SQL Sentry, enable Transparent Data Encryption, fail over Always On AGs.',
      ['dbatools', 'ola-hallengren', 'sql-sentry', 'transparent-data-encryption', 'sql-server-always-on'],
    ],
    [
      'robot learning',
      'Train policies with Soft Actor-Critic and TD3 in Brax, then close the gap with sim-to-real and domain randomisation.',
      ['soft-actor-critic', 'td3', 'brax', 'sim-to-real', 'domain-randomization'],
    ],
    [
      'bird’s-eye-view perception',
      'Fuse camera and LiDAR with BEVFusion, BEVFormer or PointPillars on RGB-D and point data.',
      ['lidar', 'bevfusion', 'bevformer', 'pointpillars', 'rgb-d'],
    ],
    [
      'encoder models of the BERT family',
      'Fine-tune DeBERTa, Longformer or domain models (Legal-BERT, BioBERT, ClinicalBERT, FinBERT).',
      ['deberta', 'longformer', 'legal-bert', 'biobert', 'clinicalbert', 'finbert'],
    ],
    [
      'payment providers and instant schemes',
      'Integrate PayU and Tpay, and instant payments over SEPA Instant, SPEI and TARGET2.',
      ['payu', 'tpay', 'sepa-instant', 'spei', 'target2'],
    ],
    [
      'robot safety and localisation',
      'Fuse IMU and wheel odometry; certify to ISO 3691-4, ISO 13849 and ISO/TS 15066.',
      ['odometry', 'iso-3691-4', 'iso-13849', 'iso-ts-15066'],
    ],
    [
      'workload identity on Kubernetes',
      'Give pods cloud access through IRSA or EKS Pod Identity, GKE Workload Identity or Entra Workload ID.',
      ['irsa', 'eks-pod-identity', 'gke-workload-identity', 'azure-workload-identity'],
    ],
    [
      'survival analysis and graph libraries',
      'Model time to event with lifelines, scikit-survival or pycox; graphs in GraphFrames and GraphX.',
      ['lifelines', 'scikit-survival', 'pycox', 'graphframes', 'graphx'],
    ],
    [
      'UK health data and regulators',
      'Link CPRD and HES extracts to OMOP; work to OSFI guidelines and PIPEDA.',
      ['hospital-episode-statistics', 'cprd', 'omop', 'osfi-guidelines', 'pipeda'],
    ],
    [
      'networks and credit-risk metrics',
      'Run LAN and WAN links over a site-to-site VPN; report the Gini coefficient and Kolmogorov-Smirnov statistic.',
      ['lan', 'wan', 'vpn', 'gini-coefficient', 'kolmogorov-smirnov'],
    ],
    [
      'engineering practices in Portuguese',
      'Testes unitários e testes end-to-end, qualidade de dados, modelagem de dados e revisão de código em sistemas distribuídos.',
      [
        'unit-testing',
        'end-to-end-testing',
        'data-quality',
        'data-modeling',
        'code-review',
        'distributed-systems',
      ],
    ],
    [
      'engineering practices in Spanish, Italian, German and Polish',
      'Pipelines de datos y visualización de datos; architettura software; verteilte Systeme; testy jednostkowe.',
      [
        'data-pipelines',
        'data-visualization',
        'software-architecture',
        'distributed-systems',
        'unit-testing',
      ],
    ],
    [
      'meeting rooms, telephony and chaos tools',
      'Run Zoom Rooms, Microsoft Teams Rooms and Crestron panels, Zoom Phone or RingCentral; inject faults with Steadybit or AWS FIS.',
      [
        'zoom-rooms',
        'microsoft-teams-rooms',
        'crestron',
        'zoom-phone',
        'ringcentral',
        'steadybit',
        'aws-fault-injection-service',
      ],
    ],
    [
      'lakehouse table layout',
      'Lay out Delta tables with liquid clustering or Z-ordering, in a medallion architecture.',
      ['liquid-clustering', 'z-ordering', 'medallion-architecture'],
    ],
    [
      'champion/challenger by its testing',
      'Run champion/challenger testing of pricing models.',
      ['champion-challenger'],
    ],
    [
      'weather and scientific data',
      'Blend ECMWF and GFS forecasts with ERA5 reanalysis; read NetCDF, GRIB2 and Zarr stores with xarray and MetPy.',
      ['ecmwf', 'gfs', 'era5', 'netcdf', 'grib', 'zarr', 'xarray', 'metpy'],
    ],
    [
      'retail panel data and power exchanges',
      'Retail data (EPOS, NielsenIQ, Circana, Kantar) and day-ahead prices from OMIE, EPEX SPOT and Nord Pool.',
      ['epos', 'nielsen', 'circana', 'kantar', 'omie', 'epex-spot', 'nord-pool'],
    ],
    [
      'health billing standards and DNS servers',
      'Feeds in TISS and TUSS, Telematikinfrastruktur; DNS with BIND, Unbound, CoreDNS and Knot DNS.',
      ['tiss', 'tuss', 'telematikinfrastruktur', 'bind9', 'unbound', 'coredns', 'knot-dns'],
    ],
    [
      'design tokens and policy languages',
      'Maintain tokens in Style Dictionary and Tokens Studio; write policy as code in OPA/Rego; deploy to Managed Online Endpoints.',
      ['style-dictionary', 'tokens-studio', 'rego', 'azure-ml-managed-endpoints'],
    ],
  ])('%s', (_family, text, ids) => {
    const got = found(text);
    for (const id of ids) expect(got, id).toContain(id);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

/** Short product names that are also words, read by the rules in ./rules.ts. */
const shipped = (text: string) =>
  analyzePosting({ text: `Platform Engineer\n\nRequirements\n${text}\n` }).skills.map((s) => s.id);

describe('short names of a platform after a word of that platform', () => {
  it('AWS services by their short names, never the plain words', () => {
    expect(shipped('- Run Kafka (MSK) and Aurora on AWS')).toContain('amazon-msk');
    expect(shipped('- IAM roles and secrets in Secrets Manager')).toContain('aws-secrets-manager');
    expect(shipped('- Tracing with CloudWatch, X-Ray and OpenTelemetry')).toContain('aws-x-ray');
    expect(shipped('- Any secrets manager will do, with Python')).not.toContain('aws-secrets-manager');
    expect(shipped('- Read X-Ray images with Python and PyTorch')).not.toContain('aws-x-ray');
    expect(shipped('- Degree from MSK University, Python')).not.toContain('amazon-msk');
  });

  it('Azure governance and identity by their short names', () => {
    expect(shipped('- Azure Policy and Management Groups for our subscriptions')).toContain(
      'azure-management-groups',
    );
    expect(shipped('- Entra ID, Key Vault and Managed Identities')).toContain('azure-managed-identities');
    expect(shipped('- Azure (App Service, Functions, Service Bus)')).toContain('azure-service-bus');
    expect(shipped('- Report to the Management Groups of our retail stores; Python')).not.toContain(
      'azure-management-groups',
    );
    expect(shipped('- Design an enterprise Service Bus in Java')).not.toContain('azure-service-bus');
  });

  it('Salesforce clouds and features, never another vendor or plain knowledge', () => {
    expect(shipped('- Experience with Marketing Cloud or Data Cloud')).toEqual(
      expect.arrayContaining(['salesforce-marketing-cloud', 'salesforce-data-cloud']),
    );
    expect(shipped('- Adobe Marketing Cloud and Python')).not.toContain('salesforce-marketing-cloud');
    expect(shipped('- Snowflake, the AI Data Cloud, with dbt')).not.toContain('salesforce-data-cloud');
    expect(shipped('- Service Cloud: case routing, Service Console, Knowledge and Einstein Bots')).toContain(
      'salesforce-knowledge',
    );
    expect(shipped('- Salesforce admin skills. Knowledge of Apex')).not.toContain('salesforce-knowledge');
    expect(shipped('- OmniStudio (FlexCards, OmniScripts, Integration Procedures)')).toContain(
      'omnistudio-integration-procedures',
    );
    expect(shipped('- Follow our integration procedures for Kafka topics')).not.toContain(
      'omnistudio-integration-procedures',
    );
  });

  it('Epic and its databases beside health-care systems, never a user story or clarity', () => {
    expect(shipped('- Integrations between Health Cloud, Epic and MuleSoft')).toContain('epic-ehr');
    expect(shipped('- SQL reporting on Clarity and Caboodle')).toEqual(
      expect.arrayContaining(['epic-clarity', 'epic-caboodle']),
    );
    expect(shipped('- Break each Epic into Jira stories')).not.toContain('epic-ehr');
    expect(shipped('- Clarity of thought and Python')).not.toContain('epic-clarity');
  });

  it('SAP module codes beside SAP words, not beside other teams', () => {
    expect(shipped('- Kenntnisse in einem Logistikmodul (MM, SD oder PP)')).toEqual(
      expect.arrayContaining(['sap-mm', 'sap-sd', 'sap-pp']),
    );
    expect(shipped('- Custom Code Migration with ATC for the S/4HANA conversion')).toContain(
      'abap-test-cockpit',
    );
    expect(shipped('- OO-ABAP, Data Dictionary and Open SQL')).toContain('abap-dictionary');
    expect(shipped('- SAP BTP (Cloud Foundry, CAP)')).toContain('sap-cap');
    expect(shipped('- You will sit with functional consultants in SD, MM and FI/CO')).not.toContain('sap-sd');
    expect(shipped('- Store photos on SD cards, 2 MM thick, with Python')).not.toContain('sap-sd');
    expect(shipped('- Maintain a data dictionary for our dbt models')).not.toContain('abap-dictionary');
    expect(shipped('- Distributed systems and the CAP theorem in Go')).not.toContain('sap-cap');
  });

  it('SAP module codes a module consultant integrates with, in the posting languages', () => {
    expect(shipped('- Integration with SD, MM and PP, and with Group Reporting')).toEqual(
      expect.arrayContaining(['sap-sd', 'sap-mm', 'sap-pp']),
    );
    expect(shipped('- Verständnis von SAP FI und CO sowie der Integration mit MM und SD')).toEqual(
      expect.arrayContaining(['sap-mm', 'sap-sd']),
    );
    expect(shipped('- Integration with SD cards over SPI, in C')).not.toContain('sap-sd');
    expect(shipped('- Integration tests for the PP pipeline, Python')).not.toContain('sap-pp');
  });

  it('mainframe short names beside mainframe words', () => {
    expect(shipped('- Maintain JCL, PROCs and Control-M schedules')).toContain('jcl');
    expect(shipped('- CICS transactions and BMS maps')).toContain('cics-bms');
    expect(shipped('- Knowledge of REXX, Easytrieve or Assembler')).toContain('assembler-z-os');
    expect(shipped('- Daily work in TSO/ISPF and JCL')).toContain('ispf');
    expect(shipped('- Battery BMS firmware in C')).not.toContain('cics-bms');
    expect(shipped('- Grid TSO operations with Python')).not.toContain('ispf');
  });

  it('Unity, Apple and GraphQL short names beside their platform', () => {
    expect(shipped('- Unity Gaming Services (Relay, Lobby)')).toContain('unity-lobby');
    expect(shipped('- Unity Jobs System, Burst and DOTS')).toContain('unity-dots');
    expect(shipped('- Profile memory and energy use with Instruments')).toContain('xcode-instruments');
    expect(shipped('- GraphQL (Apollo) and TypeScript')).toContain('apollo-client');
    expect(shipped('- Wait in the lobby; Python interviews')).not.toContain('unity-lobby');
    expect(shipped('- Firmware for Texas Instruments chips, with performance tuning in C')).not.toContain(
      'xcode-instruments',
    );
    expect(shipped('- Join our Apollo program team, Python')).not.toContain('apollo-client');
  });

  it('product names that are also words, in a list of their kind', () => {
    expect(shipped('- Reverse ETL (Hightouch/Census)')).toContain('census');
    expect(shipped('- Use US Census data in Python')).not.toContain('census');
    expect(shipped('- Bayesian MMM in PyMC-Marketing / Robyn')).toContain('robyn');
    expect(shipped('- Call Robyn Smith about Python')).not.toContain('robyn');
    expect(shipped('- Integrations with Greenhouse and Workday')).toContain('greenhouse');
    expect(shipped('- Greenhouse gas reporting in Python')).not.toContain('greenhouse');
    expect(shipped('- Laravel (Eloquent, queues, Sanctum)')).toContain('laravel-sanctum');
    expect(shipped('- Payments via Pix and boletos')).toContain('pix');
    expect(shipped('- Payments: iDEAL, Bancontact and Stripe')).toContain('ideal');
    expect(shipped('- The ideal candidate knows Stripe and Python')).not.toContain('ideal');
    expect(shipped('- Live Activities and WidgetKit in SwiftUI')).toContain('activitykit');
    expect(shipped('- Plan live activities for our team events with Python')).not.toContain('activitykit');
  });

  it('ServiceNow and Salesforce features by their short names', () => {
    expect(shipped('- Scripts: Business Rules, Script Includes and UI Actions')).toEqual(
      expect.arrayContaining(['servicenow-business-rules', 'servicenow-ui-actions']),
    );
    expect(shipped('- We follow business rules; Python')).not.toContain('servicenow-business-rules');
    expect(shipped('- Service Cloud (case management, omni-channel, entitlements)')).toEqual(
      expect.arrayContaining(['salesforce-omni-channel', 'salesforce-entitlements']),
    );
    expect(shipped('- Omni-channel retail experience with Python')).not.toContain('salesforce-omni-channel');
    expect(shipped('- Salesforce CPQ or Field Service')).toContain('salesforce-field-service');
    expect(shipped('- Field Service engineers travel; Python and SQL')).not.toContain(
      'salesforce-field-service',
    );
    expect(shipped('- SAP certification (C_ABAPD_2309 or C_S4FCF)')).toEqual(
      expect.arrayContaining(['sap-certified-development-associate', 'sap-certified-associate']),
    );
  });

  it('security frameworks by their acronyms, never other codes', () => {
    expect(shipped('- KMS, HSM and FIPS 140-3 validated modules')).toEqual(
      expect.arrayContaining(['hsm', 'fips-140-3']),
    );
    expect(shipped('- NIST SP 800-53, FedRAMP and RMF')).toEqual(
      expect.arrayContaining(['nist', 'risk-management-framework']),
    );
    expect(shipped('- Join census data on FIPS codes in SQL')).not.toContain('fips-140-3');
    expect(shipped('- Maintain our Enterprise Risk Management Framework with Python')).not.toContain(
      'risk-management-framework',
    );
  });
});

describe('names read in more of their forms', () => {
  it('Feast after an article, capitalised, is the feature store', () => {
    expect(shipped('- Python and a Feast feature store')).toContain('feast');
    expect(shipped('- A summer feast with the Python team')).not.toContain('feast');
  });

  it('Backstage after a preposition or before its portal words is the developer portal', () => {
    expect(shipped('- Construir el portal interno con Backstage: plantillas y catálogo')).toContain(
      'backstage',
    );
    expect(shipped('- Backstage plugins in TypeScript')).toContain('backstage');
    expect(shipped('- Go backstage at our concerts')).not.toContain('backstage');
  });

  it('a language opening a bullet with a remark on the ask in brackets', () => {
    const text = 'Data Engineer\n\nNice to have\n- Go (we will happily teach you)\n- R (a plus)\n';
    const found = analyzePosting({ text }).skills.map((s) => s.id);
    expect(found).toEqual(expect.arrayContaining(['go', 'r']));
    expect(shipped('- Go (the board game) nights every Friday')).not.toContain('go');
  });

  it('the Dutch GDPR in compounds ("AVG-proof", "AVG-eisen")', () => {
    expect(shipped('- AVG-proof testdata in SQL Server')).toContain('privacy');
    expect(shipped('- Voldoen aan DORA- en AVG-eisen')).toEqual(
      expect.arrayContaining(['privacy', 'dora-compliance']),
    );
  });

  it('acronyms that need context, in the plural with the same context', () => {
    expect(shipped('- Routing: BGP, OSPF, VLANs, VRFs and HSRP')).toContain('vrf');
    expect(shipped('- KMS, HSMs and FIPS 140-3 validated modules')).toContain('hsm');
    expect(shipped('- Clean the hsms and vrfs, Python')).not.toEqual(expect.arrayContaining(['hsm']));
  });

  it('Swift concurrency in lower case, as Apple writes it', () => {
    expect(shipped('- Combine and Swift concurrency (async/await, actors)')).toContain('swift-concurrency');
  });
});

describe('short names of products beside their kind or platform (catalogue aliases with rules)', () => {
  it('tools of a team by their short names, never the ordinary words', () => {
    expect(shipped('- Report bugs clearly in Linear')).toContain('linear-app');
    expect(shipped('- Jira or Linear, Python')).toContain('linear-app');
    expect(shipped('- Bugs in Linear regression models, Python')).not.toContain('linear-app');
    expect(shipped('- Linear algebra and Python')).not.toContain('linear-app');
    expect(shipped('- Ship through GitHub Actions to Vercel and Render')).toContain('render-com');
    expect(shipped('- Render the UI with React')).not.toContain('render-com');
    expect(shipped('- Vercel previews; Render the page server-side')).not.toContain('render-com');
  });

  it('data and security tools among their kind', () => {
    expect(shipped('- File formats (Parquet, Avro, Delta)')).toContain('delta-lake');
    expect(shipped('- Open table formats: Iceberg or Delta')).toContain('delta-lake');
    expect(shipped('- Delta Airlines partnership, Python')).not.toContain('delta-lake');
    expect(shipped('- SIEM tooling (Panther, Splunk or Sumo Logic)')).toContain('panther-siem');
    expect(shipped('- Pink Panther fans, Python')).not.toContain('panther-siem');
    expect(shipped('- PDF parsing and OCR (Document Intelligence, Unstructured)')).toContain(
      'unstructured-io',
    );
    expect(shipped('- OCR of Unstructured documents, Python')).not.toContain('unstructured-io');
  });

  it('Power Query M, never a gender tag or an amount', () => {
    expect(shipped('- Write DAX measures and Power Query (M) transformations')).toContain('power-query');
    expect(shipped('- przygotowanie danych w Power Query (M)')).toContain('power-query');
    const tagged = analyzePosting({ text: 'Power BI Entwickler (W/M/D)\n\nAufgaben\n- Berichte in DAX\n' });
    expect(tagged.mentions.filter((m) => m.text === 'M')).toEqual([]);
    expect(shipped('- Power BI for 5 M users')).not.toContain('power-query');
  });

  it('benchmark and build tools among their kind', () => {
    expect(shipped('- Profile and benchmark: perf, flamegraphs, criterion')).toContain('criterion-rs');
    expect(shipped('- Accuracy is the main criterion, Rust')).not.toContain('criterion-rs');
    expect(shipped('- Hands-on Bazel (or Buck/Pants) in a monorepo')).toEqual(
      expect.arrayContaining(['buck2', 'pantsbuild']),
    );
    expect(shipped('- Pass the buck to Jira, Python')).not.toContain('buck2');
  });

  it('Red Hat products by their short names, in the posting languages', () => {
    expect(shipped('- Kunskap om Satellite och IdM/FreeIPA.')).toEqual(
      expect.arrayContaining(['red-hat-satellite', 'red-hat-identity-management']),
    );
    expect(shipped('- RHEL 9 with Satellite for patching')).toContain('red-hat-satellite');
    expect(shipped('- Satellite imagery with Python')).not.toContain('red-hat-satellite');
    expect(shipped('- IdM and SSO concepts, Python')).not.toContain('red-hat-identity-management');
  });

  it('web3 tools and chains beside their kind', () => {
    expect(shipped('- Experience with Foundry or Hardhat')).toContain('foundry-forge');
    expect(shipped('- Test with Foundry: unit tests, fuzzing, invariant tests')).toContain('foundry-forge');
    expect(shipped('- Work with Foundry partners on PDKs, Python')).not.toContain('foundry-forge');
    expect(shipped('- Deploy to Ethereum mainnet, Arbitrum, Optimism and Base')).toContain('optimism-rollup');
    expect(shipped('- Curiosity, Optimism and Python')).not.toContain('optimism-rollup');
  });

  it('commerce, automotive and network products beside their platform', () => {
    expect(shipped('- Integrate apps (Klaviyo, Yotpo, Recharge)')).toContain('recharge');
    expect(shipped('- Recharge your batteries, Python')).not.toContain('recharge');
    expect(shipped('- Utilizzo di strumenti Vector (CANoe, CANalyzer)')).toContain('vector-tools');
    expect(shipped('- Erfahrung mit AUTOSAR und Vector-Werkzeugen (DaVinci, CANoe)')).toContain(
      'vector-tools',
    );
    expect(shipped('- Vector databases (Pinecone) and Python')).not.toContain('vector-tools');
    expect(shipped('- Nexus data center switches and ISR/ASR routers')).toContain('cisco-isr');
    expect(shipped('- Write the ISR for the timer in C')).not.toContain('cisco-isr');
  });

  it('cloud, SAP and Salesforce services by their short names', () => {
    expect(shipped('- Gestione di cluster AKS e container registry (ACR)')).toContain(
      'azure-container-registry',
    );
    expect(shipped('- ACR guidelines for radiology, Python')).not.toContain('azure-container-registry');
    expect(shipped('- Experience with SAP Integration Suite (CPI) and ABAP')).toContain(
      'sap-integration-suite',
    );
    expect(shipped('- Forecast CPI inflation with Python')).not.toContain('sap-integration-suite');
    expect(shipped('- Erfahrung mit Experience Cloud, MuleSoft oder CPQ')).toContain('salesforce-cpq');
    expect(shipped('- CPQ processes in SAP, Python')).not.toContain('salesforce-cpq');
  });

  it('chip-verification and GIS standards beside their kind, in the posting languages', () => {
    expect(shipped('- C/C++ for reference models and DPI')).toContain('systemverilog-dpi');
    expect(shipped('- DPI for network traffic, Python')).not.toContain('systemverilog-dpi');
    expect(shipped('- Interconnect protocols (AXI, CHI, or similar)')).toContain('amba-chi');
    expect(shipped('- Papers at CHI, Python')).not.toContain('amba-chi');
    expect(shipped('- Publikace mapových služeb přes GeoServer (WMS, WFS, WMTS)')).toContain(
      'web-map-service',
    );
    expect(shipped('- Publicar servicios de mapas WMS/WFS con ArcGIS Online')).toContain('web-map-service');
    expect(shipped('- WMS and TMS for our warehouses, SQL')).not.toContain('web-map-service');
  });

  it('names ads write without context: the singular, newer versions, short names', () => {
    expect(shipped('- Secure firmware updates (bootloader, OTA)')).toContain('bootloaders');
    expect(shipped('- Modern JavaScript (ES2022+) and TypeScript')).toContain('es6');
    expect(shipped('- Interfaces with UI Toolkit and uGUI')).toContain('ugui');
    expect(shipped('- QoS for voice and video (Cisco Unified Communications)')).toContain('cisco-cucm');
  });

  it('test, docs and compliance tools beside their kind, in the posting languages', () => {
    expect(shipped('- Acceptatiecriteria op in Gherkin en automatiseert ze met Cucumber')).toEqual(
      expect.arrayContaining(['gherkin', 'cucumber']),
    );
    expect(shipped('- Scenarios written in Gherkin')).toContain('gherkin');
    const garden = analyzePosting({
      text: 'Platform Engineer\n\nOur roof garden grows Gherkin and basil.\n',
    });
    expect(garden.skills.map((x) => x.id)).not.toContain('gherkin');
    expect(shipped('- Writing tests with Jest; visual regression with Chromatic')).toContain('chromatic');
    expect(shipped('- Correct Chromatic aberration in camera images')).not.toContain('chromatic');
    expect(shipped('- Experience with docs linting tools such as Vale')).toContain('vale-linter');
    expect(shipped('- Support SOX and NAIC audits')).toContain('sox');
    const outing = analyzePosting({ text: 'Platform Engineer\n\nEvery spring we see the Red SOX play.\n' });
    expect(outing.skills.map((x) => x.id)).not.toContain('sox');
  });

  it('a tool the documentation is kept in, in the posting languages', () => {
    expect(shipped('- dokumentacja w Confluence')).toContain('confluence');
    expect(shipped('- Keep the documentation in Confluence up to date')).toContain('confluence');
    expect(shipped('- Dokumentation in Confluence')).toContain('confluence');
    expect(shipped('- At the Confluence of two rivers')).not.toContain('confluence');
  });

  it("products listed with their platform's other names", () => {
    expect(shipped('- Nice to have: IMS, REXX, z/OS Connect')).toContain('ibm-ims');
    expect(shipped('- IMS, SIP and VoLTE core networks')).not.toContain('ibm-ims');
    expect(shipped('- realizzare interfacce con Blade, Alpine.js e Tailwind CSS')).toContain('laravel-blade');
    expect(shipped('- Blade templates and Vue.js')).toContain('laravel-blade');
    expect(shipped('- Blade servers in the data centre')).not.toContain('laravel-blade');
    expect(shipped('- Le tracking des événements (plan de marquage, Segment)')).toContain('twilio-segment');
    expect(shipped('- Segment customers by value, Python')).not.toContain('twilio-segment');
  });

  it('SAP tools by their transactions and short names, GIS services among their siblings', () => {
    expect(shipped('- Performance tuning with SQL trace (ST05), runtime analysis (SAT)')).toContain(
      'abap-runtime-analysis',
    );
    expect(shipped('- SAT scores above 1400, Python')).not.toContain('abap-runtime-analysis');
    expect(shipped('- Our transport and code review process (abapGit, ChaRM)')).toContain('sap-charm');
    expect(shipped('- GeoServer (WMS, WFS, WCS) and vector tiles')).toEqual(
      expect.arrayContaining(['web-coverage-service', 'vector-tiles']),
    );
    expect(shipped('- WCS robots in the warehouse, Python')).not.toContain('web-coverage-service');
  });

  it('schematics in either case beside another skill, and by their names in other languages', () => {
    expect(shipped('- Protocols (I2C, SPI, UART) and reading schematics and datasheets')).toContain(
      'schematics',
    );
    expect(shipped('- Capacità di leggere schemi elettrici e datasheet')).toContain('schematics');
    expect(shipped('- Lesen von Schaltplan und Datenblatt')).toContain('schematics');
    expect(shipped('- Draw our org schematics in Miro')).not.toContain('schematics');
  });

  it('BI, mainframe, test and FPGA tools by their short names beside their kind, in the posting languages', () => {
    expect(shipped('- Report tuning (DAX Studio, Tabular Editor, Performance Analyzer)')).toContain(
      'power-bi-performance-analyzer',
    );
    expect(shipped('- Utilities (IDCAMS, SORT/DFSORT, IEBGENER)')).toContain('dfsort');
    expect(shipped('- SORT the backlog by value, Python')).not.toContain('dfsort');
    expect(shipped('- Testverktyg som Jira/Xray, Azure DevOps Test Plans eller ALM')).toContain('hp-alm');
    expect(shipped('- ALM tools such as Polarion, Python')).not.toContain('hp-alm');
    expect(shipped('- Writing constraints (XDC) in Vivado')).toContain('xdc-constraints');
    expect(shipped('- XDC network tokens, Solidity')).not.toContain('xdc-constraints');
  });

  it('detection rules and regulations beside their kind, in the posting languages', () => {
    expect(shipped('- Erstellung von Detection-Regeln (Sigma) mit Splunk')).toContain('sigma-rules');
    expect(shipped('- Lean Six Sigma (Green Belt), Python')).not.toContain('sigma-rules');
    expect(shipped('- Documentarlo según ISO 14971 para el expediente técnico del MDR')).toContain('eu-mdr');
    expect(shipped('- Uppfylla krav enligt MDR, patientdatalagen och riktlinjer')).toContain('eu-mdr');
    expect(shipped('- MDR and SOC services for our clients, Python')).not.toContain('eu-mdr');
  });

  it('Go after "de" and before "or backend", never a go/no-go', () => {
    expect(shipped("- Notions de Go ou d'un langage backend")).toContain('go');
    expect(shipped('- Conocimientos de Go, Python')).toContain('go');
    expect(shipped('- Some Go or backend experience')).toContain('go');
    expect(shipped('- Go or No-Go decisions with Python')).not.toContain('go');
  });

  it("the French health-data hosting certification, not a host's badge", () => {
    expect(shipped('- Sensibilité aux données de santé (RGPD, HDS)')).toContain('hds-certification');
    expect(shipped('- Contribuer à la conformité ISO 27001 et HDS')).toContain('hds-certification');
    expect(shipped('- Kubernetes sur un cloud certifié HDS')).not.toContain('hds-certification');
  });
});

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

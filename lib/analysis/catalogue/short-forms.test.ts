import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

/**
 * Products as ads shorten or qualify them: each sentence must yield every listed id and none of
 * the ids listed as absent.
 */
describe('products by the short forms ads write', () => {
  const found = (text: string) => new Set(analyzePosting({ text }).skills.map((s) => s.id));
  it.each([
    [
      'NVIDIA drivers in the posting languages',
      '- Maintenir la pile GPU : drivers NVIDIA ; serwery GPU (sterowniki NVIDIA, CUDA); NVIDIA-Treiber',
      ['nvidia-drivers', 'cuda'],
      [],
    ],
    ['Vert.x with its dot', '- Programación reactiva con Vert.x y Quarkus', ['vertx'], []],
    [
      'Vertex AI products without "AI"',
      '- Features in BigQuery and the Vertex Feature Store; deploy with Vertex Pipelines and Vertex Endpoints',
      ['vertex-ai-feature-store', 'vertex-ai', 'vertex-ai-endpoints'],
      [],
    ],
    [
      'a Windows Server version is Windows Server',
      '- Maintain Windows Server 2019/2022 and Active Directory',
      ['windows-server', 'active-directory'],
      [],
    ],
    [
      'the Linux command line is Linux and the command line',
      '- Comfortable on the Linux command line and with Docker',
      ['linux', 'command-line', 'docker'],
      [],
    ],
  ])('%s', (_what, text, ids, absent) => {
    const got = found(text);
    for (const id of ids) expect(got, id).toContain(id);
    for (const id of absent) expect(got, id).not.toContain(id);
  });
});

/** Product families ads name: each sentence must yield every listed id and none of the absent ones. */
describe('families of products', () => {
  const found = (text: string) => new Set(analyzePosting({ text }).skills.map((s) => s.id));
  it.each([
    [
      'smart-home standards and NFC cards',
      '- Implement BLE GATT services and Matter over Thread; NFC (ISO 14443, DESFire); unit tests in Ztest; profile with the Nordic PPK2',
      ['gatt', 'matter-protocol', 'iso-14443', 'mifare', 'ztest', 'nordic-power-profiler-kit'],
      [],
    ],
    ['Matter, Thread and Zigbee in a list', '- Matter / Thread / Zigbee', ['matter-protocol', 'zigbee'], []],
    [
      'matter and thread as words',
      '- Subject Matter Expert for Python and Bluetooth; Thread safety in C++, no Matter what',
      ['python', 'cpp', 'bluetooth'],
      ['matter-protocol', 'thread-protocol'],
    ],
    [
      'Scala libraries and test tools',
      '- Functional programming (Cats, ZIO); Circe, Doobie and fs2; property-based tests in ScalaCheck, ScalaTest and specs2',
      ['cats', 'zio', 'circe', 'doobie', 'fs2', 'scalacheck', 'scalatest', 'specs2'],
      [],
    ],
    ['cats as animals', '- We love Cats and Dogs, and Python', ['python'], ['cats']],
    [
      'Quarkus reactive stack',
      '+ Programación reactiva (Mutiny, Vert.x) con Hibernate Reactive y SmallRye Reactive Messaging',
      ['smallrye-mutiny', 'vertx', 'hibernate-reactive', 'smallrye-reactive-messaging'],
      [],
    ],
    ['mutiny as a word', '- The Mutiny on the Bounty, read in Python', ['python'], ['smallrye-mutiny']],
    [
      'Qt GUI testing',
      '• Unit- und Integrationstests (GoogleTest, Qt Test, Squish für GUI-Tests)',
      ['google-test', 'qt-test', 'squish'],
      [],
    ],
    ['squish as a verb', '- Squish the bugs in Python', ['python'], ['squish']],
    [
      'Algolia and Firebase parts',
      '- Sample apps with React InstantSearch; measure with Firebase Performance',
      ['algolia-instantsearch', 'firebase-performance-monitoring'],
      [],
    ],
    [
      'regulations and reporting standards',
      '- GDPR and the UK Age Appropriate Design Code; XBRL exports; GHG Protocol, CSRD and ESRS; IEC 62304 and IEC 81001-5-1; the GDS Service Standard',
      [
        'age-appropriate-design-code',
        'xbrl',
        'ghg-protocol',
        'csrd',
        'esrs',
        'iec-81001-5-1',
        'gds-service-standard',
      ],
      [],
    ],
    [
      'the EU AI Act in the posting languages',
      '- Requisitos del Reglamento Europeo de IA; Kenntnisse der KI-Verordnung',
      ['eu-ai-act'],
      [],
    ],
    [
      'HDS beside health or privacy words',
      '- Connaissance des contraintes HDS / RGPD sur OVHcloud',
      ['hds-certification', 'ovhcloud'],
      [],
    ],
    [
      'HDS as storage arrays',
      '- We archive data on Hitachi HDS arrays with Python',
      ['python'],
      ['hds-certification'],
    ],
    [
      'threat models and API security profiles',
      '- Beyond STRIDE (PASTA, LINDDUN); FIDO2/passkeys; Open Banking APIs (FAPI profile); API Security Top 10',
      ['pasta-threat-modeling', 'linddun', 'passkeys', 'fapi', 'owasp-api-security-top-10'],
      [],
    ],
    ['PASTA as food', 'We cook PASTA on Fridays, and write Python', ['python'], ['pasta-threat-modeling']],
    [
      'contact centres and radiology',
      '- Contact center: IVR, ACD, CCaaS; bots in Rasa or Cognigy; PACS- en RIS-leveranciers (DICOM, HL7)',
      ['ivr', 'acd', 'ccaas', 'cognigy', 'pacs', 'ris', 'dicom'],
      [],
    ],
    ['RIS and ACD as codes', 'RIS and ACD are our office codes; Python daily', ['python'], ['ris', 'acd']],
    [
      'legal IT and Apple device management',
      '• Support legal applications (iManage, Elite 3E, Intapp, Aderant); Jamf or Apple Business Manager',
      ['imanage', 'elite-3e', 'intapp', 'aderant', 'jamf', 'apple-business-manager'],
      [],
    ],
    [
      'Azure network security groups',
      '- Networking in Azure (VNets, NSGs, DNS)',
      ['azure-virtual-network', 'azure-network-security-groups', 'dns'],
      [],
    ],
    ['Delta among table formats', '* Table formats - Iceberg, Delta or Hudi', ['delta-lake', 'hudi'], []],
    ['delta as a word', '- The Delta between releases, computed in Spark', ['spark'], ['delta-lake']],
    [
      'annotation tools and segmentation models',
      '* Annotation tools such as Labelbox, CVAT, Segments.ai or Xtreme1; U-Net, DeepLab',
      ['labelbox', 'cvat', 'segments-ai', 'xtreme1', 'u-net', 'deeplab'],
      [],
    ],
    [
      'accounting packages and audio codecs',
      '• Accounting integrations (Xero, QuickBooks, Sage APIs); codecs like Opus or AAC, and FLAC',
      ['xero', 'quickbooks', 'sage-50', 'opus-codec', 'aac', 'flac'],
      [],
    ],
    [
      'sage and opus as words',
      '- Sage advice from Python experts; evaluate Claude Opus',
      ['python'],
      ['sage-50', 'opus-codec'],
    ],
    [
      'SAP module codes',
      '• Integrate MM with FI/CO, SD, PP and QM; Extended Warehouse Management (EWM) or SAP WM; S/4HANA (ECC-only profiles too)',
      ['sap-qm', 'sap-ewm', 'sap-wm', 'sap-ecc'],
      [],
    ],
    ['ECC as memory', '- ECC memory on Linux servers', ['linux'], ['sap-ecc']],
  ])('%s', (_what, text, ids, absent) => {
    const got = found(text);
    for (const id of ids) expect(got, id).toContain(id);
    for (const id of absent) expect(got, id).not.toContain(id);
  });
});

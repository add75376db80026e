import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

const found = (text: string) => analyzePosting({ text }).mentions.map((m) => `${m.text}=${m.skill}`);

describe('products in brackets after their parent, by their short names', () => {
  it('reads an item as the parent name followed by the item', () => {
    expect(found('- Firebase (Auth, Firestore, Cloud Messaging)')).toEqual([
      'Firebase=firebase',
      'Auth=firebase-auth',
      'Firestore=firestore',
      'Cloud Messaging=firebase-cloud-messaging',
    ]);
    expect(found('- Strong knowledge of Symfony (Doctrine ORM, Messenger, Security component)')).toContain(
      'Messenger=symfony-messenger',
    );
    expect(found('- Amazon SageMaker (Processing, Pipelines, Batch Transform)')).toEqual([
      'Amazon SageMaker=sagemaker',
      'Pipelines=sagemaker-pipelines',
      'Batch Transform=sagemaker-batch-transform',
    ]);
  });

  it("reads GCP's items as Google's products", () => {
    expect(found('- Terraform modules for GCP (Cloud SQL, Cloud Storage, IAM)')).toContain(
      'Cloud Storage=gcs',
    );
    // No vendor word makes an item Google's without GCP before it.
    expect(found('- Backups (Cloud Storage, NAS) in Python')).not.toContain('Cloud Storage=gcs');
  });

  it('reads no item cut inside a compound', () => {
    expect(found('- Deploy landing zones with Terraform (CAF / Enterprise-Scale)')).toEqual(
      expect.not.arrayContaining(['Enterprise=terraform-enterprise']),
    );
    expect(found('- Terraform (Cloud, Enterprise)')).toContain('Enterprise=terraform-enterprise');
  });

  it('reads items written in lower case as the products they name', () => {
    expect(found('- Run our platform on SageMaker (training jobs, pipelines, endpoints)')).toEqual(
      expect.arrayContaining(['pipelines=sagemaker-pipelines', 'endpoints=sagemaker-endpoints']),
    );
    expect(found('- Kafka (streams, connect) in Java')).toEqual(
      expect.arrayContaining(['streams=kafka-streams', 'connect=kafka-connect']),
    );
  });

  it('reads the services of a cloud platform listed after a colon, and AWS siblings named Amazon', () => {
    expect(found('- Storage on AWS: EFS, EBS and FSx')).toEqual([
      'AWS=aws',
      'EFS=amazon-efs',
      'EBS=amazon-ebs',
      'FSx=amazon-fsx',
    ]);
    expect(found('- AWS Lambda, EFS and FSx')).toContain('FSx=amazon-fsx');
    expect(found('- Experience with AWS: we run everything there.')).toEqual(['AWS=aws']);
    expect(found('- Python: Batch jobs and Config files')).toEqual(['Python=python']);
  });

  it('reads GCP services by their Google names', () => {
    expect(found('- Terraform for GCP: Cloud SQL, Cloud Storage, IAM')).toContain('Cloud Storage=gcs');
    expect(found('- GCP (Cloud Storage, Cloud Run)')).toContain('Cloud Storage=gcs');
    expect(found('- GCP skills and Cloud Storage of documents')).not.toContain('Cloud Storage=gcs');
  });

  it("highlights an item once when it is both a bracket's child and a vendor product's sibling", () => {
    expect(found('- Hosting on Azure (Container Apps, Azure Functions, Service Bus)')).toEqual([
      'Azure=azure',
      'Container Apps=azure-container-apps',
      'Azure Functions=azure-functions',
      'Service Bus=azure-service-bus',
    ]);
  });

  it('also as the vendor, the first word of the parent', () => {
    expect(found('- Daten aus SAP S/4HANA (FI/CO, MM, SD)')).toEqual([
      'SAP S/4HANA=sap',
      'FI/CO=sap-fi-co',
      'MM=sap-mm',
      'SD=sap-sd',
    ]);
  });

  it('reads the bracket after a generic word that follows the parent', () => {
    expect(found('- Databricks experience (Jobs, Unity Catalog)')).toEqual([
      'Databricks=databricks',
      'Jobs=databricks-jobs',
      'Unity Catalog=unity-catalog',
    ]);
    expect(found('- Firebase services (Auth, Cloud Messaging)')).toContain('Auth=firebase-auth');
    expect(found('- Modern CSS layout (grid, flexbox)')).toContain('grid=css-grid');
    expect(found('- Run our AWS foundation (Organizations, Control Tower)')).toEqual([
      'AWS=aws',
      'Organizations=aws-organizations',
      'Control Tower=aws-control-tower',
    ]);
    expect(found('- Experience with Firebase usage (Auth) and Python')).toEqual([
      'Firebase=firebase',
      'Python=python',
    ]);
  });

  it("reads an item that names a concept as the parent's product when that product is the whole item", () => {
    expect(
      found('- SageMaker (Pipelines, Model Registry) or Databricks (Unity Catalog, Model Serving)'),
    ).toEqual([
      'SageMaker=sagemaker',
      'Pipelines=sagemaker-pipelines',
      'Model Registry=sagemaker-model-registry',
      'Databricks=databricks',
      'Unity Catalog=unity-catalog',
      'Model Serving=databricks-model-serving',
    ]);
    expect(found('- Azure (Data Lake Storage, Functions)')).toContain('Data Lake Storage=azure-blob-storage');
    // A tool in the bracket stays itself, and so does a concept when the product is only part of the item.
    expect(found('- AWS (VPC, IAM)')).toEqual(['AWS=aws', 'VPC=vpc', 'IAM=iam']);
    expect(found('- Databricks (model serving patterns)')).toContain('model serving=model-serving');
  });

  it("reads an item holding a tool past its first word as the parent's product the whole item names", () => {
    expect(found('- Spring (Boot, Data JPA)')).toEqual([
      'Spring=spring',
      'Boot=spring',
      'Data JPA=spring-data',
    ]);
    // A tool that opens the item stays itself.
    expect(found('- Gradle (Kotlin DSL)')).not.toContain('Kotlin=kotlin-dsl');
  });

  it('leaves items that are names of their own, and words that make no name', () => {
    expect(found('- Python (Django, Flask)')).toEqual(['Python=python', 'Django=django', 'Flask=flask']);
    expect(found('- Kubernetes (Service, Ingress, mostly)')).toEqual(['Kubernetes=kubernetes']);
  });
});

describe("siblings listed after a vendor's product, by their short names", () => {
  it('reads an item after a slash, comma or "and" as the vendor word followed by the item', () => {
    expect(found('- Cisco Catalyst et Nexus, Juniper EX/QFX')).toEqual([
      'Cisco Catalyst=cisco-catalyst',
      'Nexus=cisco-nexus',
      'Juniper EX=juniper-ex',
      'QFX=juniper-qfx',
    ]);
    // An item that is no catalogue name by itself: only the vendor word makes it one.
    expect(found('- Microsoft Azure and Office; Python')).toEqual([
      'Microsoft Azure=azure',
      'Office=ms-office',
      'Python=python',
    ]);
  });

  it('reads "and" and "or" in Turkish, Finnish, Swedish, Danish, Polish and Hungarian too', () => {
    expect(found('- Firebase Crashlytics ve Performance Monitoring ile hata takibi')).toContain(
      'Performance Monitoring=firebase-performance-monitoring',
    );
    expect(found('- Kokemus Firebase Crashlytics ja Performance Monitoring -työkaluista')).toContain(
      'Performance Monitoring=firebase-performance-monitoring',
    );
    expect(found('- Microsoft Azure och Office')).toContain('Office=ms-office');
    expect(found('- Firebase (Auth oraz Cloud Messaging)')).toContain(
      'Cloud Messaging=firebase-cloud-messaging',
    );
  });

  it('reads a sibling of several capitalised words, up to the longest name it holds', () => {
    expect(found('- Azure Logic Apps / Service Bus with our ERP')).toEqual(
      expect.arrayContaining(['Azure Logic Apps=azure-logic-apps', 'Service Bus=azure-service-bus']),
    );
  });

  it('leaves items that name no product of the vendor, and numbers, alone', () => {
    expect(found('- Google Cloud and Security reviews')).toEqual(['Google Cloud=gcp']);
    expect(found('- Windows 10/11 e Active Directory')).toEqual([
      'Windows 10=windows',
      'Active Directory=active-directory',
    ]);
  });

  it("reads a concept's acronym that the vendor's product is named by as that product", () => {
    expect(found('- Run Cisco ISR/ASR routers in the branches')).toEqual([
      'Cisco ISR=cisco-isr',
      'ASR=cisco-asr',
    ]);
    expect(found('- Azure Functions and ASR models')).toContain('ASR=speech-recognition');
  });

  it("reads an item a name covers only in part as the vendor's product", () => {
    expect(found('- Azure Firewall, VPN Gateway and Bastion')).toContain('VPN Gateway=azure-vpn-gateway');
  });
});

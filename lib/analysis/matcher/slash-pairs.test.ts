import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

const found = (text: string) => analyzePosting({ text }).mentions.map((m) => `${m.text}=${m.skill}`);

describe('two names joined by a slash', () => {
  it('are two skills, not the two-word name of a third', () => {
    expect(found('- Familiarity with HL7/FHIR interfaces')).toEqual(['HL7=hl7', 'FHIR=fhir']);
    expect(found('- Strong Spark/SQL and Python')).toEqual(['Spark=spark', 'SQL=sql', 'Python=python']);
    expect(found('- Oracle/Linux administration')).toEqual(['Oracle=oracle', 'Linux=linux']);
  });

  it('are two skills with spaces around the slash, each highlighted without them', () => {
    expect(found('- Policy as code (OPA / Gatekeeper, Kyverno)')).toEqual([
      'Policy as code=policy-as-code',
      'OPA=opa',
      'Gatekeeper=gatekeeper',
      'Kyverno=kyverno',
    ]);
    expect(found('- Strong Spark / SQL and Python')).toEqual(['Spark=spark', 'SQL=sql', 'Python=python']);
    expect(found('- CI / CD and Python')).toEqual(['CI / CD=ci-cd', 'Python=python']);
  });

  it('stay one name when the catalogue writes that name with a slash', () => {
    expect(found('- CI/CD and PL/SQL on S/4HANA')).toEqual(['CI/CD=ci-cd', 'PL/SQL=pl-sql', 'S/4HANA=sap']);
  });

  it('stay one name written with a space', () => {
    expect(found('- Spark SQL on Oracle Linux')).toEqual([
      'Spark SQL=spark-sql',
      'Oracle Linux=oracle-linux',
    ]);
  });
});

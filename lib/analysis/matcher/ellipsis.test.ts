import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

const mentions = (text: string) => analyzePosting({ text }).mentions.map((m) => `${m.text}:${m.skill}`);

describe('names that share a word written once', () => {
  it('reads the members before a shared last word', () => {
    expect(mentions('You will write unit and integration tests for the billing service.')).toContain(
      'unit:unit-testing',
    );
    expect(mentions('Know data, tensor and pipeline parallelism well.')).toContain(
      'tensor:tensor-parallelism',
    );
    expect(mentions('Cover the app with unit, integration and end-to-end tests.')).toEqual(
      expect.arrayContaining(['unit:unit-testing', 'integration:integration-testing']),
    );
  });

  it('reads the members after a shared first word in Romance languages and -ing nouns', () => {
    expect(mentions('Rédiger des tests unitaires (Jest) et end-to-end (Cypress)')).toContain(
      'end-to-end:end-to-end-testing',
    );
    expect(mentions('Diseñar pruebas unitarias y de integración')).toContain(
      'de integración:integration-testing',
    );
    expect(mentions('Own model training and serving on our GPU fleet.')).toContain('serving:model-serving');
    expect(mentions('• pisanie testów jednostkowych i integracyjnych')).toContain(
      'integracyjnych:integration-testing',
    );
    expect(mentions('Du schreibst Unit- und UI-Tests.')).toContain('Unit:unit-testing');
  });

  it('leaves words that are the head of another name, and any word after a head-first name', () => {
    expect(mentions('Query our GraphQL gateway and REST APIs.').join()).not.toContain('gateway');
    expect(mentions('Experience with vector databases or search.').join()).not.toContain('vector-search');
  });
});

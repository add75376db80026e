import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from './db';
import { CURRENT_VERSION, declareVersions, VERSIONS } from './versions';

/**
 * Rows as each schema version wrote them. When a version adds a table, add its rows here under
 * that version: the test then proves a database filled at every older version opens with the
 * current declaration with nothing lost.
 */
const FILLED_AT: Record<number, Record<string, unknown[]>> = {
  1: {
    profile: [
      {
        id: 'me',
        profile: {
          skills: [{ skill: 'pytorch', level: 'expert', years: 4 }],
          freeText: ['Haskell'],
          background: 'backend-engineer',
          years: 7,
          targetRole: 'ML engineer',
          updatedAt: 1_700_000_000_000,
        },
      },
    ],
    settings: [{ key: 'onboarding-done', value: true }],
  },
  2: {
    history: [
      {
        key: 'greenhouse:77',
        site: 'greenhouse',
        jobId: '77',
        url: 'https://boards.greenhouse.io/acme/jobs/77',
        title: 'Machine Learning Engineer',
        company: 'Acme',
        location: 'Remote',
        firstSeen: 1_700_000_000_000,
        lastSeen: 1_700_000_500_000,
        role: 'ml-engineer',
        skills: 'pytorch:cmr2 sql:uep1',
        requirements: { years: { min: 3 }, degree: null },
        fit: { score: 62, band: 'partial' },
      },
    ],
  },
};

const names: string[] = [];
function dbName(): string {
  const name = `upgrade-test-${names.length}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema versions', () => {
  it('has fill data for every version, so no version goes untested', () => {
    for (let v = 1; v <= CURRENT_VERSION; v++) expect(FILLED_AT[v], `FILLED_AT[${v}]`).toBeDefined();
  });

  for (let from = 1; from <= CURRENT_VERSION; from++) {
    it(`opens a database filled at version ${from} with the current schema, nothing lost`, async () => {
      const name = dbName();
      const old = openDb(name, from);
      const expected: Record<string, unknown[]> = {};
      for (let v = 1; v <= from; v++) {
        for (const [table, rows] of Object.entries(FILLED_AT[v] ?? {})) {
          await old.table(table).bulkPut(rows);
          expected[table] = [...(expected[table] ?? []), ...rows];
        }
      }
      old.close();

      const current = openDb(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_VERSION);
      for (const [table, rows] of Object.entries(expected)) {
        expect(await current.table(table).toArray(), table).toEqual(rows);
      }
      current.close();
    });
  }

  it('declares only existing versions', () => {
    expect(() => declareVersions(new Dexie('x'), 0)).toThrow(RangeError);
    expect(() => declareVersions(new Dexie('x'), VERSIONS.length + 1)).toThrow(RangeError);
  });
});

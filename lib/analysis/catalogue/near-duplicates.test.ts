import { describe, expect, it } from 'vitest';
import { duplicateKeys, nearDuplicateIndex, nearDuplicatePairs, pairOf, wordsOf } from './near-duplicates';

const skill = (id: string, name: string, ...aliases: string[]) => ({ id, name, aliases });

describe('near-duplicate names (the rules the data tests and the generator share)', () => {
  it('splits names into words at separators and case changes', () => {
    expect(wordsOf('TailwindCSS')).toEqual(['tailwind', 'css']);
    expect(wordsOf('Statuspage.io')).toEqual(['statuspage', 'io']);
    expect(wordsOf('C++/CLI')).toEqual(['c++', 'cli']);
  });

  it.each([
    ['Tailwind', 'Tailwind CSS'],
    ['Objection', 'Objection.js'],
    ['Godot', 'Godot Engine'],
    ['Doctrine', 'Doctrine ORM'],
    ['Cairo', 'Cairo lang'],
    ['Statuspage', 'Statuspage.io'],
    ['Node.js', 'Nodejs'],
    ['Cordova', 'Apache Cordova'],
    ['Amazon Kinesis', 'AWS Kinesis'],
    ['Amazon Kinesis', 'Kinesis'],
    ['Google Natural Language API', 'Cloud Natural Language API'],
  ])('pairs "%s" with "%s"', (a, b) => {
    const pairs = nearDuplicatePairs([skill('a', a), skill('b', b)]);
    expect([...pairs.keys()]).toEqual(['a / b']);
  });

  it.each([
    ['Angular', 'AngularJS Material'],
    ['Azure Functions', 'Cloud Functions'],
    ['Audio', 'Aud'],
    ['SQL', 'NoSQL'],
    ['API', 'Cloud'],
  ])('leaves "%s" and "%s" apart', (a, b) => {
    expect(nearDuplicatePairs([skill('a', a), skill('b', b)]).size).toBe(0);
  });

  it('compares aliases too, and never a skill with itself', () => {
    const pairs = nearDuplicatePairs([
      skill('tailwind', 'Tailwind', 'Tailwind CSS', 'TailwindCSS'),
      skill('mssql', 'MSSQL Server'),
      skill('sql-server', 'SQL Server', 'MSSQL'),
    ]);
    expect([...pairs]).toEqual([['mssql / sql-server', '"MSSQL Server" ~ "MSSQL"']]);
  });

  it('finds the listed skills a new name duplicates, as the generator asks', () => {
    const near = nearDuplicateIndex([
      skill('cordova', 'Cordova'),
      skill('kinesis', 'Kinesis'),
      skill('aws', 'Amazon Web Services'),
    ]);
    expect([...near('Apache Cordova')]).toEqual(['cordova']);
    expect([...near('AWS Kinesis')]).toEqual(['kinesis']);
    expect([...near('Web services')]).toEqual(['aws']);
    expect([...near('Kotlin')]).toEqual([]);
    expect(pairOf('b', 'a')).toBe('a / b');
  });

  it('gives no key to a name that is only a vendor or a suffix', () => {
    expect(duplicateKeys('Cloud').keys).toEqual([':cloud']);
    expect(duplicateKeys('Google Cloud').keys).toEqual(['gcp:cloud']);
    expect(duplicateKeys('R').keys).toEqual([]);
  });
});

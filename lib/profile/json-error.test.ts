import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonError } from './json-error';

function where(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonError(text, error);
  }
  throw new Error('parsed');
}

describe('describeJsonError', () => {
  it.each([
    [
      '{\n  "skills": [\n    { "skill": "pytorch", }\n  ]\n}',
      'line 3, column 27: expected a "quoted" property name',
    ],
    ['{"skills": [1, 2,]}', 'line 1, column 18: expected a value'],
    ["{'skills': []}", 'line 1, column 2: expected a "quoted" property name'],
    ['{"a" 1}', 'line 1, column 6: expected a colon'],
    ['{"a": 1 "b": 2}', 'line 1, column 9: expected a comma or }'],
    ['[1 2]', 'line 1, column 4: expected a comma or ]'],
    ['{"a": "b\nc"}', 'line 1, column 9: expected a closing quote'],
    ['{"a": tru}', 'line 1, column 7: expected a value'],
    ['{"a": 1} x', 'line 1, column 10: expected the end of the file'],
    ['{"skills": [', 'the end of the file (is it cut short?): expected a value'],
  ])('%j → %s', (text, expected) => {
    expect(where(text)).toBe(expected);
  });

  it('finds no error where JSON.parse finds none (any JSON value, any spacing)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(describeJsonError(text, new Error('fallback'))).toBe('fallback');
      }),
    );
  });
});

describe('describeJsonError on deep nesting', () => {
  it('locates the error after 20,000 unclosed brackets without overflowing the stack', () => {
    const text = `{"skills":${'['.repeat(20_000)}`;
    expect(where(text)).toBe('the end of the file (is it cut short?): expected a value');
    const objects = `${'{"a":'.repeat(20_000)}1${'}'.repeat(19_999)}]`;
    expect(where(objects)).toBe(`line 1, column ${objects.length}: expected a comma or }`);
  });

  it('finds no error in deeply nested valid JSON', () => {
    const text = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(describeJsonError(text, new Error('fallback'))).toBe('fallback');
  });
});

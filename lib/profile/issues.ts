/**
 * zod issues as a short, readable sentence: "skills[2].level: expected one of learning, working,
 * expert, got "guru"". zod/mini ships no message locale (by design: smaller bundles), so the
 * wording is ours, built from the issue codes. Import errors and corrupt stored rows show it.
 */

interface IssueLike {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  values?: readonly unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  keys?: readonly string[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return 'nothing';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list [ … ]',
  object: 'an object { … }',
  boolean: 'true or false',
};

function sizeWord(origin: unknown, n: unknown): string {
  if (origin === 'string') return `${n} characters`;
  if (origin === 'array') return `${n} entries`;
  return String(n);
}

export function describeIssue(issue: IssueLike, data?: unknown): string {
  const got = data === undefined ? '' : `, got ${typeName(valueAt(data, issue.path))}`;
  const where = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const missing = data !== undefined && valueAt(data, issue.path) === undefined;
      const expected = EXPECTED[String(issue.expected)] ?? String(issue.expected);
      return missing ? `${where}: missing (expected ${expected})` : `${where}: expected ${expected}${got}`;
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String).join(', ');
      const missing = data !== undefined && valueAt(data, issue.path) === undefined;
      return missing
        ? `${where}: missing (expected one of ${values})`
        : `${where}: expected one of ${values}${got}`;
    }
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return `${where}: must not be empty`;
      return `${where}: must be at least ${sizeWord(issue.origin, issue.minimum)}${got}`;
    case 'too_big':
      return `${where}: must be at most ${sizeWord(issue.origin, issue.maximum)}${got}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

/** The first few issues, joined; `data` (what was parsed) lets the message say what was found. */
export function describeIssues(issues: readonly IssueLike[], data?: unknown, max = 3): string {
  const shown = issues.slice(0, max).map((issue) => describeIssue(issue, data));
  const more = issues.length > max ? `; and ${issues.length - max} more` : '';
  return shown.join('; ') + more;
}

/**
 * zod issues as a short, readable sentence: "skills[2].level: expected one of learning, working,
 * expert". Import errors and corrupt stored rows both show this to the user.
 */

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

export function describeIssues(issues: readonly IssueLike[], max = 3): string {
  const shown = issues.slice(0, max).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length > max ? `; and ${issues.length - max} more` : '';
  return shown.join('; ') + more;
}

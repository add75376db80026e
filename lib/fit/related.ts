import groups from './data/related.json';

/**
 * Skills that transfer to one another (data/related.json): each group is a set of tools that
 * do the same job, so knowing one is a real head start on the others (TensorFlow → PyTorch,
 * GCP → AWS, MySQL → PostgreSQL). The relation is symmetric within a group and is not
 * chained across groups. related.test.ts checks the data against the catalogue.
 */
export interface RelatedGroup {
  name: string;
  skills: string[];
}

export const RELATED_GROUPS: readonly RelatedGroup[] = groups;

const relatives = new Map<string, string[]>();
for (const group of RELATED_GROUPS) {
  for (const id of group.skills) {
    const list = relatives.get(id) ?? [];
    for (const other of group.skills) if (other !== id && !list.includes(other)) list.push(other);
    relatives.set(id, list);
  }
}

/** The skills that transfer to `id`, empty when none do. */
export function relativesOf(id: string): readonly string[] {
  return relatives.get(id) ?? [];
}

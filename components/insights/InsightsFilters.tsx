import { type InsightsFilter, ROLE_FAMILIES, ROLE_FAMILY_LABEL, type RoleFamily } from '../../lib/insights';

/** Date range (the day a posting was last viewed, local time) and role family. */
export function InsightsFilters(props: {
  filter: InsightsFilter;
  families: ReadonlyMap<RoleFamily, number>;
  onChange(next: InsightsFilter): void;
}) {
  const { filter } = props;
  return (
    <fieldset class="insights-filters">
      <legend class="visually-hidden">Filter the postings</legend>
      <label>
        From{' '}
        <input
          type="date"
          value={toDateInput(filter.from)}
          onChange={(e) => props.onChange({ ...filter, from: fromDateInput(e.currentTarget.value, false) })}
        />
      </label>
      <label>
        To{' '}
        <input
          type="date"
          value={toDateInput(filter.to)}
          onChange={(e) => props.onChange({ ...filter, to: fromDateInput(e.currentTarget.value, true) })}
        />
      </label>
      <label>
        Role{' '}
        <select
          value={filter.family ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            props.onChange({ ...filter, family: v ? (v as RoleFamily) : null });
          }}
        >
          <option value="">All ML engineering roles</option>
          {ROLE_FAMILIES.filter((f) => props.families.has(f) || f === filter.family).map((f) => (
            <option key={f} value={f}>
              {ROLE_FAMILY_LABEL[f]} ({props.families.get(f) ?? 0})
            </option>
          ))}
        </select>
      </label>
      {(filter.from !== null || filter.to !== null || filter.family !== null) && (
        <button type="button" onClick={() => props.onChange({ from: null, to: null, family: null })}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}

function toDateInput(t: number | null): string {
  if (t === null) return '';
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A local calendar day: its first millisecond for "from", its last for "to". */
export function fromDateInput(value: string, endOfDay: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const start = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return endOfDay ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() - 1 : start;
}

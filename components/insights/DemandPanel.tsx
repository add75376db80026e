import { type Demand, type DemandRow, topDemand } from '../../lib/insights';
import { LEVEL_LABELS } from '../../lib/profile/levels';
import { BarChart } from '../charts/BarChart';
import { ChartFrame } from '../charts/ChartFrame';
import { ChartLegend } from '../charts/ChartLegend';

const TOP = 15;

export function youHave(d: { level: DemandRow['level'] }): string {
  return d.level ? `you: ${LEVEL_LABELS[d.level].toLowerCase()}` : 'not in your profile';
}

/** The most asked-for skills of any category, as bars: filled when your profile has the skill. */
export function DemandPanel({ demand, postings }: { demand: Demand; postings: number }) {
  const top = topDemand(demand, TOP);
  const held = top.filter((d) => d.level).length;
  return (
    <ChartFrame
      id="demand"
      title="Demand and your coverage"
      description={`The ${top.length} skills named in the most of these ${postings.toLocaleString()} postings; filled bars are skills in your profile.`}
      chart={
        top.length === 0 ? (
          <p class="empty-note">No skills in this range.</p>
        ) : (
          <>
            <BarChart
              id="demand"
              title="Postings asking for each skill"
              description={`${top.length} skills, most asked first; you have ${held} of them. ${top.map((d) => `${d.name}: ${d.postings} postings, ${youHave(d)}`).join('; ')}.`}
              bars={top.map((d) => ({
                key: d.id,
                label: d.name,
                value: d.postings,
                filled: d.level !== null,
                note: youHave(d),
              }))}
            />
            <ChartLegend
              items={[
                { swatch: 'filled', label: 'In your profile' },
                { swatch: 'outlined', label: 'Not in your profile' },
              ]}
            />
          </>
        )
      }
      table={() => (
        <table class="data-table">
          <thead>
            <tr>
              <th>Skill</th>
              <th class="num">Postings</th>
              <th class="num">Required</th>
              <th>You</th>
            </tr>
          </thead>
          <tbody>
            {top.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                <td class="num">{d.postings}</td>
                <td class="num">{d.required}</td>
                <td>{d.level ? LEVEL_LABELS[d.level] : 'Not in profile'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

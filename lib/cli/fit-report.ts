import type { FitItem, FitResult } from '../fit/types';
import type { Style } from './report';

/** The fit section of the terminal report (only with --profile). */

const list = (items: FitItem[], render: (i: FitItem) => string, max = 8) => {
  const shown = items.slice(0, max).map(render).join(', ');
  return items.length > max ? `${shown}, … ${items.length - max} more` : shown || 'none';
};

export function fitReport(fit: FitResult, st: Style): string {
  const band =
    fit.band === 'strong'
      ? st.green(fit.band)
      : fit.band === 'partial'
        ? st.yellow(fit.band)
        : st.red(fit.band);
  const lines = [`  ${st.bold(`Fit: ${fit.score}/100`)} (${band})`];
  lines.push(
    `    Matched: ${list(fit.matched, (i) => (i.via ? `${i.name} ${i.points} (transferable from ${i.via.name})` : `${i.name} ${i.points}`))}`,
  );
  lines.push(`    Missing, most gain first: ${list(fit.missing, (i) => `${i.name} +${i.gain}`)}`);
  const c = fit.byCategory;
  lines.push(
    `    Core ${c.core.points}/${c.core.max} · Underemphasized ${c.underemphasized.points}/${c.underemphasized.max} · Nice to have ${c['nice-to-have'].points}/${c['nice-to-have'].max}`,
  );
  const s = fit.bySide;
  const weaker =
    fit.weakerSide === null ? 'even' : `weaker side: ${fit.weakerSide === 'ml' ? 'ML' : 'engineering'}`;
  lines.push(
    `    ML side ${s.ml.points}/${s.ml.max} · Engineering side ${s.engineering.points}/${s.engineering.max} · ${weaker}`,
  );
  const { asked, yours, met } = fit.years;
  if (asked) {
    const want = asked.max !== undefined ? `${asked.min}-${asked.max}` : `${asked.min}+`;
    const have =
      yours === null
        ? 'yours not in the profile'
        : `yours ${yours}${met === false ? st.red(' (short)') : ''}`;
    lines.push(`    Years: asked ${want}, ${have}`);
  }
  if (fit.advice) lines.push(`    ${fit.advice}`);
  return lines.join('\n');
}

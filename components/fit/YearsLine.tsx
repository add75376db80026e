import type { FitResult } from '../../lib/fit/types';

function asked(years: { min: number; max?: number }): string {
  return years.max !== undefined && years.max !== years.min ? `${years.min}–${years.max}` : `${years.min}+`;
}

/** Years asked beside the user's own; shown, never scored (see lib/fit/weights.ts). */
export function YearsLine({ years }: { years: FitResult['years'] }) {
  if (!years.asked) return null;
  const yours = years.yours === null ? 'not set' : `${years.yours}`;
  const verdict = years.met === null ? '' : years.met ? ' — met' : ' — below';
  return (
    <p class={`mf-years${years.met === false ? ' mf-years-below' : ''}`}>
      <span class="mf-label">Experience</span> asked {asked(years.asked)} years · yours {yours}
      {verdict}
    </p>
  );
}

import { CATEGORY_LABELS, type ListedAs } from '../../lib/analysis/types';
import type { HoverInfo } from '../../lib/content/ui';
import { WHY } from '../../lib/highlight/why';
import { LEVEL_LABELS, type Level } from '../../lib/profile/levels';
import { CATEGORY_CLASS } from '../fit/labels';

export type { HoverInfo };

const LISTED: Record<ListedAs, string> = {
  required: 'Required here',
  preferred: 'Preferred here',
  unspecified: 'Mentioned, not marked required',
};

/** Whether the user holds the skill: said here only, inside the closed shadow root. */
function profileLine(level: Level | null | undefined, via: HoverInfo['via']): string {
  if (level === undefined) return 'Profile not checked';
  if (level) return `✓ In your profile (${LEVEL_LABELS[level].toLowerCase()})`;
  if (via) return `≈ Transferable from ${via.name} (${LEVEL_LABELS[via.level].toLowerCase()})`;
  return 'Not in your profile';
}

/** The card's box (chip.css .mf-card): fixed, so it is placed by the word alone. */
const CARD = { width: 300, height: 148 };

/** The small card shown while pointing at a highlighted skill. */
export function HoverCard({ info }: { info: HoverInfo }) {
  const below = info.rect.bottom + 6;
  const top = below + CARD.height > window.innerHeight ? Math.max(4, info.rect.top - CARD.height - 6) : below;
  const left = Math.min(Math.max(4, info.rect.left), window.innerWidth - CARD.width - 8);
  return (
    <div class="mf-card mf-chip-root" role="tooltip" style={{ top: `${top}px`, left: `${left}px` }}>
      <div class="mf-card-name">{info.name}</div>
      <div class="mf-card-meta">
        <span class={`mf-card-cat ${CATEGORY_CLASS[info.category]}`}>{CATEGORY_LABELS[info.category]}</span>
        {' · '}
        {LISTED[info.listedAs]}
      </div>
      <div class={info.level ? 'mf-card-held' : info.via ? 'mf-card-transfer' : 'mf-card-missing'}>
        {profileLine(info.level, info.via)}
      </div>
      <div class="mf-card-why">{WHY[info.category][info.side]}</div>
    </div>
  );
}

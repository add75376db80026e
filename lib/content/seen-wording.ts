/**
 * The seen marker's words: short on the card ("72 · seen 3 d ago"), whole for screen readers
 * ("Seen 3 days ago, fit 72"). Whole days since the posting was last viewed; weeks past a
 * fortnight, months past two months (so never one of either), the label stays short.
 */
const DAY_MS = 86_400_000;

export interface SeenWords {
  short: string;
  spoken: string;
}

function ago(lastSeen: number, now: number): { short: string; spoken: string } {
  const days = Math.max(0, Math.floor((now - lastSeen) / DAY_MS));
  if (days === 0) return { short: 'today', spoken: 'today' };
  if (days === 1) return { short: '1 d ago', spoken: 'yesterday' };
  const [n, unit, word] =
    days < 14
      ? [days, 'd', 'day']
      : days < 60
        ? [Math.floor(days / 7), 'wk', 'week']
        : [Math.floor(days / 30), 'mo', 'month'];
  return { short: `${n} ${unit} ago`, spoken: `${n} ${word}s ago` };
}

export function seenWords(score: number | null, lastSeen: number, now: number): SeenWords {
  const when = ago(lastSeen, now);
  const fit = score === null ? null : Math.round(score);
  return {
    short: fit === null ? `seen ${when.short}` : `${fit} · seen ${when.short}`,
    spoken: `Seen ${when.spoken}, ${fit === null ? 'no fit' : `fit ${fit}`}`,
  };
}

import type { Category } from '../analysis/types';

/**
 * One highlighted mention: where it is and its category. Nothing about the user: the page's
 * own scripts can read every highlight (CSS.highlights, their ranges and styles), so
 * whether the profile holds a skill is shown only inside the extension's closed shadow UI.
 */
export interface HighlightItem {
  /** Index of the mention in the analysis (stable for the life of one annotation). */
  key: number;
  range: Range;
  category: Category;
}

export interface Highlighter {
  /** Replaces whatever is shown with `items`. */
  show(items: readonly HighlightItem[]): void;
  /** The item under the pointer, if any. */
  itemAt(x: number, y: number, target: EventTarget | null): HighlightItem | null;
  /** False once the page replaced or removed the highlighted text (the ranges point nowhere). */
  intact(): boolean;
  /** Removes every highlight without a trace. */
  clear(): void;
  /** clear() and remove the style rules. */
  dispose(): void;
}

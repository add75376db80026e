import type { Category } from '../analysis/types';

/** One highlighted mention: where it is and how it looks. */
export interface HighlightItem {
  /** Index of the mention in the analysis (stable for the life of one annotation). */
  key: number;
  range: Range;
  category: Category;
  held: boolean;
}

export interface Highlighter {
  readonly kind: 'custom' | 'marks';
  /** Replaces whatever is shown with `items`. */
  show(items: readonly HighlightItem[]): void;
  /** Same items (same keys), new held flags: restyles without touching the text. */
  restyle(held: (key: number) => boolean): void;
  /** The item under the pointer, if any. */
  itemAt(x: number, y: number, target: EventTarget | null): HighlightItem | null;
  /** False once the page replaced or removed the highlighted text (the ranges point nowhere). */
  intact(): boolean;
  /** Removes every highlight (and for marks, every element) without a trace. */
  clear(): void;
  /** clear() and remove the style rules. */
  dispose(): void;
}

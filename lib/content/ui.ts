import type { Category, ListedAs, RoleVerdict, Side, SkillSummary } from '../analysis/types';
import type { TabView } from '../messages/protocol';
import type { Level } from '../profile/levels';

/**
 * What the controller asks of the on-page UI, and the data it draws. The content script
 * gives its implementation (entrypoints/job.content/ui.ts: closed shadow roots with the
 * components/chip views); tests give a fake.
 */

/** What the chip (components/chip/Chip.tsx) shows. */
export interface ChipModel {
  role: RoleVerdict;
  isMlEngineer: boolean;
  skills: SkillSummary[];
  /** The background's view; null until (or unless) it answers. */
  view: TabView | null;
}

/** What the hover card (components/chip/HoverCard.tsx) shows about one highlighted skill. */
export interface HoverInfo {
  name: string;
  category: Category;
  side: Side;
  listedAs: ListedAs;
  /** The user's level, null when the profile lacks the skill, undefined when unknown. */
  level: Level | null | undefined;
  /** When the profile lacks the skill but holds a close relative that earns it part of its points. */
  via?: { name: string; level: Level } | null;
  /** Viewport box of the highlighted word. */
  rect: { left: number; top: number; bottom: number };
}

export interface ChipHandle {
  update(model: ChipModel): void;
  remove(): void;
}
export interface CardHandle {
  show(info: HoverInfo | null): void;
  remove(): void;
}
export interface UiFactory {
  mountChip(title: Element | null, model: ChipModel, signal: AbortSignal): Promise<ChipHandle>;
  mountCard(signal: AbortSignal): Promise<CardHandle>;
}

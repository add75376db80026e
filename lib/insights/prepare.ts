import type { Requirements, Side, SkillSummary } from '../analysis/types';
import type { Band, Coverage, FitItem, FitResult } from '../fit/types';
import { decodeRow, type HistoryEntry, type StoredRow } from '../history/schema';
import type { Background, Level, Profile } from '../profile/schema';
import { type RoleFamily, roleFamily } from './role-family';

/** What the insights need from the fit module (injected so the aggregation stays testable). */
export interface FitEngine {
  computeFit(skills: SkillSummary[], requirements: Requirements, profile: Profile): FitResult;
  bandOf(score: number): Band;
  /** The fit module's advice for a background whose weaker side is `side`, naming `start` first. */
  advice(background: Background | null, side: Side, start: readonly FitItem[]): string;
}

/**
 * One saved posting with everything the insights read, computed once per profile: the
 * fit against the profile as it is now, and each missing skill's gain. Filters then only
 * re-aggregate; no fit is ever recomputed per candidate skill.
 */
export interface PreparedRow {
  entry: HistoryEntry;
  family: RoleFamily;
  /** The date the insights file the posting under: when it was last viewed. */
  date: number;
  /** Fit with today's profile. */
  score: number;
  band: Band;
  /**
   * Skills whose gain is above zero: missing ones, and held ones below expert. A gain is
   * the rise of the score with that one skill at expert level (FitResult's definition).
   */
  candidates: FitItem[];
  bySide: Record<Side, Coverage>;
}

export interface Prepared {
  rows: PreparedRow[];
  levels: Map<string, Level>;
  profile: Profile;
  engine: FitEngine;
}

export function prepare(stored: readonly StoredRow[], profile: Profile, engine: FitEngine): Prepared {
  const rows = stored.map((row) => prepareRow(decodeRow(row), profile, engine));
  const levels = new Map(profile.skills.map((s) => [s.skill, s.level]));
  return { rows, levels, profile, engine };
}

function prepareRow(entry: HistoryEntry, profile: Profile, engine: FitEngine): PreparedRow {
  const fit = engine.computeFit(entry.skills, entry.requirements, profile);
  const candidates: FitItem[] = [];
  for (const m of fit.missing) if (m.gain > 0) candidates.push(m);
  for (const m of fit.matched) if (m.gain > 0) candidates.push(m);
  return {
    entry,
    family: roleFamily(entry.title),
    date: entry.lastSeen,
    score: fit.score,
    band: fit.band,
    candidates,
    bySide: fit.bySide,
  };
}

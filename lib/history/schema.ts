import * as z from 'zod/mini';
import { canonicalSkillId } from '../analysis/catalogue/redirects';
import {
  CATEGORIES,
  type Category,
  DEGREES,
  LISTED_AS,
  type ListedAs,
  type Requirements,
  ROLE_IDS,
  type RoleId,
  SIDES,
  type Side,
  type SkillSummary,
} from '../analysis/types';
import { BANDS, type Band } from '../fit/types';
import { catalogueView } from '../profile/catalogue-view';
import { isOwnId, OWN_PREFIX } from '../profile/own-skills';

/**
 * One saved posting. Stored compactly because a user may keep thousands: each skill is a code
 * "<catalogue id>:<category><side><listedAs><count>" with one-letter codes (e.g. "pytorch:cmr3"),
 * and a row's codes are one space-separated string (one string to read back instead of one per
 * skill: IndexedDB returns 10,000 rows about twice as fast). Names come back from the catalogue
 * on read. No mention offsets.
 */

const CATEGORY_CODE: Record<Category, string> = { core: 'c', underemphasized: 'u', 'nice-to-have': 'n' };
const SIDE_CODE: Record<Side, string> = { ml: 'm', engineering: 'e' };
const LISTED_CODE: Record<ListedAs, string> = { required: 'r', preferred: 'p', unspecified: 'u' };

const categoryOf = invert(CATEGORY_CODE, CATEGORIES);
const sideOf = invert(SIDE_CODE, SIDES);
const listedOf = invert(LISTED_CODE, LISTED_AS);

/** The id is a catalogue id, or one of the user's own ("own:rust-macros:nep1"). */
export const SKILL_CODE = /^((?:own:)?[a-z0-9]+(?:-[a-z0-9]+)*):([cun])([me])([rpu])(\d{1,5})$/;

const RequirementsSchema = z.object({
  years: z.nullable(z.object({ min: z.number(), max: z.optional(z.number()) })),
  degree: z.nullable(z.enum(DEGREES)),
});

export const StoredRowSchema = z.object({
  /** site + ':' + jobId, or the canonical URL when the site gives no job id. */
  key: z.string().check(z.minLength(1)),
  site: z.string(),
  jobId: z.nullable(z.string()),
  url: z.string(),
  title: z.string(),
  company: z.nullable(z.string()),
  location: z.nullable(z.string()),
  /** Epoch milliseconds. */
  firstSeen: z.number(),
  lastSeen: z.number(),
  role: z.enum(ROLE_IDS),
  /**
   * Skill codes separated by single spaces ("" for none). Each code is checked where it is
   * decoded (decodeSkill), once per distinct code, rather than here once per mention:
   * 10,000 rows hold ~150,000 of them.
   */
  skills: z.string(),
  requirements: RequirementsSchema,
  /** The fit when the posting was last seen; null when no fit was computed then. */
  fit: z.nullable(z.object({ score: z.number(), band: z.enum(BANDS) })),
  /**
   * The same skills by catalogue position, for the insights to read 10,000 rows without
   * splitting and looking up ~150,000 codes: one character per skill, in `skills`' order, its
   * code unit `position << 2 | listedAs` (indexSkills). Valid only for the catalogue whose
   * fingerprint is `catalogue`; absent when a skill is not in the catalogue as is (an own
   * skill), and ignored after a catalogue change. `skills` stays the record.
   */
  catalogue: z.optional(z.number()),
  skillIndex: z.optional(z.string()),
});
export type StoredRow = z.infer<typeof StoredRowSchema>;

/** A row as the UI and insights read it: skills decoded, with names. */
export interface HistoryEntry {
  key: string;
  site: string;
  jobId: string | null;
  url: string;
  title: string;
  company: string | null;
  location: string | null;
  firstSeen: number;
  lastSeen: number;
  role: RoleId;
  skills: SkillSummary[];
  requirements: Requirements;
  fit: { score: number; band: Band } | null;
}

export function encodeSkill(s: SkillSummary): string {
  return `${s.id}:${CATEGORY_CODE[s.category]}${SIDE_CODE[s.side]}${LISTED_CODE[s.listedAs]}${Math.max(1, Math.round(s.count))}`;
}

export function encodeSkills(skills: readonly SkillSummary[]): string {
  return skills.map(encodeSkill).join(' ');
}

/** The row's skill codes, in stored order. */
export function skillCodes(row: Pick<StoredRow, 'skills'>): string[] {
  return row.skills ? row.skills.split(' ') : [];
}

/** What indexSkills can encode: positions whose code unit stays below the surrogate range. */
const MAX_POSITIONS = 0xd800 >> 2;

/**
 * A hash of the catalogue's ids, categories and sides in order (lib/profile/catalogue-view.ts):
 * a row's skillIndex holds only for the catalogue it was written with.
 */
export function catalogueFingerprint(): number {
  return catalogueView().fingerprint;
}

/**
 * The skills as catalogue positions (see StoredRow.skillIndex); null when one is not in the
 * catalogue with the same category and side, so that the index always says what `skills` says.
 */
export function indexSkills(skills: readonly SkillSummary[]): string | null {
  const view = catalogueView();
  if (view.size > MAX_POSITIONS) return null;
  let out = '';
  for (const s of skills) {
    const at = view.positionOf(s.id);
    if (at < 0) return null;
    const entry = view.at(at);
    if (entry.category !== s.category || entry.side !== s.side) return null;
    out += String.fromCharCode((at << 2) | LISTED_AS.indexOf(s.listedAs));
  }
  return out;
}

/**
 * null for a malformed code (a damaged or foreign row): callers leave that skill out. An id
 * merged into another since the row was saved reads as that one (../analysis/catalogue/redirects.ts).
 */
export function decodeSkill(code: string): SkillSummary | null {
  const m = SKILL_CODE.exec(code);
  if (!m) return null;
  const id = canonicalSkillId(m[1] as string);
  return {
    id,
    name: catalogueView().nameOf(id) ?? nameFromOwnId(id),
    category: categoryOf(m[2]),
    side: sideOf(m[3]),
    listedAs: listedOf(m[4]),
    count: Number(m[5]),
  };
}

/**
 * Rows keep no names; an own skill's is read back from its id ("own:rust-macros" → "rust
 * macros"), which holds even after the user renamed or removed the skill.
 */
function nameFromOwnId(id: string): string {
  return isOwnId(id) ? id.slice(OWN_PREFIX.length).replace(/-/g, ' ') : id;
}

export function decodeRow(row: StoredRow): HistoryEntry {
  const skills: SkillSummary[] = [];
  let redirected = false;
  for (const code of skillCodes(row)) {
    const s = decodeSkill(code);
    if (!s) continue;
    // Two ids of a row merged into one skill since: one entry, the stronger listing, both counts.
    // Only a row that held a merged id can list a skill twice; others skip the search.
    if (!redirected && code.startsWith(`${s.id}:`)) {
      skills.push(s);
      continue;
    }
    redirected = true;
    const same = skills.findIndex((k) => k.id === s.id);
    const kept = same < 0 ? undefined : skills[same];
    if (!kept) skills.push(s);
    else
      skills[same] = {
        ...kept,
        listedAs:
          LISTED_AS.indexOf(s.listedAs) < LISTED_AS.indexOf(kept.listedAs) ? s.listedAs : kept.listedAs,
        count: kept.count + s.count,
      };
  }
  const { catalogue: _, skillIndex: __, ...rest } = row;
  return { ...rest, skills };
}

/**
 * Rows read back from storage are parsed, never trusted; bad rows are dropped. Each row is
 * checked by hand first (checkStoredRow); a row that check does not pass goes to zod, which
 * decides. Ten thousand rows through zod alone take 70-330 ms on a page load, and their
 * garbage is collected during the insights that follow.
 */
export function parseStoredRows(raw: readonly unknown[]): StoredRow[] {
  const rows: StoredRow[] = [];
  for (const r of raw) {
    const fast = checkStoredRow(r);
    if (fast) {
      rows.push(fast);
      continue;
    }
    const parsed = StoredRowSchema.safeParse(r);
    if (parsed.success) rows.push(parsed.data);
  }
  return rows;
}

const ROLE_SET: ReadonlySet<unknown> = new Set(ROLE_IDS);
const BAND_SET: ReadonlySet<unknown> = new Set(BANDS);
const DEGREE_SET: ReadonlySet<unknown> = new Set(DEGREES);

/**
 * StoredRowSchema's parse, by hand, for a plain object that passes it: the same new object
 * (fields in the schema's order, unknown keys left out), else null. Null does not mean
 * invalid: anything unusual (another prototype, an optional key present but undefined) is left
 * to zod. schema.test.ts compares both on generated valid and damaged rows.
 */
export function checkStoredRow(x: unknown): StoredRow | null {
  if (!isPlain(x)) return null;
  const r = x as Record<string, unknown>;
  const { key, site, jobId, url, title, company, location, firstSeen, lastSeen, role } = r;
  const { skills, requirements, fit, catalogue, skillIndex } = r;
  if (
    typeof key !== 'string' ||
    key.length < 1 ||
    typeof site !== 'string' ||
    !isStringOrNull(jobId) ||
    typeof url !== 'string' ||
    typeof title !== 'string' ||
    !isStringOrNull(company) ||
    !isStringOrNull(location) ||
    !isFiniteNumber(firstSeen) ||
    !isFiniteNumber(lastSeen) ||
    !ROLE_SET.has(role) ||
    typeof skills !== 'string' ||
    !isPlain(requirements)
  )
    return null;
  const { years, degree } = requirements as Record<string, unknown>;
  if (degree !== null && !DEGREE_SET.has(degree)) return null;
  let checkedYears: { min: number; max?: number } | null = null;
  if (years !== null) {
    if (!isPlain(years)) return null;
    const { min, max } = years as Record<string, unknown>;
    if (!isFiniteNumber(min)) return null;
    if (max === undefined) {
      if ('max' in (years as object)) return null;
      checkedYears = { min };
    } else if (isFiniteNumber(max)) checkedYears = { min, max };
    else return null;
  }
  let checkedFit: { score: number; band: Band } | null = null;
  if (fit !== null) {
    if (!isPlain(fit)) return null;
    const { score, band } = fit as Record<string, unknown>;
    if (!isFiniteNumber(score) || !BAND_SET.has(band)) return null;
    checkedFit = { score, band: band as Band };
  }
  // An optional key present but undefined: zod keeps the key; left to it.
  if (catalogue === undefined) {
    if ('catalogue' in r) return null;
  } else if (!isFiniteNumber(catalogue)) return null;
  if (skillIndex === undefined) {
    if ('skillIndex' in r) return null;
  } else if (typeof skillIndex !== 'string') return null;
  const row: StoredRow = {
    key,
    site,
    jobId,
    url,
    title,
    company,
    location,
    firstSeen,
    lastSeen,
    role: role as RoleId,
    skills,
    requirements: { years: checkedYears, degree: degree as Requirements['degree'] },
    fit: checkedFit,
  };
  if (catalogue !== undefined) row.catalogue = catalogue;
  if (skillIndex !== undefined) row.skillIndex = skillIndex;
  return row;
}

function isPlain(x: unknown): boolean {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

function isStringOrNull(x: unknown): x is string | null {
  return x === null || typeof x === 'string';
}

/** What z.number() accepts: a number, not NaN or infinite. */
function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function invert<T extends string>(codes: Record<T, string>, values: readonly T[]): (code?: string) => T {
  const back = new Map(values.map((v) => [codes[v], v]));
  return (code) => {
    const v = code === undefined ? undefined : back.get(code);
    if (v === undefined) throw new Error(`history: unknown code ${code}`);
    return v;
  };
}

import { CATEGORIES, LISTED_AS, ROLE_IDS, SIDES } from '../analysis/types';
import { BANDS } from '../fit/types';
import { LEVELS } from '../profile/levels';
import { PROFILE_STATES } from './profile-state';
import type {
  AnalysisSummary,
  AnalyzeReply,
  BackgroundToContent,
  ContentToBackground,
  RequestOf,
  Send,
  TabView,
} from './protocol';
import { isSeenReply } from './seen';

/**
 * Hand-written checks for what the content script receives from its own background: the
 * replies to its requests (checked inside its send, `checkedSend`) and the background's
 * messages (`parseToContent`). The background builds these values itself and the sender is
 * checked, so the guards only make sure the parts the content script reads have the shape it
 * reads them in; they keep the schema library out of the page's bundle.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    (values as readonly unknown[]).includes(v);
const arrayOf = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(item);

const isCategory = oneOf(CATEGORIES);
const isListedAs = oneOf(LISTED_AS);
const isSide = oneOf(SIDES);
const isRoleId = oneOf(ROLE_IDS);
const isLevel = oneOf(LEVELS);
const isBand = oneOf(BANDS);
const isProfileState = oneOf(PROFILE_STATES);

function isMention(v: unknown): boolean {
  return (
    isObj(v) &&
    Number.isInteger(v.start) &&
    Number.isInteger(v.end) &&
    (v.start as number) >= 0 &&
    (v.end as number) >= (v.start as number) &&
    isStr(v.skill) &&
    isStr(v.name) &&
    isCategory(v.category) &&
    isListedAs(v.listedAs)
  );
}

function isSkill(v: unknown): boolean {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.name) &&
    isCategory(v.category) &&
    isSide(v.side) &&
    isListedAs(v.listedAs)
  );
}

function isSummary(v: unknown): v is AnalysisSummary {
  return (
    isObj(v) &&
    typeof v.isMlEngineer === 'boolean' &&
    isObj(v.role) &&
    isRoleId(v.role.id) &&
    arrayOf(v.role.reasons, isStr) &&
    arrayOf(v.skills, isSkill as (x: unknown) => x is unknown)
  );
}

/** A fit item: its skill id, and a `via` relative (read by the hover card) that is absent, null or well formed. */
const hasSkill = (x: unknown): x is Obj =>
  isObj(x) &&
  isStr(x.skill) &&
  (x.via === undefined || x.via === null || (isObj(x.via) && isStr(x.via.name) && isLevel(x.via.level)));

function isFit(v: unknown): boolean {
  return (
    isObj(v) &&
    isNum(v.score) &&
    isBand(v.band) &&
    arrayOf(v.matched, hasSkill) &&
    arrayOf(v.missing, hasSkill) &&
    isObj(v.bySide) &&
    isStr(v.advice)
  );
}

function isReport(v: unknown): boolean {
  return (
    isSummary(v) &&
    isStr((v as unknown as Obj).site) &&
    ((v as unknown as Obj).jobId === null || isStr((v as unknown as Obj).jobId))
  );
}

export function isTabView(v: unknown): v is TabView {
  return (
    isObj(v) &&
    (v.report === null || isReport(v.report)) &&
    (v.fit === null || isFit(v.fit)) &&
    isObj(v.held) &&
    Object.values(v.held).every(isLevel) &&
    isProfileState(v.profile) &&
    typeof v.showAnyway === 'boolean'
  );
}

export function isAnalyzeReply(v: unknown): v is AnalyzeReply {
  return (
    isObj(v) &&
    arrayOf(v.mentions, isMention as (x: unknown) => x is unknown) &&
    isSummary(v.analysis) &&
    isTabView(v.view)
  );
}

type ToContent = RequestOf<BackgroundToContent>;

/** A message from the background, or null for anything else (including malformed views). */
export function parseToContent(raw: unknown): ToContent | null {
  if (!isObj(raw)) return null;
  if (raw.type === 'show-anyway' || raw.type === 'history-changed') return { type: raw.type };
  if (raw.type === 'fit-updated' && isTabView(raw.view)) return { type: 'fit-updated', view: raw.view };
  return null;
}

/** The guard of each reply the content script receives. */
const REPLY_GUARDS: {
  [K in keyof ContentToBackground]: (v: unknown) => v is ContentToBackground[K]['reply'];
} = {
  analyze: isAnalyzeReply,
  'no-posting': isTabView,
  seen: isSeenReply,
};

/**
 * The content script's send, over a transport that delivers to the background and resolves
 * to whatever came back: a reply that fails its guard rejects, as a missing one does.
 */
export function checkedSend(
  transport: (message: RequestOf<ContentToBackground>) => Promise<unknown>,
): Send<ContentToBackground> {
  return async (message) => {
    const reply = await transport(message);
    const guard: (v: unknown) => boolean = REPLY_GUARDS[message.type];
    if (!guard(reply)) throw new Error(`the background gave no valid reply to ${message.type}`);
    // Checked just now by the guard of this very type (TypeScript cannot follow the lookup).
    return reply as never;
  };
}

import type { Cue } from '../matcher/scan';
import { inSentence, ROLE_IDS, ROLE_LABELS, type RoleId, type RoleVerdict } from '../types';
import { type BodySignals, bodyScores, type RoleSkill, readBody } from './body';
import { notMlStatement } from './not-ml';
import { matchTitle, pickTitleMatched, type TitleMatch } from './title';

/** A role named in the body ("We are hiring a Machine Learning Engineer") weighs this much of a title. */
const BODY_TITLE_SHARE = 0.5;

/**
 * A title that names a profession outside engineering and science (./title.ts: a writer,
 * pre-sales) keeps this share of the body's scores for the other roles: the body describes what
 * the job writes or sells about.
 */
const DECISIVE_BODY_SHARE = 0.5;

/** The ML engineer score keeps this share when the posting says the job is no ML work (./not-ml.ts). */
const NOT_ML_SHARE = 0.25;

/** An ML title counts only when the body's ML engineer score reaches this, or the body names ML skills. */
const TITLE_ONLY_BODY = 0.5;

/** Below this total score nothing speaks clearly for any role. */
const MIN_SCORE = 1.2;

const list = (xs: readonly string[]) => xs.slice(0, 3).join(', ');

function bodyReason(role: RoleId, b: BodySignals): string | null {
  const w = b.words;
  switch (role) {
    case 'ml-engineer': {
      const evidence = b.deploySkills.length ? b.deploySkills : w.deploy;
      return evidence.length ? `Body centres on deployment and serving (${list(evidence)})` : null;
    }
    case 'data-scientist':
      return w.analyze.length ? `Body centres on analysis and experimentation (${list(w.analyze)})` : null;
    case 'research-scientist':
      return w.publish.length ? `Body centres on research and publishing (${list(w.publish)})` : null;
    case 'data-engineer': {
      const evidence = [...w.pipeline, ...b.dataSkills];
      return evidence.length ? `Body centres on data pipelines (${list(evidence)})` : null;
    }
    case 'data-analyst': {
      const evidence = [...b.vizSkills, ...w.analyze];
      return evidence.length ? `Body centres on reporting and analysis (${list(evidence)})` : null;
    }
    case 'backend-engineer': {
      const evidence = [...b.backendSkills, ...w.backend];
      return evidence.length ? `Body centres on backend services (${list(evidence)})` : null;
    }
    case 'frontend-engineer': {
      const evidence = [...b.frontendSkills, ...w.frontend];
      return evidence.length ? `Body centres on user interfaces (${list(evidence)})` : null;
    }
    case 'devops': {
      const evidence = [...w.ops, ...b.infraSkills];
      return evidence.length ? `Body centres on operations and infrastructure (${list(evidence)})` : null;
    }
    case 'product-manager':
      return w.product.length ? `Body centres on product work (${list(w.product)})` : null;
    case 'other':
      if (b.mobileSkills.length) return `Body centres on mobile apps (${list(b.mobileSkills)})`;
      return b.desktopSkills.length
        ? `Body centres on desktop applications (${list(b.desktopSkills)})`
        : null;
    default:
      return null;
  }
}

/**
 * Without a title, role phrases of the body (../matcher/names.ts rule A: "a Machine Learning
 * Engineer") stand in for it at a reduced weight: the strongest per role.
 */
function bodyTitles(phrases: readonly string[]): TitleMatch[] {
  const best = new Map<RoleId, TitleMatch>();
  for (const p of phrases) {
    for (const t of matchTitle(p)) {
      const prev = best.get(t.role);
      if (!prev || prev.weight < t.weight * BODY_TITLE_SHARE) {
        best.set(t.role, { ...t, weight: t.weight * BODY_TITLE_SHARE });
      }
    }
  }
  return [...best.values()];
}

/** The role with the highest total when no title is decisive. */
function bodyLeader(scores: Record<RoleId, number>, titleMatches: readonly TitleMatch[]): RoleId {
  let best: RoleId = 'other';
  let top = -1;
  for (const r of ROLE_IDS) {
    let total = scores[r];
    for (const t of titleMatches) if (t.role === r) total += t.weight;
    if (total > top) {
      top = total;
      best = r;
    }
  }
  return best;
}

/**
 * Role from title and body together: title patterns give up to 3 points, body signals add theirs,
 * the highest total wins. Confidence grows with the winner's lead over the runner-up and with
 * the amount of evidence.
 */
export function detectRole(
  title: string | undefined,
  text: string,
  cues: readonly Cue[],
  cueCounts: readonly number[],
  skills: readonly RoleSkill[],
  rolePhrases: readonly string[] = [],
  employerCueCounts?: readonly number[],
): RoleVerdict {
  const picked = pickTitleMatched(title, text);
  const shownTitle = picked?.title ?? null;
  const titleMatches = picked ? picked.matches : bodyTitles(rolePhrases);
  const body = readBody(text, cues, cueCounts, skills, employerCueCounts);
  const scores = bodyScores(
    body,
    titleMatches.some((t) => t.role === 'ml-engineer'),
  );
  const decisive = titleMatches.find((t) => t.decisive);
  // Totals in ROLE_IDS order, then a stable sort: ties keep that order.
  const ranked: Array<[RoleId, number]> = ROLE_IDS.map((r) => [
    r,
    decisive && r !== decisive.role ? scores[r] * DECISIVE_BODY_SHARE : scores[r],
  ]);
  for (const t of titleMatches) {
    const row = ranked[ROLE_IDS.indexOf(t.role)] as [RoleId, number];
    row[1] += t.weight;
  }
  ranked.sort((a, b) => b[1] - a[1]);
  // Read only when it could matter: when ML engineer leads by less than the statement takes.
  let notMl: string | null = null;
  if (
    ranked[0]?.[0] === 'ml-engineer' &&
    ranked[0][1] * NOT_ML_SHARE <= Math.max(ranked[1]?.[1] ?? 0, MIN_SCORE)
  ) {
    const said = notMlStatement(text, cues);
    const mlTitle = titleMatches.some((t) => t.role === 'ml-engineer' && t.weight >= 3);
    if (said && (said.strong || !mlTitle)) {
      notMl = said.words;
      (ranked[0] as [RoleId, number])[1] *= NOT_ML_SHARE;
      ranked.sort((a, b) => b[1] - a[1]);
    }
  }
  // An ML title over a body that names no ML work at all (no model, framework, serving or MLOps
  // skill, hardly a deployment word): "AI Engineer (Automation & Copilot)" building Power Automate
  // flows. The title alone makes no ML engineer.
  /** The reason shown when the title alone spoke for ML work, or null. */
  let titleOnly: string | null = null;
  if (
    ranked[0]?.[0] === 'ml-engineer' &&
    body.mlWeight === 0 &&
    body.deployWeight === 0 &&
    scores['ml-engineer'] < TITLE_ONLY_BODY
  ) {
    const matched = titleMatches.find((t) => t.role === 'ml-engineer')?.matched;
    titleOnly = matched ? `The title says “${matched}”, but the body names no ML work` : null;
    (ranked[0] as [RoleId, number])[1] = scores['ml-engineer'];
    ranked.sort((a, b) => b[1] - a[1]);
  }
  // A title that names another profession and no engineering or science ("AI Content Specialist",
  // "AI Risk & Governance Analyst"): the body's ML words describe what that person works on, and
  // make no ML engineer of them.
  /** The reason shown when the title names another profession, or null. */
  let profession: string | null = null;
  if (ranked[0]?.[0] === 'ml-engineer' && picked && titleMatches.length === 0) {
    const noun = otherProfession(picked.title);
    if (noun) {
      profession = `The title names another profession (“${noun}”)`;
      (ranked[0] as [RoleId, number])[1] = 0;
      ranked.sort((a, b) => b[1] - a[1]);
    }
  }
  const [winner, top] = ranked[0] as [RoleId, number];
  const second = ranked[1]?.[1] ?? 0;
  if (top < MIN_SCORE) {
    const reasons = ['Neither the title nor the body points clearly to one role'];
    if (notMl) reasons.push(`Says the job is no ML work (“${notMl}”)`);
    if (titleOnly) reasons.push(titleOnly);
    if (profession) reasons.push(profession);
    return { id: 'other', confidence: 0.3, reasons };
  }
  const lead = (top - second) / top;
  const confidence = Math.round(Math.min(0.97, 0.35 + 0.45 * lead + 0.04 * Math.min(top, 5)) * 100) / 100;
  const reasons: string[] = [];
  const own = titleMatches.find((t) => t.role === winner);
  const where = shownTitle ? 'Title' : 'Posting';
  if (own) reasons.push(`${where} names “${own.matched}”`);
  const strongest = [...titleMatches].sort((a, b) => b.weight - a.weight)[0];
  if (!own && strongest) {
    reasons.push(
      `${where} says “${strongest.matched}”, but the body reads as ${inSentence(ROLE_LABELS[winner])} work`,
    );
  }
  if (notMl && winner !== 'ml-engineer') reasons.push(`Says the job is no ML work (“${notMl}”)`);
  if (titleOnly && winner !== 'ml-engineer') reasons.push(titleOnly);
  if (profession) reasons.push(profession);
  if (picked?.employerMl && winner !== 'ml-engineer') {
    reasons.push(`“${picked.employerMl}” in the title describes the employer, not the job`);
  }
  // A body that alone would have won describes what the decisive title's job deals with.
  if (decisive && winner === decisive.role) {
    const lead = bodyLeader(scores, titleMatches);
    const about = lead !== winner ? bodyReason(lead, body) : null;
    if (about) reasons.push(`${about}: the subject of this job, not its work`);
  }
  const why = bodyReason(winner, body);
  if (why) reasons.push(why);
  if (winner === 'ml-engineer' && body.mlSkills.length)
    reasons.push(`Names ML frameworks and methods (${list(body.mlSkills)})`);
  if (winner !== 'ml-engineer' && body.employerMl.length) {
    reasons.push(`ML words describe the employer, not this job (${list(body.employerMl)})`);
  }
  const runnerUp = ranked[1]?.[0];
  if (runnerUp && second > 0 && lead < 0.25)
    reasons.push(`Also reads partly as ${inSentence(ROLE_LABELS[runnerUp])}`);
  return { id: winner, confidence, reasons };
}

/**
 * A profession outside engineering and science that heads the title ("Specialist", "Analyst",
 * "Manager", "Berater", "Especialista"), when the title names no engineer, developer, scientist
 * or researcher; null else.
 */
const PROFESSION =
  /(?<!\p{L})(analyst|specialist|manager|officer|consultant|coordinator|writer|editor|advisor|adviser|auditor|trainer|tutor|annotator|recruiter|designer|strategist|owner|assistant|representative|counsel|lawyer|teacher|accountant|controller|marketer|analista|especialista|specialista|spécialiste|spezialist(?:in)?|berater(?:in)?|consultor(?:a)?|consulente|referent(?:in)?|gestor(?:a)?|redattore|redactor(?:a)?|rédacteur|rédactrice|chargée?)(?!\p{L})/iu;
const ENGINEERING_OR_SCIENCE =
  /(?<!\p{L})(?:engineers?|developers?|scientists?|researchers?|programmers?|architects?|ingenieur\p{L}*|ingénieur\p{L}*|ingenier[oa]|entwickler\p{L}*|développeu\p{L}+|desarrollador\p{L}*|sviluppat\p{L}+|engenheir[oa]|ontwikkelaar|utvecklare|programist\p{L}*|inżynier\p{L}*|wissenschaftler\p{L}*|chercheu\p{L}+|científic[oa]|scienziat[oa])(?!\p{L})/iu;
function otherProfession(title: string): string | null {
  if (ENGINEERING_OR_SCIENCE.test(title)) return null;
  const m = PROFESSION.exec(title);
  return m ? (m[1] as string) : null;
}

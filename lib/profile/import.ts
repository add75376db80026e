import * as z from 'zod/mini';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  SUPPORTED_VERSIONS,
  tooLargeMessage,
} from './export-format';
import { ImportOwnSkillSchema, importOwnSkills, mergeOwnSkills } from './import-own';
import { describeIssues } from './issues';
import { describeJsonError } from './json-error';
import { LEVELS } from './levels';
import type { SkillResolver } from './resolve-skill';
import { BACKGROUNDS, emptyProfile, type Profile, type ProfileSkill } from './schema';
import { cleanSkillText } from './skill-text';

/**
 * Reads a profile file: the versioned export or the hand-written form (see export-format.ts).
 * Pure and Node-loadable (the CLI's --profile uses it). Never writes anything: the options
 * page shows a preview and saves only on Confirm.
 *
 * Unknown skill entries do not reject the file: they are kept as free-text skills and listed
 * in the warnings, which the preview shows before anything is written.
 */

const Years = z.number().check(z.gte(0), z.lte(60));

const ImportSkillSchema = z.object({
  skill: z.string().check(z.minLength(1), z.maxLength(100)),
  level: z.optional(z.enum(LEVELS)),
  years: z.optional(z.nullable(Years)),
});

const ImportProfileSchema = z.object({
  skills: z.optional(z.array(ImportSkillSchema).check(z.maxLength(2000))),
  freeText: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(2000))),
  ownSkills: z.optional(z.array(ImportOwnSkillSchema).check(z.maxLength(2000))),
  background: z.optional(z.nullable(z.enum(BACKGROUNDS))),
  years: z.optional(z.nullable(Years)),
  targetRole: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  updatedAt: z.optional(z.number()),
});

/** Which parts of the profile the file sets ('skills' covers both skill lists). */
export type ImportedField = 'skills' | 'background' | 'years' | 'targetRole';

export type ProfileImport =
  | { ok: true; profile: Profile; warnings: string[]; provided: ImportedField[] }
  | { ok: false; error: string };

const DEFAULT_LEVEL = 'working';

/**
 * Reads an exported profile, resolving its skill names with `resolve`: the catalogue's
 * (./resolve-skill.ts) in Node, the background's answers in the options page (./resolve-batch.ts).
 */
export function parseProfileImport(text: string, options: { resolve: SkillResolver }): ProfileImport {
  const tooLarge = tooLargeMessage(utf8Bytes(text));
  if (tooLarge) return { ok: false, error: tooLarge };
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) return { ok: false, error: 'The file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { ok: false, error: `This is not valid JSON: it breaks at ${describeJsonError(source, error)}.` };
  }
  if (!isObject(data)) {
    return { ok: false, error: 'The file must hold a JSON object ({ … }), such as { "skills": [ … ] }.' };
  }
  const body = unwrap(data);
  if ('error' in body) return { ok: false, error: body.error };

  const parsed = ImportProfileSchema.safeParse(body.fields);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ ...i, path: [...body.prefix, ...i.path] }));
    return { ok: false, error: `Wrong value in the file: ${describeIssues(issues, data)}.` };
  }
  const provided = providedFields(parsed.data);
  if (provided.length === 0) {
    return {
      ok: false,
      error: 'No profile found in the file: expected "skills" (or "background", "years", "targetRole").',
    };
  }
  const { resolve } = options;
  const built = importOwnSkills(buildProfile(parsed.data, resolve), parsed.data.ownSkills, resolve);
  return { ok: true, ...built, provided };
}

/** The size of `text` as a UTF-8 file, without encoding it (the limit is on the file's bytes). */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  // Every UTF-16 unit is at least one byte, so past the limit no count is needed.
  if (bytes > MAX_IMPORT_BYTES) return bytes;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 units
      i++;
    } else if (c >= 0x800) bytes += 2;
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The profile's fields: inside a versioned export's "profile", or the whole hand-written file. */
function unwrap(data: Record<string, unknown>): { fields: unknown; prefix: string[] } | { error: string } {
  if (!('format' in data)) return { fields: data, prefix: [] };
  if (data.format !== EXPORT_FORMAT) {
    return { error: `This is not an ML Fit profile file ("format" is ${JSON.stringify(data.format)}).` };
  }
  const supported = `this version of ML Fit reads version ${SUPPORTED_VERSIONS.join(', ')}`;
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { error: `The file has no valid "version" number; ${supported}.` };
  }
  if (version > EXPORT_VERSION) {
    return {
      error: `The file is format version ${version}, from a newer ML Fit; ${supported}. Update the extension.`,
    };
  }
  if (!SUPPORTED_VERSIONS.includes(version)) {
    return { error: `Format version ${version} is unknown; ${supported}.` };
  }
  if (!isObject(data.profile)) return { error: 'The file has no "profile" object.' };
  return { fields: data.profile, prefix: ['profile'] };
}

type ImportFields = z.infer<typeof ImportProfileSchema>;

function providedFields(fields: ImportFields): ImportedField[] {
  const out: ImportedField[] = [];
  if (fields.skills !== undefined || fields.freeText !== undefined || fields.ownSkills !== undefined)
    out.push('skills');
  if (fields.background !== undefined) out.push('background');
  if (fields.years !== undefined) out.push('years');
  if (fields.targetRole !== undefined) out.push('targetRole');
  return out;
}

function buildProfile(
  fields: ImportFields,
  resolve: SkillResolver,
): { profile: Profile; warnings: string[] } {
  const warnings: string[] = [];
  const skills = new Map<string, ProfileSkill>();
  const repeated = new Set<string>();
  const unknown: string[] = [];
  const refused: string[] = [];
  /** Free text as the profile keeps it, or '' when refused (listed in a warning). */
  const clean = (raw: string, where: string) => {
    const c = cleanSkillText(raw);
    if (!c.ok) refused.push(`${where} (${c.reason})`);
    return c.ok ? c.text : '';
  };
  for (const [i, entry] of (fields.skills ?? []).entries()) {
    const name = clean(entry.skill, `skills[${i}]`);
    if (!name) continue;
    const hit = resolve(name);
    if (!hit) {
      unknown.push(name);
      continue;
    }
    if (skills.has(hit.id)) repeated.add(hit.name);
    skills.delete(hit.id); // the last entry wins and takes the later place
    const skill: ProfileSkill = { skill: hit.id, level: entry.level ?? DEFAULT_LEVEL };
    if (entry.years != null) skill.years = entry.years;
    skills.set(hit.id, skill);
  }
  const recognised: string[] = [];
  const freeText: string[] = [];
  for (const text of [...(fields.freeText ?? []).map((t, i) => clean(t, `freeText[${i}]`)), ...unknown]) {
    if (!text) continue;
    const hit = resolve(text);
    if (hit) {
      if (!skills.has(hit.id)) {
        skills.set(hit.id, { skill: hit.id, level: DEFAULT_LEVEL });
        recognised.push(`${text} → ${hit.name}`);
      }
    } else if (!freeText.some((t) => t.toLowerCase() === text.toLowerCase())) {
      freeText.push(text);
    }
  }
  if (refused.length) warnings.push(`Skipped, not a skill name: ${refused.join(', ')}.`);
  if (repeated.size)
    warnings.push(`Listed more than once (the last entry counts): ${[...repeated].join(', ')}.`);
  if (unknown.length) {
    warnings.push(
      `Not in the skill catalogue, kept as your own skills at level “working”: ${unknown.join(', ')}.`,
    );
  }
  if (recognised.length) {
    warnings.push(
      `Free-text skills found in the catalogue, added at level “working”: ${recognised.join(', ')}.`,
    );
  }
  const base = emptyProfile();
  return {
    profile: {
      skills: [...skills.values()],
      freeText,
      background: fields.background ?? base.background,
      years: fields.years ?? base.years,
      targetRole: fields.targetRole?.trim() || base.targetRole,
      updatedAt: base.updatedAt,
    },
    warnings,
  };
}

export type ImportMode = 'replace' | 'merge';

/**
 * The profile after importing: fields the file sets replace the current ones; others stay.
 * Skills: 'replace' makes the file's list the profile's; 'merge' adds the file's skills to the
 * current ones (the file's level wins for a skill in both).
 */
export function applyImport(
  current: Profile,
  imported: Profile,
  provided: readonly ImportedField[],
  mode: ImportMode = 'replace',
): Profile {
  const next: Profile = { ...current };
  if (provided.includes('skills')) {
    if (mode === 'merge') {
      const fromFile = new Set(imported.skills.map((s) => s.skill));
      next.skills = [...current.skills.filter((s) => !fromFile.has(s.skill)), ...imported.skills];
      const known = new Set(current.freeText.map((t) => t.toLowerCase()));
      next.freeText = [...current.freeText, ...imported.freeText.filter((t) => !known.has(t.toLowerCase()))];
      next.ownSkills = mergeOwnSkills(current, imported);
    } else {
      next.skills = imported.skills;
      next.freeText = imported.freeText;
      next.ownSkills = imported.ownSkills ?? [];
    }
  }
  if (provided.includes('background')) next.background = imported.background;
  if (provided.includes('years')) next.years = imported.years;
  if (provided.includes('targetRole')) next.targetRole = imported.targetRole;
  return next;
}

import type { SkillEntry } from '../catalogue/schema';
import { CUE_KINDS, type CueKind, POSITIONAL_KINDS } from '../cues';
import type { Cue } from '../matcher/scan';
import type { RoleId } from '../types';

/**
 * What the body of a posting centres on, from the cue words (deploy / analyse / publish...) and
 * the kinds of skills it names. Counts are capped so that one long posting cannot drown the title.
 * Words about the employer (../sections/employer.ts: "About us", benefits, the opening about the
 * company) weigh a quarter: "we use machine learning to route parcels" says what the company
 * does, not what this job does.
 */

/** A skill the posting names, and how much it counts: 1, or EMPLOYER_WEIGHT when only the employer's text names it. */
export interface RoleSkill {
  entry: SkillEntry;
  weight: number;
}

export const EMPLOYER_WEIGHT = 0.25;

/**
 * Web and application frameworks: engineering evidence (backend or frontend), never ML evidence,
 * although the catalogue files some of them with the serving tools. Entries of kind 'framework'
 * count the same way; FRONTEND_IDS tells which side of the web they are on.
 */
export const APP_FRAMEWORK_IDS = new Set([
  'django',
  'express',
  'fastapi',
  'flask',
  'gin',
  'gunicorn',
  'nextjs',
  'nodejs',
  'react',
  'ruby-on-rails',
  'spring',
  'vue',
]);
export const FRONTEND_IDS = new Set([
  'react',
  'vue',
  'nextjs',
  'angular',
  'angularjs',
  'svelte',
  'jquery',
  'redux',
  'ember-js',
  'nuxt-js',
  'tailwind',
  'bootstrap',
  'react-native',
  'webpack',
]);

/**
 * The families of browser UI libraries by their ids ("vue-3", "pinia", "composition-api",
 * "tanstack-query", "chakra-ui"): the catalogue files them as frameworks, which would otherwise
 * count as backend evidence. Mobile ones are read first (MOBILE_IDS).
 */
const FRONTEND_FAMILY =
  /^(?:vue|vuex|vuetify|pinia|nuxt|quasar|composition-api|react|redux|next|zustand|mobx|tanstack|apollo-client|angular|angularjs|ngrx|rxjs|svelte|solidjs|qwik|astro|lit|preact|ember|backbone|knockout|jquery|alpine|htmx|gatsby|remix|tailwind|bootstrap|material-ui|chakra|radix|ant-design|kendo-ui|styled-components|css-in-js|postcss|framer-motion|three-js|web-components)(?:-|$)/;

export function isFrontend(id: string): boolean {
  return FRONTEND_IDS.has(id) || FRONTEND_FAMILY.test(id);
}

/**
 * Mobile frameworks and platforms: evidence of a mobile job (the product's "other role"), not of
 * backend work (the catalogue files most as frameworks) or of infrastructure (iOS, Android).
 */
export const MOBILE_IDS = new Set([
  'alamofire',
  'android',
  'android-architecture-components',
  'bloc',
  'combine-framework',
  'core-data',
  'cordova',
  'dagger',
  'datastore',
  'dotnet-maui',
  'expo',
  'flutter',
  'hilt',
  'ionic-framework',
  'ios',
  'jetpack-compose',
  'jetpack-navigation',
  'jetpack-paging',
  'keychain',
  'koin',
  'kotlin-coroutines',
  'kotlin-flow',
  'kotlin-multiplatform',
  'navigation-compose',
  'react-native',
  'realm',
  'retrofit',
  'room',
  'rxswift',
  'swiftui',
  'the-composable-architecture',
  'uikit',
  'xamarin-forms',
]);

/**
 * Desktop UI frameworks: evidence of a desktop-application job (another role, as mobile is), not
 * of backend work ("a WPF desktop application in C#": the services are what it talks to).
 */
export const DESKTOP_IDS = new Set([
  'avaloniaui',
  'electron',
  'gtk',
  'mvvm-toolkit',
  'qt',
  'qt-widgets',
  'tauri',
  'uwp',
  'winforms',
  'winui',
  'wpf',
  'wxwidgets',
  'xaml',
]);

export function isAppFramework(s: SkillEntry): boolean {
  return APP_FRAMEWORK_IDS.has(s.id) || (s.kind as string) === 'framework';
}

export interface BodySignals {
  /** Distinct cue words per kind, in order of first appearance. */
  words: Record<CueKind, string[]>;
  /** Cue words per kind, those in the employer's text weighted down. */
  counts: Record<CueKind, number>;
  /** Distinct skill names by group (names only in the employer's text are not listed). */
  deploySkills: string[];
  mlSkills: string[];
  dataSkills: string[];
  vizSkills: string[];
  infraSkills: string[];
  backendSkills: string[];
  frontendSkills: string[];
  mobileSkills: string[];
  /** Desktop UI frameworks (DESKTOP_IDS). */
  desktopSkills: string[];
  /** ML skills only the employer's text names ("a computer vision company"). */
  employerMl: string[];
  /** Weighted sizes of the groups that the scores read. */
  deployWeight: number;
  mlWeight: number;
}

/** The groups of readBody's skill lists (GROUP_OF). */
const MOBILE = 1;
const DESKTOP = 2;
const FRONTEND_APP = 3;
const BACKEND_APP = 4;
const DEPLOY = 5;
const ML = 6;
const DATA = 7;
const VIZ = 8;
const INFRA = 9;

/** The group of a catalogue entry, worked out on its first reading: facts of the catalogue, not of a posting. */
const GROUP_OF = new WeakMap<SkillEntry, number>();

function groupOf(s: SkillEntry): number {
  let g = GROUP_OF.get(s);
  if (g !== undefined) return g;
  if (MOBILE_IDS.has(s.id)) g = MOBILE;
  else if (DESKTOP_IDS.has(s.id)) g = DESKTOP;
  else if (isAppFramework(s)) g = isFrontend(s.id) ? FRONTEND_APP : BACKEND_APP;
  else if (s.kind === 'mlops' || s.kind === 'serving') g = DEPLOY;
  else if (
    s.kind === 'ml-framework' ||
    s.kind === 'ml-library' ||
    s.kind === 'ml-concept' ||
    s.kind === 'llm'
  )
    g = ML;
  else if (s.kind === 'data-tool') g = DATA;
  else if (s.kind === 'viz') g = VIZ;
  else if (s.kind === 'infra') g = INFRA;
  else g = 0;
  GROUP_OF.set(s, g);
  return g;
}

/** No words of a kind: one shared empty list (BodySignals are read, never changed). */
const NO_WORDS: string[] = [];

export function readBody(
  text: string,
  cues: readonly Cue[],
  cueCounts: readonly number[],
  skills: readonly RoleSkill[],
  employerCueCounts?: readonly number[],
): BodySignals {
  // Plain loops: this runs once per posting, and Object.fromEntries over pairs cost more than the rest.
  // The distinct words by cue code, a list made only for a kind that has words.
  const byCode: Array<string[] | undefined> = [];
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    // The cue words read where they stand (optional, years, role nouns...) are no role signal.
    if (cue.code <= POSITIONAL_KINDS) continue;
    let list = byCode[cue.code];
    if (list === undefined) {
      list = [];
      byCode[cue.code] = list;
    }
    if (list.length < 6) {
      const w = text.slice(cue.start, cue.end).toLowerCase();
      if (!list.includes(w)) list.push(w);
    }
  }
  const words = {} as Record<CueKind, string[]>;
  const counts = {} as Record<CueKind, number>;
  for (let i = 0; i < CUE_KINDS.length; i++) {
    const k = CUE_KINDS[i] as CueKind;
    words[k] = byCode[i + 1] ?? NO_WORDS;
    counts[k] = (cueCounts[i + 1] ?? 0) - (1 - EMPLOYER_WEIGHT) * (employerCueCounts?.[i + 1] ?? 0);
  }
  const signals: BodySignals = {
    words,
    counts,
    deploySkills: [],
    mlSkills: [],
    dataSkills: [],
    vizSkills: [],
    infraSkills: [],
    backendSkills: [],
    frontendSkills: [],
    mobileSkills: [],
    desktopSkills: [],
    employerMl: [],
    deployWeight: 0,
    mlWeight: 0,
  };
  for (let i = 0; i < skills.length; i++) {
    const { entry: s, weight } = skills[i] as RoleSkill;
    const full = weight >= 1;
    switch (groupOf(s)) {
      case MOBILE:
        if (full) signals.mobileSkills.push(s.name);
        break;
      case DESKTOP:
        if (full) signals.desktopSkills.push(s.name);
        break;
      case FRONTEND_APP:
        if (full) signals.frontendSkills.push(s.name);
        break;
      case BACKEND_APP:
        if (full) signals.backendSkills.push(s.name);
        break;
      case DEPLOY:
        signals.deployWeight += weight;
        if (full) signals.deploySkills.push(s.name);
        else signals.employerMl.push(s.name);
        break;
      case ML:
        signals.mlWeight += weight;
        if (full) signals.mlSkills.push(s.name);
        else signals.employerMl.push(s.name);
        break;
      // Other skills only the employer names say nothing of the job.
      case DATA:
        if (full) signals.dataSkills.push(s.name);
        break;
      case VIZ:
        if (full) signals.vizSkills.push(s.name);
        break;
      case INFRA:
        if (full) signals.infraSkills.push(s.name);
        break;
    }
  }
  return signals;
}

const cap = (n: number, max: number) => Math.min(Math.max(n, 0), max);

/**
 * Body score per role. The ML engineer score needs ML work: its deployment words ("production",
 * "latency", "scalable", which any backend posting uses) count in full only beside ML skills or
 * an ML title, a quarter with none, in between with one or two.
 */
export function bodyScores(b: BodySignals, mlTitle: boolean): Record<RoleId, number> {
  const c = b.counts;
  const ml = b.mlWeight;
  const evidence = mlTitle ? 1 : Math.min(1, 0.25 + 0.25 * (ml + b.deployWeight));
  const mlEngineer = 0.3 * cap(c.deploy, 12) * evidence + 0.6 * cap(b.deployWeight, 6) + 0.3 * cap(ml, 8);
  return {
    'ml-engineer': mlEngineer,
    'data-scientist': 0.35 * cap(c.analyze, 12) + 0.2 * cap(ml, 8) + 0.2 * cap(b.vizSkills.length, 3),
    'research-scientist': 0.45 * cap(c.publish, 10),
    'data-engineer': 0.4 * cap(c.pipeline, 8) + 0.45 * cap(b.dataSkills.length, 6),
    'data-analyst': 0.2 * cap(c.analyze, 12) + 0.6 * cap(b.vizSkills.length, 4),
    'backend-engineer': 0.35 * cap(c.backend, 8) + 0.3 * cap(b.backendSkills.length, 4),
    'frontend-engineer': 0.5 * cap(c.frontend, 8) + 0.3 * cap(b.frontendSkills.length, 4),
    devops: 0.4 * cap(c.ops, 8) + 0.25 * cap(b.infraSkills.length, 6),
    'product-manager': 0.45 * cap(c.product, 8),
    other: 0.3 * cap(b.mobileSkills.length + b.desktopSkills.length, 4),
  };
}

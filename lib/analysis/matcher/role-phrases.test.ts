import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';
import {
  LIST_ROLE_AFTER,
  LIST_ROLE_BEFORE,
  listMayFollow,
  listRoleMayPrecede,
  ROLE_AFTER,
  ROLE_BEFORE,
  ROLE_OF_BEFORE,
  roleMayEnd,
  roleNounMayFollow,
  roleOfMayEnd,
  TEAMS_AFTER,
  teamsMayFollow,
} from './role-phrases';

/** Skill words inside role, team and department names (./role-phrases.ts), with the real catalogue. */
const highlighted = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);

describe('skill words in role names', () => {
  it.each([
    [
      'a tool in the role offered, named elsewhere',
      'We are hiring a Go developer. You write Go and SQL.',
      ['Go', 'SQL'],
    ],
    ['behind a qualifier', 'Join as a Node.js Backend Engineer. You know Node.js.', ['Node.js']],
    // Laravel, named only by the role, stays a skill; PHP, named again, is the role's there.
    ['a chain of names', 'We seek a PHP Laravel Developer. PHP 8 required.', ['Laravel', 'PHP']],
    ['a practice', 'As a DevOps Engineer you own CI/CD and DevOps culture.', ['CI/CD', 'DevOps']],
    ['Scrum Master', 'Work with our Scrum Master. You know Scrum and Kanban.', ['Scrum', 'Kanban']],
    ['a role held, in a list', '3+ years as a DevOps, cloud or platform engineer; Terraform.', ['Terraform']],
    [
      'roles held',
      '4+ years in SRE, DevOps or infrastructure engineering roles; Kubernetes.',
      ['Kubernetes'],
    ],
    ['puestos de', 'Experiencia en puestos de DevOps, SRE o sistemas; Kubernetes.', ['Kubernetes']],
    ['a team noun before, in Polish', 'Szukamy osoby do zespołu Product Analytics. Wymagania: SQL.', ['SQL']],
    ['a team noun before, in French', "Rejoignez l'équipe Computer Vision. Python requis.", ['Python']],
    ['a mission', 'Shape the roadmap of the Personalization mission. You know Python.', ['Python']],
    [
      'teams joined by and',
      'Partner with the Cloud Infrastructure and Security teams on Terraform.',
      ['Terraform'],
    ],
    ['a department', 'You join the ML Platform & Personalization department, using PyTorch.', ['PyTorch']],
    [
      'a competence center',
      'As an ABAP Developer in the SAP Competence Center you extend SAP with ABAP.',
      ['SAP', 'ABAP'],
    ],
    [
      'an owner',
      'The position reports to the ServiceNow Platform Owner. You script ServiceNow in JavaScript.',
      ['ServiceNow', 'JavaScript'],
    ],
    ['a head of', 'You report to our Head of Computer Vision. You know PyTorch.', ['PyTorch']],
    [
      "a consultant's title and two fields",
      'Greetings,\nJo Smith\nPrincipal Consultant – Data & Robotics\nSkills: ROS and C++.',
      ['ROS', 'C++'],
    ],
    [
      'teams joined by e, in Portuguese',
      'O modelo passa para as equipas de Data Engineering e Machine Learning. Requisitos: SQL.',
      ['SQL'],
    ],
    ['a squad in lower case', 'You join the Platform Engineering squad; you write Terraform.', ['Terraform']],
    [
      'a community of practice',
      'You contribute to our DevOps community of practice and write Terraform.',
      ['Terraform'],
    ],
    ['a head of, in Spanish', 'Reportarás al responsable de Machine Learning; Python.', ['Python']],
    ['a team the job works with', 'You work closely with the iOS team and write Kotlin.', ['Kotlin']],
    ['a hyphenated team, in German', 'Du arbeitest mit dem Kotlin-Backend-Team zusammen, mit Vue.', ['Vue']],
    [
      'developers the job writes for, in Dutch',
      'Je schrijft specs voor de ABAP-ontwikkelaars; SAP FI.',
      ['SAP FI'],
    ],
    ['a team the job works with, in Italian', 'Collaborare con il team DevOps; Angular.', ['Angular']],
    ["the candidate's own hyphenated team", 'Du arbeitest im Scrum-Team mit Java.', ['Scrum', 'Java']],
  ])('%s', (_, text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });

  it('keeps a tool that only the role names: the posting asks for it', () => {
    expect(highlighted('We are hiring a Python Developer to build APIs.')).toEqual(['Python']);
    expect(analyzePosting({ text: 'We are hiring a Go developer to build APIs in Go.' }).role.id).toBe(
      'backend-engineer',
    );
  });
});

describe('the quick checks before the role regexes', () => {
  // Text near role phrases: role nouns, qualifiers, joiners, prepositions, names, odd blanks.
  const piece = fc.constantFrom(
    'engineer',
    'Engineers',
    'team',
    'squads',
    'community of practice',
    'Competence Center',
    'center of excellence',
    'CoE',
    'Lead',
    'Masters',
    'back end',
    'front-end',
    'Node.js',
    'C++',
    'data',
    'DevOps',
    'cloud',
    'Go',
    'as a',
    'as an',
    'in',
    'als',
    'in an',
    'roles',
    'puestos',
    'posti',
    'of',
    'de',
    'en',
    'head of',
    'Leiterin',
    'responsable du',
    'jefa de',
    'hoofd',
    'Senior',
    'and',
    'or',
    'oder',
    'y',
    '&',
    ',',
    '/',
    '-',
    '–',
    '—',
    ' ',
    '\u00a0',
    '  ',
    '\t',
    'xin',
    '_in',
    'éin',
    'operations',
    'positions',
  );
  const text = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(''));
  const spaced = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(' '));
  const sticky = (re: RegExp, t: string, pos: number) => {
    re.lastIndex = pos;
    return re.test(t);
  };

  it('never says no where the regex would match', () => {
    fc.assert(
      fc.property(fc.oneof(text, spaced), (t) => {
        for (let pos = 0; pos <= t.length; pos++) {
          const b = t.slice(Math.max(0, pos - 60), pos);
          if (sticky(ROLE_AFTER, t, pos)) expect(roleNounMayFollow(t, pos)).toBe(true);
          if (sticky(TEAMS_AFTER, t, pos)) expect(teamsMayFollow(t, pos)).toBe(true);
          if (sticky(LIST_ROLE_AFTER, t, pos)) expect(listMayFollow(t, pos)).toBe(true);
          if (LIST_ROLE_BEFORE.test(b)) expect(listRoleMayPrecede(t, Math.max(0, pos - 60), pos)).toBe(true);
          if (ROLE_OF_BEFORE.test(b)) expect(roleOfMayEnd(b)).toBe(true);
          if (ROLE_BEFORE.test(b)) expect(roleMayEnd(b)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('says no to most text', () => {
    const t = 'We build data pipelines with Go and Python for our customers, daily.';
    const noes = [...t].filter((_, pos) => !roleNounMayFollow(t, pos) && !listMayFollow(t, pos)).length;
    expect(noes).toBeGreaterThan(t.length / 2);
    expect(roleMayEnd('experience with ')).toBe(false);
    expect(roleOfMayEnd('building the ')).toBe(false);
    expect(listRoleMayPrecede('strong skills in ', 0, 17)).toBe(true);
    expect(listRoleMayPrecede('strong skills with ', 0, 19)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

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
      'a unit of the company a team sits in',
      'The Trust team sits inside Data Science and reports to Machine Learning. You know Python.',
      ['Python'],
    ],
    [
      "a firm's practice, in lower case",
      'You join our Salesforce Consulting practice. You know Salesforce and Apex.',
      ['Salesforce', 'Apex'],
    ],
    [
      'a product area',
      'As a product manager you own the Computer Vision & Tracking area. SQL is a plus.',
      ['SQL'],
    ],
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
      "the employer's developers in a relative clause",
      'Du schreibst Fachkonzepte für Erweiterungen, die unsere ABAP-Entwickler umsetzen. SAP FI ist Pflicht.',
      ['SAP FI'],
    ],
    [
      "the employer's developers in a relative clause, in English",
      'You write specs that our Python developers implement. You know SQL.',
      ['SQL'],
    ],
    [
      "a department's name, in Spanish",
      'Buscamos un analista para el Departamento de Business Intelligence. Requisitos: SQL.',
      ['SQL'],
    ],
    [
      'team names listed after a colon',
      'La Direction Data compte trois pôles : Data Engineering, Data Science et Reporting. Python requis.',
      ['Python'],
    ],
    [
      'team names listed in a bracket',
      'Responsibilities\n- Support three squads (Compute, Networking, Observability) with Python tooling.',
      ['Python'],
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
    [
      'a team the job works with, behind the part it builds, in Italian',
      'Lavorerai insieme al team backend Kotlin; Angular.',
      ['Angular'],
    ],
    ['a team the job works with, in Polish', 'Współpraca z zespołem iOS; Kotlin.', ['Kotlin']],
    [
      'a team that runs something, in English',
      'The GPUs are run by a separate HPC team; Kotlin.',
      ['Kotlin'],
    ],
    [
      'a team that runs something, in Swedish',
      'Klustret driftas av ett separat HPC-team; Kotlin.',
      ['Kotlin'],
    ],
    [
      'teams named after a field, in Brazilian Portuguese',
      'Você entrega dados limpos para times de Machine Learning; SQL.',
      ['SQL'],
    ],
    ["the candidate's own hyphenated team", 'Du arbeitest im Scrum-Team mit Java.', ['Scrum', 'Java']],
    [
      "a practice's hyphenated team of the employer, in Dutch",
      'Je werkt in een van onze Kanban-teams en schrijft Java.',
      ['Java'],
    ],
    [
      "the candidate's own hyphenated team, in Dutch",
      'Je werkt in een Kanban-team met Java.',
      ['Kanban', 'Java'],
    ],
    [
      'the kind of team the job is in',
      'You work in an agile Kanban team and write Java.',
      ['Kanban', 'Java'],
    ],
    ["a practice's team of the employer", 'Our Kanban team plans the releases; you write Java.', ['Java']],
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

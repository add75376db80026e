import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

const found = (text: string) => analyzePosting({ text }).mentions.map((m) => `${m.text}=${m.skill}`);

describe('names with a case ending glued on (Finnish, Czech, Slovak, Polish, Estonian)', () => {
  it('reads the name without the ending and highlights the name only', () => {
    expect(found('- Kokemus Dockerista ja Kubernetesista sekä CI-putkista GitLabissa')).toEqual([
      'Docker=docker',
      'Kubernetes=kubernetes',
      'CI=ci',
      'GitLab=gitlab',
    ]);
    expect(found('- Skriptování v Pythonu nebo PowerShellu, správa Linuxu')).toEqual([
      'Python=python',
      'PowerShell=powershell',
      'Linux=linux',
    ]);
    expect(found('- Dobra znajomość Excela i doświadczenie z Gitem')).toEqual(['Excel=excel', 'Git=git']);
  });

  it('reads a Polish or Czech ending that replaced the final "a" of a name, and highlights the word', () => {
    expect(found('- Wykresy w Grafanie i logi w Kibanie')).toEqual(['Grafanie=grafana', 'Kibanie=kibana']);
    expect(found('- Znajomość Grafany oraz praca z Grafaną')).toEqual(['Grafany=grafana', 'Grafaną=grafana']);
    // Never for a name with an ambiguity rule: a first name declines the same way.
    expect(found('Z Julią i Gitem')).toEqual(['Git=git']);
  });

  it('reads a Polish or Czech locative that softened the consonant before the final "a"', () => {
    expect(found('- analiza błędów i zgłaszanie ich w Jirze')).toEqual(['Jirze=jira']);
    expect(found('- evidence úkolů v Jiře a verze v Gitu')).toEqual(['Jiře=jira', 'Git=git']);
    // English words ending as a softened locative are no names: Office is no "Offika".
    expect(found('- Office, Space, Price and Python')).toEqual(['Python=python']);
    // Never for a name with an ambiguity rule: Cassandra is also a first name,
    expect(found('Rozmowa o Cassandrze.')).toEqual([]);
    // and Kafka a writer.
    expect(found('Czytamy o Kafce i Gicie.')).toEqual([]);
  });

  it('leaves words that only look like a name and an ending', () => {
    // Acronyms are not written in title case with an ending glued on; concepts are no names.
    expect(found('Rosa and Rosie from HR will call you about the Python role.')).toEqual(['Python=python']);
    expect(found('Bleach-free office, Python shop.')).toEqual(['Python=python']);
    // A short name with an ambiguity rule and an ending make a first name: Perl, Gin.
    expect(found('Perla and Gina will call you about the Python role.')).toEqual(['Python=python']);
    // German nouns: "Modelle" is not Mode plus an ending.
    expect(found('Du trainierst Modelle in Python.')).toEqual(['Python=python']);
  });
});

describe('names with their major version glued on', () => {
  it('reads the name without the digits and highlights the name only', () => {
    expect(found('- Backend in PHP8 and Node20, frontend in React18')).toEqual([
      'PHP=php',
      'Node=nodejs',
      'React=react',
    ]);
  });

  it('leaves words whose stem is no name, and concepts', () => {
    expect(found('- COVID19 dashboards for Level5 teams in Python')).toEqual([
      'dashboards=data-visualization',
      'Python=python',
    ]);
  });
});

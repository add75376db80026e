import { describe, expect, it } from 'vitest';
import { TEST_MATCHER } from '../../../tests/support/matcher';
import { analyzePostingWith } from '../index';

const req = (text: string) => analyzePostingWith({ text }, TEST_MATCHER).requirements;

describe('years of experience', () => {
  it.each([
    ['5+ years of experience with Python', { min: 5 }],
    ['3-5 years of experience in ML', { min: 3, max: 5 }],
    ['3 to 5 years of professional experience', { min: 3, max: 5 }],
    ['At least two years of experience', { min: 2 }],
    ['A minimum of 4 years in software engineering', { min: 4 }],
    ['5 years or more of industry experience', { min: 5 }],
    ['3+ Jahre Berufserfahrung', { min: 3 }],
    ['Seven years of experience building ML systems', { min: 7 }],
    ['5 ans d’expérience', { min: 5 }],
    ['3 años de experiencia', { min: 3 }],
  ])('%s', (text, years) => expect(req(text).years).toEqual(years));

  it('ignores figures that are not about experience', () => {
    expect(req('The company was founded 10 years ago.').years).toBeNull();
    expect(req('Ten years of history in retail.').years).toBeNull();
    expect(req('No figures here.').years).toBeNull();
  });

  it('prefers a requirements section over the rest of the posting', () => {
    const text =
      'About us\nOur founders have 20 years of experience in retail.\n\nRequirements\n- 3+ years of experience with Python';
    expect(req(text).years).toEqual({ min: 3 });
  });

  it('takes the first figure (the overall one), and a preferred one only when nothing else is asked', () => {
    expect(req('Requirements\n- 5+ years of software experience\n- 2+ years of ML experience').years).toEqual(
      { min: 5 },
    );
    expect(
      req('Requirements\n- 3+ years of experience\nNice to have\n- 1 year of experience with Go').years,
    ).toEqual({
      min: 3,
    });
    expect(req('Nice to have\n- 1 year of experience with Go').years).toEqual({ min: 1 });
  });

  it('reads a requirements figure after others, else the first general one before a preferred one', () => {
    const duties = 'What you will do\n- Work with 2 years of experience in mind';
    const preferred = 'Nice to have\n- 4 years of experience with Go';
    const required = 'Requirements\n- 6+ years of experience with Python';
    expect(req(`${preferred}\n${duties}\n${required}`).years).toEqual({ min: 6 });
    expect(req(`${preferred}\n${duties}`).years).toEqual({ min: 2 });
    expect(req(`${preferred}\nNice to have\n- 1 year of experience with Rust`).years).toEqual({ min: 4 });
  });
});

describe('degree', () => {
  it.each([
    ["Bachelor's degree in Computer Science", 'bachelor'],
    ['BS/MS or PhD in CS or a related field', 'bachelor'],
    ['B.S. in Engineering', 'bachelor'],
    ['BSc in Mathematics', 'bachelor'],
    ["Master's in Statistics", 'master'],
    ['MS or PhD in a quantitative field', 'master'],
    ['M.Sc. in Physics', 'master'],
    ['PhD in machine learning', 'phd'],
    ['Ph.D. required', 'phd'],
    ['A doctorate in CS', 'phd'],
    ['Advanced degree in ML', 'master'],
  ])('%s → %s', (text, degree) => expect(req(text).degree).toBe(degree));

  it('ignores look-alikes', () => {
    expect(req('Skilled in MS Excel and Scrum Master duties.').degree).toBeNull();
    expect(req('p99 latency under 100 ms.').degree).toBeNull();
    expect(req('A high degree of ownership.').degree).toBeNull();
  });
});

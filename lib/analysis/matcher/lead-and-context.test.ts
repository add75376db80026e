import { describe, expect, it } from 'vitest';
import { ids } from '../../../tests/support/matcher';

/**
 * Two narrow kinds of evidence for words that are also names (rules.ts: leadsBullet,
 * contextBefore/contextAfter). Each has traps that must stay unhighlighted.
 */

describe('a language name opening a skills bullet', () => {
  it.each([
    ['Preferred\n- Swift, for the iOS SDK', 'swift'],
    ['Nice to have\n- R or Stan', 'r'],
    ['Nice to have\n1. R or Stan\n2. Travel experience', 'r'],
    ['Requirements\n- Julia for numerical work', 'julia'],
    ['Requirements\n- C for firmware and drivers', 'c'],
    ['Requirements\n- Go experience in production', 'go'],
    ['What you will bring\n• Swift, ideally 5.9', 'swift'],
    ['Bonus points\n* Three.js\n* Some Go', 'go'],
    ['Wünschenswert\n- Etwas Go', 'go'],
    ['Atouts\n- Un peu de Swift.', 'swift'],
  ])('%j is the skill', (text, id) => expect(ids(text)).toContain(id));

  it.each([
    ['Preferred\n- Swift onboarding for new hires', 'swift'],
    ['Nice to have\n- Tickets to see Taylor Swift, for the team', 'swift'],
    ['Requirements\n- Swift Taylor, for reference', 'swift'],
    ['Requirements\n- Julia, our recruiter, will call you', 'julia'],
    ['Requirements\n- Julia or Sam will mentor you', 'julia'],
    ['Requirements\n- Go for it', 'go'],
    ['Requirements\n- C or B grade in maths', 'c'],
    ['Requirements\n- R and D budget ownership', 'r'],
    ['About us\n- Swift, for the iOS SDK', 'swift'],
    ['Swift, for the iOS SDK', 'swift'],
    ['Benefits\n- R or Stan', 'r'],
    ['Nice to have\n- Some Go to market experience', 'go'],
    ['Nice to have\n- Some Swift onboarding', 'swift'],
    ['Benefits\n- Some Go', 'go'],
  ])('%j is not', (text, id) => expect(ids(text)).not.toContain(id));
});

describe('Ray after a compute phrase, with a plain skill in the sentence', () => {
  it.each([
    'Train models in Python and scale hyperparameter search with Ray.',
    'Distributed training with Ray across GPUs, in Python.',
    'Run Python batch jobs on Ray, clusters included.',
  ])('%j names Ray the framework', (text) => expect(ids(text)).toContain('ray'));

  it.each([
    'Distributed training with Ray Smith, our Python lead.',
    'You will get onboarding training with Ray, our Python lead.',
    'Python mentoring with Ray.',
    'Model training with Ray will start Monday; bring Python.',
    'Hyperparameter search with Ray.',
    'Distributed training with Ray. Python is our language.',
  ])('%j does not', (text) => expect(ids(text)).not.toContain('ray'));
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHER } from '../matcher/match';
import { scan } from '../matcher/scan';
import { notMlStatement as readStatement } from './not-ml';

/** As the engine calls it: with the cue words the scan found. */
const notMlStatement = (text: string) => readStatement(text, scan(DEFAULT_MATCHER, text).cues);

describe('notMlStatement', () => {
  it.each([
    ['Heads-up: this is NOT an ML role; the models belong to another team.', 'NOT an ML role', true],
    [
      'It is not a machine learning engineering position.',
      'not a machine learning engineering position',
      true,
    ],
    ['Achtung: keine KI-Stelle, sondern klassisches Backend.', 'keine KI-Stelle', true],
    ["Précision : il ne s'agit pas d'un poste d'IA.", "pas d'un poste d'IA", true],
    ['Você não vai treinar modelos; vai integrar APIs.', 'não vai treinar modelos', false],
    ["You won't be designing AI models here.", "won't be designing AI models", false],
    ['Du wirst keine Modelle trainieren.', 'keine Modelle', false],
    ['Nota: questo non è un ruolo di IA.', 'non è un ruolo di IA', true],
  ])('reads %s', (text, words, strong) => {
    expect(notMlStatement(text)).toEqual({ words, strong });
  });

  it.each([
    'This is not a research role: you will ship models to production.',
    "You won't be training models from scratch; you'll fine-tune them.",
    'Not only ML: you will also own the data pipelines.',
    'No ML experience? No problem, we will teach you.',
    'This is not a data science role: you will productionise what the scientists build.',
    'This is not a GenAI role; we do classical ranking.',
    "You won't be building models in notebooks: you will ship them.",
    'Not a typical ML role: you will own the models end to end.',
    "We don't ship models without a review.",
    'The Don team builds ML models; we won awards for them.',
  ])('reads no statement in %s', (text) => {
    expect(notMlStatement(text)).toBeNull();
  });

  it('finds a statement far into a long page', () => {
    const filler = 'We do not ship on Fridays and no meeting lasts more than an hour. '.repeat(2000);
    expect(notMlStatement(`${filler}Note that this is not an AI role.`)?.words).toBe('not an AI role');
  });
});

import { expect, test } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_HINTS,
  CATEGORY_LABELS,
  inSentence,
  ROLE_IDS,
  ROLE_LABELS,
  SIDE_LABELS,
  SIDES,
} from './types';

test('every role, category and side has its label, and only those', () => {
  expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLE_IDS].sort());
  expect(Object.keys(CATEGORY_LABELS).sort()).toEqual([...CATEGORIES].sort());
  expect(Object.keys(CATEGORY_HINTS).sort()).toEqual([...CATEGORIES].sort());
  expect(Object.keys(SIDE_LABELS).sort()).toEqual([...SIDES].sort());
});

test('inSentence lower-cases a plain first word, keeps acronyms and names', () => {
  expect(inSentence(ROLE_LABELS['data-scientist'])).toBe('data scientist');
  expect(inSentence(ROLE_LABELS.other)).toBe('other role');
  expect(inSentence(ROLE_LABELS['ml-engineer'])).toBe('ML engineer');
  expect(inSentence(ROLE_LABELS.devops)).toBe('DevOps / SRE');
  expect(inSentence('')).toBe('');
});

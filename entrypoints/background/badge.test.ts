import { describe, expect, test } from 'vitest';
import type { FitResult } from '../../lib/fit/types';
import type { TabView } from '../../lib/messages/protocol';
import { report } from '../../tests/support/background';
import { BAND_BADGE_COLOUR, badgeFor } from './badge';

const fitOf = (score: number, band: FitResult['band']) => ({ score, band }) as FitResult;
const view = (over: Partial<TabView>): TabView => ({
  report: report(),
  fit: fitOf(72, 'strong'),
  held: {},
  profile: 'ready',
  showAnyway: false,
  ...over,
});

describe('badgeFor', () => {
  test('score, band colour and a tooltip that names the band', () => {
    expect(badgeFor(view({}))).toEqual({
      text: '72',
      colour: BAND_BADGE_COLOUR.strong,
      title: 'ML Fit: 72 — strong fit',
    });
    expect(badgeFor(view({ fit: fitOf(50, 'partial') })).title).toBe('ML Fit: 50 — partial fit');
    expect(badgeFor(view({ fit: fitOf(10, 'stretch') })).colour).toBe(BAND_BADGE_COLOUR.stretch);
  });

  test('empty for other postings unless asked, for other pages, and without a fit', () => {
    const other = report({ isMlEngineer: false });
    expect(badgeFor(view({ report: other })).text).toBe('');
    expect(badgeFor(view({ report: other, showAnyway: true })).text).toBe('72');
    expect(badgeFor(view({ report: { ...other, onRequest: true } })).text).toBe('72');
    expect(badgeFor(view({ report: null })).text).toBe('');
    expect(badgeFor(view({ fit: null, profile: 'empty' })).text).toBe('');
  });

  test('the three band colours differ', () => {
    expect(new Set(Object.values(BAND_BADGE_COLOUR)).size).toBe(3);
  });
});

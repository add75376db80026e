// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { HoverCard, type HoverInfo } from './HoverCard';

afterEach(cleanup);

const base: HoverInfo = {
  name: 'PyTorch',
  category: 'core',
  side: 'ml',
  listedAs: 'required',
  level: null,
  rect: { left: 10, top: 10, bottom: 30 },
};
const line = (info: HoverInfo) =>
  render(<HoverCard info={info} />).container.querySelector('[class^="mf-card-"]:nth-child(3)');

describe('HoverCard: what the profile says about the skill', () => {
  test('held, transferable from a relative, missing, or not checked', () => {
    expect(line({ ...base, level: 'expert' })?.textContent).toBe('✓ In your profile (expert)');
    cleanup();
    const via = line({ ...base, via: { name: 'TensorFlow', level: 'working' } });
    expect(via?.textContent).toBe('≈ Transferable from TensorFlow (working)');
    expect(via?.className).toBe('mf-card-transfer');
    cleanup();
    expect(line(base)?.textContent).toBe('Not in your profile');
    cleanup();
    expect(line({ ...base, level: undefined })?.textContent).toBe('Profile not checked');
  });
});

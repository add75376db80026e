// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SkillSummary } from '../../lib/analysis/types';
import type { ChipModel } from '../../lib/content/ui';
import { computeFit } from '../../lib/fit';
import { emptyProfile } from '../../lib/profile/schema';
import { SAMPLE_SKILLS } from '../../tests/support/fit';
import { toDom } from './dom';

/**
 * The content script draws the chip's panel and the hover card with toDom from the same
 * components the popup renders with Preact, and builds their nodes with its own JSX factory
 * (./jsx-runtime.ts, swapped in by wxt.config.ts). Both must give Preact's DOM, node for node.
 */

const skills: SkillSummary[] = [
  ...SAMPLE_SKILLS,
  { id: 'mlflow', name: 'MLflow', category: 'core', side: 'ml', count: 1, listedAs: 'unspecified' },
];
const profile = {
  ...emptyProfile(),
  background: 'backend-engineer' as const,
  years: 2,
  skills: [
    { skill: 'python', level: 'expert' as const },
    { skill: 'sql', level: 'working' as const },
    { skill: 'tensorflow', level: 'expert' as const },
  ],
};
const fit = computeFit(skills, { years: { min: 3, max: 5 }, degree: null }, profile);
const role = { id: 'ml-engineer' as const, confidence: 0.9, reasons: [] };
const view = (over: Partial<NonNullable<ChipModel['view']>>): NonNullable<ChipModel['view']> => ({
  report: null,
  fit,
  held: {},
  profile: 'ready',
  showAnyway: false,
  ...over,
});
const MODELS: Record<string, ChipModel> = {
  'a fit with a transferable skill': { role, isMlEngineer: true, skills, view: view({}) },
  'a cut posting': {
    role,
    isMlEngineer: true,
    skills,
    view: view({ report: { truncated: true } as NonNullable<ChipModel['view']>['report'] }),
  },
  'no profile yet': { role, isMlEngineer: true, skills, view: view({ fit: null, profile: 'empty' }) },
  'an unreadable profile': {
    role: { ...role, id: 'data-scientist' },
    isMlEngineer: false,
    skills: [],
    view: view({ fit: null, profile: 'unavailable' }),
  },
  'no answer yet': { role, isMlEngineer: true, skills, view: null },
};
const CARDS = {
  held: { level: 'expert' as const },
  transferable: { level: null, via: { name: 'TensorFlow', level: 'working' as const } },
  missing: { level: null },
  'not checked': { level: undefined },
};
const card = (over: (typeof CARDS)[keyof typeof CARDS]) => ({
  name: 'PyTorch',
  category: 'core' as const,
  side: 'ml' as const,
  listedAs: 'required' as const,
  rect: { left: 10, top: 500, bottom: 520 },
  ...over,
});

/** What Preact renders for the views, and what toDom builds, each from a fresh module graph. */
async function views(runtime: 'preact' | 'content') {
  vi.resetModules();
  if (runtime === 'content') vi.doMock('preact/jsx-runtime', () => import('./jsx-runtime'));
  else vi.doUnmock('preact/jsx-runtime');
  const { ChipFace, ChipPanel } = await import('./Chip');
  const { HoverCard } = await import('./HoverCard');
  const draw = (node: unknown) => {
    const box = document.createElement('div');
    if (runtime === 'preact') render(node as never, box);
    else box.append(toDom(document, node as never));
    return box.innerHTML;
  };
  const out: Record<string, string> = {};
  for (const [name, model] of Object.entries(MODELS)) {
    out[`panel: ${name}`] = draw(ChipPanel({ model, onClose: () => {} }));
    out[`face: ${name}`] = draw(ChipFace({ model }));
  }
  for (const [name, over] of Object.entries(CARDS))
    out[`card: ${name}`] = draw(HoverCard({ info: card(over) }));
  return out;
}

afterEach(() => {
  vi.doUnmock('preact/jsx-runtime');
  vi.resetModules();
});

describe('the content script draws what Preact draws', () => {
  test('chip face, panel (the shared FitExplanation) and hover card, in every state', async () => {
    const preact = await views('preact');
    const content = await views('content');
    expect(Object.keys(content)).toEqual(Object.keys(preact));
    for (const key of Object.keys(preact)) expect(content[key], key).toBe(preact[key]);
    // The cases draw what they say: a transferable row, the cut note, the fallback lists.
    expect(preact['panel: a fit with a transferable skill']).toContain('transferable from TensorFlow');
    expect(preact['panel: a cut posting']).toContain('mf-note');
    expect(preact['panel: no answer yet']).toContain('mf-summary-label');
    expect(preact['card: held']).toContain('style="top: ');
  });

  test('attributes as Preact sets them: false drops one, except aria-*; styles; no handlers or keys', () => {
    const tree = (
      <div class="a" key="k" data-n={3} title={undefined} hidden={false}>
        <button
          type="button"
          aria-expanded={false}
          style={{ marginLeft: '2px', top: '1px' }}
          onClick={() => {}}
        >
          {0}
          {false}
          {null}
          {['x', 1]}
        </button>
      </div>
    );
    const preact = document.createElement('div');
    render(tree, preact);
    const ours = document.createElement('div');
    ours.append(toDom(document, tree));
    expect(ours.innerHTML).toBe(preact.innerHTML);
    expect(ours.innerHTML).toContain('aria-expanded="false"');
  });

  test('text is never parsed as markup; raw HTML is refused', () => {
    const box = document.createElement('div');
    box.append(toDom(document, <p title={'"><b>x'}>{'<img src=x onerror=alert(1)>'}</p>));
    expect(box.querySelector('img, b')).toBeNull();
    expect(box.textContent).toBe('<img src=x onerror=alert(1)>');
    // biome-ignore lint/security/noDangerouslySetInnerHtml: checks that it is refused
    expect(() => toDom(document, <div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />)).toThrow();
  });
});

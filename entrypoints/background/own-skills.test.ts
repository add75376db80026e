import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDb } from '../../app/storage/db';
import { saveProfile } from '../../app/storage/profile';
import { recordPosting } from '../../lib/history/record';
import type { AnalyzeReply, PostingReport, TabView } from '../../lib/messages/protocol';
import { emptyProfile, type Profile } from '../../lib/profile/schema';
import { analyzeMessage, contentSender, ML_TEXT, pageSender } from '../../tests/support/background';
import { freshDb } from '../../tests/support/db';
import { routeMessage } from './router';

const MACROS = {
  id: 'own:rust-macros',
  name: 'Rust macros',
  aliases: ['proc macros'],
  category: 'core',
  side: 'engineering',
  level: 'expert',
} as const;
const profile: Profile = {
  ...emptyProfile(),
  skills: [{ skill: 'python', level: 'expert' }],
  ownSkills: [{ ...MACROS, aliases: [...MACROS.aliases] }],
};
const TEXT = ML_TEXT.replace('• SQL for analysing data', '• SQL for analysing data\n• proc macros');

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
});
afterEach(() => resetDb());

describe('own skills in a tab', () => {
  test('are found and counted, but their mentions never go to the page’s content script', async () => {
    await saveProfile(profile);
    const reply = (await routeMessage(analyzeMessage({}, TEXT), contentSender(7))) as AnalyzeReply;
    expect(reply.mentions.map((m) => m.skill)).toContain('python');
    expect(reply.mentions.some((m) => m.own || m.skill.startsWith('own:'))).toBe(false);
    expect(reply.view.report?.skills.find((s) => s.id === MACROS.id)).toMatchObject({
      name: 'Rust macros',
      category: 'core',
    });
    expect(reply.view.held[MACROS.id]).toBe('expert');
    expect(reply.view.fit?.matched.map((m) => m.skill)).toContain(MACROS.id);
    // The history row made from this report keeps the own skill with its category and side.
    const row = recordPosting(reply.view.report as PostingReport, reply.view.fit, 1);
    expect(row.skills.split(' ')).toContain('own:rust-macros:cer1');
  });

  test('an own skill removed from the profile leaves the tab’s report instead of showing as missing', async () => {
    await saveProfile(profile);
    await routeMessage(analyzeMessage({}, TEXT), contentSender(4));
    await saveProfile({ ...profile, ownSkills: [] });
    const view = (await routeMessage({ type: 'get-tab', tabId: 4 }, pageSender())) as TabView;
    expect(view.report?.skills.map((s) => s.id)).not.toContain(MACROS.id);
    expect(view.fit?.missing.map((m) => m.skill)).not.toContain(MACROS.id);
    expect(view.report?.skills.map((s) => s.id)).toContain('python');
  });
});

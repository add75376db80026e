import { sendFromPage } from '../../app/messaging/page';
import type { SkillSummary } from '../../lib/analysis/types';

/**
 * The catalogue skills the engine finds in a résumé. The background reads it: the engine ships
 * once, in the background, not again in this page. Nothing leaves the browser.
 */
export async function skillsInText(text: string): Promise<SkillSummary[]> {
  return (await sendFromPage({ type: 'skills-in-text', text })).skills;
}

import { useId, useState } from 'preact/hooks';
import type { SkillSummary } from '../../lib/analysis/types';
import { formatBytes } from '../../lib/profile/export-format';
import { CATEGORY_LABELS, LEVEL_LABELS } from '../../lib/profile/labels';
import { LEVELS, type Level } from '../../lib/profile/schema';

/**
 * Finds skills in pasted résumé text (or a .txt / .md file) with the same engine that reads
 * postings, in this page: nothing is sent anywhere. The user picks which to add and at
 * which level; the engine cannot know a level.
 */

export const MAX_RESUME_BYTES = 256 * 1024;

type Proposal = { skill: SkillSummary; ticked: boolean; level: Level };

export function ResumeSkills(props: {
  analyze(text: string): SkillSummary[];
  held: ReadonlySet<string>;
  onAdd(skills: Array<{ id: string; level: Level }>): void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [already, setAlready] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);

  async function onFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    setError(null);
    if (!file) return;
    if (file.size > MAX_RESUME_BYTES) {
      return setError(
        `${file.name} is ${formatBytes(file.size)}; a résumé file is at most ${formatBytes(MAX_RESUME_BYTES)}.`,
      );
    }
    try {
      setText(await file.text());
    } catch {
      setError(`${file.name} could not be read.`);
    }
  }

  function find() {
    setAdded(null);
    setError(null);
    if (!text.trim()) return setError('Paste your résumé text or choose a file first.');
    const found = props.analyze(text);
    setAlready(found.filter((s) => props.held.has(s.id)).map((s) => s.name));
    setProposals(
      found.filter((s) => !props.held.has(s.id)).map((skill) => ({ skill, ticked: true, level: 'working' })),
    );
  }

  function change(index: number, patch: Partial<Proposal>) {
    setProposals((list) => list?.map((p, i) => (i === index ? { ...p, ...patch } : p)) ?? null);
  }

  function add() {
    const chosen = (proposals ?? []).filter((p) => p.ticked);
    props.onAdd(chosen.map((p) => ({ id: p.skill.id, level: p.level })));
    setAdded(`Added ${chosen.length} skill${chosen.length === 1 ? '' : 's'} to your profile.`);
    setProposals(null);
    setAlready([]);
  }

  const ticked = proposals?.filter((p) => p.ticked).length ?? 0;
  return (
    <div class="resume">
      <label for={`${id}-text`}>Résumé text</label>
      <textarea
        id={`${id}-text`}
        rows={6}
        value={text}
        placeholder="Paste your résumé or a list of what you have worked with"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="actions">
        <label class="file-button">
          <span>Or choose a .txt / .md file…</span>
          <input
            type="file"
            accept=".txt,.md,.markdown,text/plain,text/markdown"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
        <button type="button" class="primary" onClick={find}>
          Find skills
        </button>
      </div>
      <p class="hint">Read in this page only; the text is neither stored nor sent anywhere.</p>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {added && (
        <p class="notice notice--ok" role="status">
          {added}
        </p>
      )}
      {proposals && (
        <fieldset class="proposals">
          <legend>
            {proposals.length
              ? `Skills found (${proposals.length}): tick the ones to add and set your level`
              : 'No new skills found in this text.'}
          </legend>
          {already.length > 0 && <p class="hint">Already in your profile: {already.join(', ')}.</p>}
          <ul class="skill-list">
            {proposals.map((p, i) => (
              <li key={p.skill.id} class="skill-row">
                <label class="skill-row__name">
                  <input
                    type="checkbox"
                    checked={p.ticked}
                    onChange={(e) => change(i, { ticked: e.currentTarget.checked })}
                  />
                  {p.skill.name}
                  <span class={`cat-tag cat-tag--${p.skill.category}`}>
                    {CATEGORY_LABELS[p.skill.category]}
                  </span>
                </label>
                <select
                  aria-label={`Level of ${p.skill.name}`}
                  value={p.level}
                  disabled={!p.ticked}
                  onChange={(e) => change(i, { level: e.currentTarget.value as Level })}
                >
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {LEVEL_LABELS[l]}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="primary" disabled={ticked === 0} onClick={add}>
              Add {ticked} skill{ticked === 1 ? '' : 's'}
            </button>
            <button type="button" onClick={() => setProposals(null)}>
              Cancel
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}

import { useId, useState } from 'preact/hooks';
import { CATEGORY_LABELS, type SkillSummary } from '../../lib/analysis/types';
import { MAX_RESUME_CHARS } from '../../lib/messages/limits';
import { LEVEL_LABELS, LEVELS, type Level } from '../../lib/profile/levels';
import { cleanResumeText } from '../../lib/profile/skill-text';
import { type ResumeRead, readResume } from '../../lib/resume/read-resume';
import { browserReaders } from './resume-readers';

/**
 * Finds skills in a résumé (pasted, or a PDF, Word, .txt or .md file chosen or dropped here)
 * with the same engine that reads postings, run by the extension's background: nothing leaves
 * the browser. The user picks which to add and at which level; the engine cannot know a level.
 */

type Proposal = { skill: SkillSummary; ticked: boolean; level: Level };

const ACCEPT =
  '.pdf,.docx,.txt,.md,.markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

export function ResumeSkills(props: {
  analyze(text: string): Promise<SkillSummary[]>;
  held: ReadonlySet<string>;
  onAdd(skills: Array<{ id: string; level: Level }>): void;
  /** Reads a chosen or dropped file; tests pass their own. */
  readFile?: (file: File) => Promise<ResumeRead>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [already, setAlready] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [cutNote, setCutNote] = useState<string | null>(null);
  const readFile = props.readFile ?? ((file: File) => readResume(file, browserReaders));

  async function onFile(file: File | undefined) {
    setError(null);
    setAdded(null);
    setCutNote(null);
    if (!file) return;
    setReading(`Reading ${file.name}…`);
    let read: ResumeRead;
    try {
      read = await readFile(file);
    } catch {
      read = { ok: false, message: `${file.name} could not be read. Your profile is unchanged.` };
    }
    setReading(null);
    if (!read.ok) return setError(read.message);
    setText(read.text);
    if (read.cut) setCutNote(`Only the beginning of ${file.name} was read: it is longer than a résumé.`);
    await find(read.text, true);
  }

  async function find(source = text, fromFile = false) {
    setAdded(null);
    setError(null);
    if (!fromFile) setCutNote(null);
    if (!source.trim()) return setError('Paste your résumé text or choose a file first.');
    let clean = cleanResumeText(source);
    if (clean.length > MAX_RESUME_CHARS) {
      clean = clean.slice(0, MAX_RESUME_CHARS);
      setCutNote('Only the beginning of the text was read: it is longer than a résumé.');
    }
    setReading('Finding skills…');
    let found: SkillSummary[];
    try {
      found = await props.analyze(clean);
    } catch {
      setProposals(null);
      return setError('The skills could not be read just now; try again. Your profile is unchanged.');
    } finally {
      setReading(null);
    }
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
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; the file input inside is the keyboard path.
    <div
      class={`resume${dragging ? ' resume--drop' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        if (!e.dataTransfer?.files.length) return;
        e.preventDefault();
        setDragging(false);
        void onFile(e.dataTransfer.files[0]);
      }}
    >
      <label for={`${id}-text`}>Résumé text</label>
      <textarea
        id={`${id}-text`}
        rows={6}
        value={text}
        placeholder="Paste your résumé, or drop a PDF, Word or text file here"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="actions">
        <label class="file-button">
          <span>Or choose a file (PDF, Word, .txt, .md)…</span>
          <input
            type="file"
            accept={ACCEPT}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              void onFile(file);
            }}
          />
        </label>
        <button type="button" class="primary" onClick={() => void find()}>
          Find skills
        </button>
      </div>
      <p class="hint">
        Read by the extension on this computer; neither the file nor its text is stored or leaves the browser.
      </p>
      {reading && (
        <p class="hint" role="status">
          {reading}
        </p>
      )}
      {cutNote && <p class="hint">{cutNote}</p>}
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

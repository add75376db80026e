import { useEffect, useRef, useState } from 'preact/hooks';
import { LEVEL_LABELS, LEVELS, type Level } from '../../lib/profile/levels';
import './controls.css';

/** "Add to profile" for one missing skill: a real button that opens a level choice. */
export function AddSkill(props: {
  skill: string;
  name: string;
  onAdd: (skill: string, level: Level) => unknown;
}) {
  const [open, setOpen] = useState(false);
  const [level, setLevel] = useState<Level>('working');
  const [busy, setBusy] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (open) select.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button
        type="button"
        class="mf-link-button"
        onClick={() => setOpen(true)}
        aria-label={`Add ${props.name} to profile`}
      >
        Add
      </button>
    );
  }
  const id = `mf-level-${props.skill}`;
  return (
    <form
      class="mf-add"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          await props.onAdd(props.skill, level);
        } finally {
          setBusy(false);
          setOpen(false);
        }
      }}
    >
      <label class="mf-visually-hidden" for={id}>
        Your level in {props.name}
      </label>
      <select
        id={id}
        ref={select}
        value={level}
        onChange={(e) => setLevel(e.currentTarget.value as Level)}
        disabled={busy}
      >
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {LEVEL_LABELS[l]}
          </option>
        ))}
      </select>
      <button type="submit" class="mf-small-button" disabled={busy}>
        Save
      </button>
      <button type="button" class="mf-link-button" onClick={() => setOpen(false)} disabled={busy}>
        Cancel
      </button>
    </form>
  );
}

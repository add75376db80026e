import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORY_LABELS, SIDE_LABELS } from '../../lib/analysis/types';
import { LEVEL_LABELS, LEVELS, type Level } from '../../lib/profile/levels';
import { namesSkill, type SkillSuggestion, searchSkills } from '../../lib/profile/skill-search';

/**
 * Type-ahead over catalogue names and aliases (ARIA 1.2 combobox with a listbox popup).
 * Arrows move, Enter adds, Escape closes (then clears). Text that names no catalogue skill
 * can still be added as the user's own free-text skill: the last option offers it.
 */

export interface SkillPickerProps {
  /** Catalogue ids already in the profile: not suggested again. */
  held: ReadonlySet<string>;
  onAddSkill(id: string, level: Level): void;
  onAddFreeText(text: string, level: Level): void;
  search?: typeof searchSkills;
}

type Option = { kind: 'skill'; suggestion: SkillSuggestion } | { kind: 'free-text'; text: string };

export function SkillPicker({ held, onAddSkill, onAddFreeText, search = searchSkills }: SkillPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [level, setLevel] = useState<Level>('working');
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const options = useMemo<Option[]>(() => {
    const trimmed = text.trim();
    if (!trimmed) return [];
    const found: Option[] = search(trimmed, { exclude: held }).map((suggestion) => ({
      kind: 'skill',
      suggestion,
    }));
    const exact = found.some((o) => o.kind === 'skill' && namesSkill(o.suggestion.skill, trimmed));
    if (!exact) found.push({ kind: 'free-text', text: trimmed });
    return found;
  }, [text, held, search]);

  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  // Keep the highlighted option visible in a scrolled list.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  function choose(option: Option) {
    if (option.kind === 'skill') {
      onAddSkill(option.suggestion.skill.id, level);
      setAnnouncement(`Added ${option.suggestion.skill.name}, ${LEVEL_LABELS[level].toLowerCase()}.`);
    } else {
      onAddFreeText(option.text, level);
      setAnnouncement(`Added ${option.text} as your own skill.`);
    }
    setText('');
    setOpen(false);
    setActive(-1);
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!options.length) return;
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(
        (current) => (current + step + options.length + (current < 0 && step < 0 ? 1 : 0)) % options.length,
      );
    } else if (event.key === 'Enter') {
      if (!options.length) return;
      event.preventDefault();
      // Without a highlighted option, Enter adds only an unambiguous choice: the skill the text
      // names exactly, or the text itself when nothing matches; otherwise it opens the list.
      const first = options[0];
      const option =
        options[active] ??
        (first && (first.kind === 'free-text' || namesSkill(first.suggestion.skill, text.trim()))
          ? first
          : null);
      if (option) choose(option);
      else {
        setOpen(true);
        setActive(0);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    }
  }

  return (
    <div class="skill-picker">
      <div class="skill-picker__row">
        <label class="skill-picker__label" for={`${id}-input`}>
          Add a skill
        </label>
        <div class="skill-picker__combo">
          <input
            id={`${id}-input`}
            ref={input}
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck={false}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={`${id}-listbox`}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={`${id}-hint`}
            placeholder="PyTorch, k8s, SQL…"
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <div
            id={`${id}-listbox`}
            role="listbox"
            aria-label="Matching skills"
            class="skill-picker__list"
            hidden={!expanded}
          >
            {options.map((option, i) => (
              <div
                key={option.kind === 'skill' ? option.suggestion.skill.id : `free:${option.text}`}
                id={optionId(i)}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                class="skill-picker__option"
                // mousedown, not click: keeps focus in the input so the list does not close first
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(option);
                }}
              >
                {option.kind === 'skill' ? (
                  <SuggestionText suggestion={option.suggestion} />
                ) : (
                  <FreeTextOption text={option.text} />
                )}
              </div>
            ))}
          </div>
        </div>
        <label class="skill-picker__level">
          <span>at level</span>
          <select value={level} onChange={(e) => setLevel(e.currentTarget.value as Level)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={`${id}-hint`} class="hint">
        Type a name or alias; arrows to choose, Enter to add.
      </p>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function SuggestionText({ suggestion }: { suggestion: SkillSuggestion }) {
  const { skill, via } = suggestion;
  return (
    <>
      <span class="skill-picker__name">
        {skill.name}
        {via && <span class="skill-picker__via"> ({via})</span>}
      </span>
      <span class={`cat-tag cat-tag--${skill.category}`}>{CATEGORY_LABELS[skill.category]}</span>
      <span class="side-tag">{SIDE_LABELS[skill.side]}</span>
    </>
  );
}

function FreeTextOption({ text }: { text: string }) {
  return (
    <span class="skill-picker__name">
      Add “{text}” as your own skill <span class="skill-picker__via">(not in the catalogue)</span>
    </span>
  );
}

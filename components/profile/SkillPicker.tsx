import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CATEGORY_LABELS, SIDE_LABELS } from '../../lib/analysis/types';
import { LEVEL_LABELS, LEVELS, type Level } from '../../lib/profile/levels';
import type { SuggestedSkill } from '../../lib/profile/skill-ref';
import { messageOf, useCatalogue } from './catalogue';

/**
 * Type-ahead over catalogue names and aliases (ARIA 1.2 combobox with a listbox popup).
 * Arrows move, Enter adds, Escape closes (then clears). Text that names no catalogue skill
 * can still be added as the user's own free-text skill: the last option offers it. The
 * background searches the catalogue (./catalogue.ts): each keystroke asks, and only the answer
 * for the latest text is shown, so an older answer never replaces a newer one.
 */

export interface SkillPickerProps {
  /** Catalogue ids already in the profile: not suggested again. */
  held: ReadonlySet<string>;
  onAddSkill(id: string, level: Level): void;
  /** Adds typed text (resolved by the background); rejects when it could not be added. */
  onAddFreeText(text: string, level: Level): void | Promise<void>;
}

type Option = { kind: 'skill'; suggestion: SuggestedSkill } | { kind: 'free-text'; text: string };

/** The background's suggestions for one text. */
type Found = { text: string; suggestions: SuggestedSkill[] };

/**
 * The options for `text`: its suggestions, then the text itself as an own skill unless it names
 * one exactly. While its answer is coming, the suggestions for the text before stay (no list
 * jumps under the pointer), and the own-skill offer waits for the answer.
 */
function optionsOf(found: Found | null, text: string): Option[] {
  if (!text) return [];
  const options: Option[] = (found?.suggestions ?? []).map((suggestion) => ({ kind: 'skill', suggestion }));
  if (found?.text !== text) return options;
  if (!options.some((o) => o.kind === 'skill' && o.suggestion.exact))
    options.push({ kind: 'free-text', text });
  return options;
}

export function SkillPicker({ held, onAddSkill, onAddFreeText }: SkillPickerProps) {
  const catalogue = useCatalogue();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  /** `active` as the queued keys read it, before the next render. */
  const activeNow = useRef(-1);
  /** Counts the user's edits of the text, so a waiting arrow knows whether it still applies. */
  const edits = useRef(0);
  const select = (i: number) => {
    activeNow.current = i;
    setActive(i);
  };
  const [level, setLevel] = useState<Level>('working');
  const [announcement, setAnnouncement] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  /** The search for the latest text: its answer is the only one shown, and Enter waits for it. */
  const latest = useRef<{ text: string; answer: Promise<Found | null> }>({
    text: '',
    answer: Promise.resolve(null),
  });
  /** Keys pressed before the answer for their text came, handled in order when it comes (onKeyDown). */
  const queue = useRef<Promise<void>>(Promise.resolve());

  /** Asks the background about `typed` (at once, on input, not after the render). */
  function ask(typed: string): Promise<Found | null> {
    if (!typed) {
      latest.current = { text: '', answer: Promise.resolve(null) };
      setFound(null);
      setError(null);
      return latest.current.answer;
    }
    const asked = latest.current.text === typed ? latest.current : null;
    if (asked) return asked.answer;
    const answer: Promise<Found | null> = catalogue.search(typed, [...held]).then(
      (suggestions) => {
        const result = { text: typed, suggestions };
        if (latest.current.answer === answer) {
          setFound(result);
          setError(null);
        }
        return result;
      },
      (e: unknown) => {
        if (latest.current.answer === answer) setError(`Suggestions are unavailable: ${messageOf(e)}.`);
        return null;
      },
    );
    latest.current = { text: typed, answer };
    return answer;
  }

  const trimmed = text.trim();
  const options = optionsOf(found, trimmed);
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  // Keep the highlighted option visible in a scrolled list.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  /** Empties the box for the next skill: what is typed from now on is a new entry. */
  function clear() {
    setText('');
    ask('');
    setOpen(false);
    select(-1);
  }

  /** Puts text back that could not be added, unless the user has typed on meanwhile. */
  function restore(typed: string, list: boolean) {
    if (input.current?.value.trim()) return;
    setText(typed);
    void ask(typed);
    setOpen(list);
    select(list ? 0 : -1);
  }

  /** Adds the option (the box already cleared); free text the background cannot resolve goes back. */
  async function add(option: Option, at: Level) {
    setError(null);
    if (option.kind === 'skill') {
      onAddSkill(option.suggestion.skill.id, at);
      setAnnouncement(`Added ${option.suggestion.skill.name}, ${LEVEL_LABELS[at].toLowerCase()}.`);
      return;
    }
    try {
      await onAddFreeText(option.text, at);
      setAnnouncement(`Added ${option.text} as your own skill.`);
    } catch (e) {
      setError(`Not added: ${messageOf(e)}.`);
      restore(option.text, false);
    }
  }

  function choose(option: Option) {
    clear();
    input.current?.focus();
    void add(option, level);
  }

  /** Arrows move through the list for the typed text. */
  function arrow(step: 1 | -1, list: readonly Option[]) {
    if (!list.length) return;
    setOpen(true);
    const current = activeNow.current;
    select((current + step + list.length + (current < 0 && step < 0 ? 1 : 0)) % list.length);
  }

  /**
   * Enter adds the highlighted option; without one, only an unambiguous choice: the skill the
   * text names exactly, or the text itself when nothing matches; otherwise it opens the list.
   * `waited`: the box was emptied when Enter was pressed, before the answer came; text that
   * names no one skill, or whose search failed, then comes back to it.
   */
  function enterOn(typed: string, answer: Found | null, at: Level, waited: boolean) {
    const list = answer ? optionsOf(answer, typed) : [];
    const first = list[0];
    const chosen =
      list[activeNow.current] ??
      (first && (first.kind === 'free-text' || first.suggestion.exact) ? first : undefined);
    if (chosen) {
      if (!waited) return choose(chosen);
      if (!input.current?.value.trim()) select(-1);
      void add(chosen, at);
    } else if (waited) restore(typed, list.length > 0);
    else if (list.length) {
      setOpen(true);
      select(0);
    }
  }

  /**
   * Arrows and Enter act on the list for the text as typed. While its answer is coming they
   * wait for it, in order, so a list still showing the text before is never chosen from by
   * the keyboard. Enter empties the box at once all the same: typing on starts the next skill.
   */
  function onKeyDown(event: KeyboardEvent) {
    const typed = input.current?.value.trim() ?? trimmed;
    const arrowStep = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (arrowStep || event.key === 'Enter') {
      if (!typed) return;
      event.preventDefault();
      const answered = found?.text === typed;
      if (arrowStep) {
        if (answered) arrow(arrowStep, options);
        else {
          const answer = ask(typed);
          const typing = edits.current;
          queue.current = queue.current.then(async () => {
            const fresh = await answer;
            // Typed on meanwhile: the arrow was for a list no longer asked for.
            if (fresh && edits.current === typing) arrow(arrowStep, optionsOf(fresh, typed));
          });
        }
        return;
      }
      const at = level;
      if (answered) return enterOn(typed, found, at, false);
      const answer = ask(typed);
      clear();
      // The highlighted option (a waiting arrow's) is read when the answer comes.
      queue.current = queue.current.then(async () => enterOn(typed, await answer, at, true));
      return;
    }
    if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else {
        setText('');
        ask('');
      }
      select(-1);
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
              edits.current++;
              setText(e.currentTarget.value);
              void ask(e.currentTarget.value.trim());
              setOpen(true);
              select(-1);
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
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function SuggestionText({ suggestion }: { suggestion: SuggestedSkill }) {
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

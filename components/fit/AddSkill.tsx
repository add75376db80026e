import { Component, createRef } from 'preact';
import type { Level } from '../../lib/profile/schema';
import './controls.css';
import { LEVEL_LABEL, LEVEL_ORDER } from './labels';

type Props = {
  skill: string;
  name: string;
  onAdd: (skill: string, level: Level) => unknown;
};

/**
 * "Add to profile" for one missing skill: a real button that opens a level choice. A class,
 * not hooks: the on-page chip draws it too, and preact/hooks would weigh on the content script.
 */
export class AddSkill extends Component<Props, { open: boolean; level: Level; busy: boolean }> {
  override state = { open: false, level: 'working' as Level, busy: false };
  private readonly select = createRef<HTMLSelectElement>();

  override componentDidUpdate(_: Props, previous: { open: boolean }) {
    if (this.state.open && !previous.open) this.select.current?.focus();
  }

  override render() {
    const { skill, name, onAdd } = this.props;
    const { open, level, busy } = this.state;
    if (!open) {
      return (
        <button
          type="button"
          class="mf-link-button"
          onClick={() => this.setState({ open: true })}
          aria-label={`Add ${name} to profile`}
        >
          Add
        </button>
      );
    }
    const id = `mf-level-${skill}`;
    return (
      <form
        class="mf-add"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !busy) {
            e.stopPropagation();
            this.setState({ open: false });
          }
        }}
        onSubmit={async (e) => {
          e.preventDefault();
          this.setState({ busy: true });
          try {
            await onAdd(skill, level);
          } finally {
            this.setState({ busy: false, open: false });
          }
        }}
      >
        <label class="mf-visually-hidden" for={id}>
          Your level in {name}
        </label>
        <select
          id={id}
          ref={this.select}
          value={level}
          onChange={(e) => this.setState({ level: e.currentTarget.value as Level })}
          disabled={busy}
        >
          {LEVEL_ORDER.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABEL[l]}
            </option>
          ))}
        </select>
        <button type="submit" class="mf-small-button" disabled={busy}>
          Save
        </button>
        <button
          type="button"
          class="mf-link-button"
          onClick={() => this.setState({ open: false })}
          disabled={busy}
        >
          Cancel
        </button>
      </form>
    );
  }
}

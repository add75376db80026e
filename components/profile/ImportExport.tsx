import { useId, useState } from 'preact/hooks';
import { diffProfiles } from '../../lib/profile/diff';
import { exportFileName, exportProfile, tooLargeMessage } from '../../lib/profile/export-format';
import {
  applyImport,
  type ImportedField,
  type ImportMode,
  parseProfileImport,
} from '../../lib/profile/import';
import { resolveThen } from '../../lib/profile/resolve-batch';
import type { Profile } from '../../lib/profile/schema';
import { useCatalogue } from './catalogue';
import { ImportPreview } from './ImportPreview';

/**
 * Export the profile as a versioned JSON file; import one with a preview before writing.
 * A refused file leaves the stored profile exactly as it was: nothing is written until Confirm.
 */

type Pending = { fileName: string; imported: Profile; provided: ImportedField[]; warnings: string[] };

export function ImportExport(props: {
  profile: Profile;
  onImport(next: Profile): Promise<boolean>;
  canExport: boolean;
}) {
  const id = useId();
  const catalogue = useCatalogue();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<ImportMode>('replace');
  const next = pending && applyImport(props.profile, pending.imported, pending.provided, mode);

  function download() {
    const url = URL.createObjectURL(new Blob([exportProfile(props.profile)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName();
    link.click();
    // Revoke after the click has been handled, or the download may find no data.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function onFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire again
    setError(null);
    setDone(null);
    setPending(null);
    if (!file) return;
    try {
      const tooLarge = tooLargeMessage(file.size);
      if (tooLarge) return setError(`${file.name}: ${tooLarge}`);
      let text: string;
      try {
        text = await file.text();
      } catch {
        return setError(`${file.name} could not be read. Nothing was imported.`);
      }
      // The background resolves the file's skill names: the page holds no catalogue.
      const { result } = await resolveThen(
        (resolve) => parseProfileImport(text, { resolve }),
        catalogue.resolve,
      );
      if (!result.ok) return setError(`${file.name}: ${result.error} Your profile was not changed.`);
      setMode('replace');
      setPending({
        fileName: file.name,
        imported: result.profile,
        provided: result.provided,
        warnings: result.warnings,
      });
    } catch (error) {
      // Whatever else fails, the page says so: a file must never be silently ignored.
      const why = error instanceof Error ? error.message : String(error);
      setError(`${file.name} could not be imported (${why}). Your profile was not changed.`);
    }
  }

  async function confirm() {
    if (!pending || !next) return;
    setBusy(true);
    const ok = await props.onImport(next);
    setBusy(false);
    if (ok) {
      setDone(`Imported ${pending.fileName}.`);
      setPending(null);
    } else {
      setError('The import could not be saved (see the message above). Your profile was not changed.');
    }
  }

  return (
    <div class="import-export">
      <section aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>Export</h3>
        <p class="hint">A JSON file with your skills and details, to keep or move to another browser.</p>
        <button type="button" onClick={download} disabled={!props.canExport}>
          Export profile
        </button>
      </section>
      <section aria-labelledby={`${id}-import`}>
        <h3 id={`${id}-import`}>Import</h3>
        <p class="hint" id={`${id}-import-hint`}>
          An exported file, or a hand-written one such as{' '}
          <code>{'{ "skills": [ { "skill": "pytorch", "level": "expert" } ] }'}</code>. You see what would
          change before anything is saved. Skills the catalogue does not know are kept as your own skills; the
          preview names them.
        </p>
        <label class="file-button">
          <span>Choose a profile file…</span>
          <input
            type="file"
            accept=".json,application/json"
            aria-describedby={`${id}-import-hint`}
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
        {error && (
          <p class="notice notice--error" role="alert">
            {error}
          </p>
        )}
        {done && (
          <p class="notice notice--ok" role="status">
            {done}
          </p>
        )}
        {pending && next && (
          <ImportPreview
            fileName={pending.fileName}
            diff={diffProfiles(props.profile, next)}
            mode={pending.provided.includes('skills') ? mode : null}
            onMode={setMode}
            warnings={pending.warnings}
            busy={busy}
            onConfirm={() => void confirm()}
            onCancel={() => setPending(null)}
          />
        )}
      </section>
    </div>
  );
}

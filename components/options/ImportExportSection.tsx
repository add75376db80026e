import { ImportExport } from '../profile/ImportExport';
import type { SectionProps } from './section-props';

export function ImportExportSection({ store }: SectionProps) {
  return (
    <section class="card" aria-labelledby="import-export-title">
      <h2 id="import-export-title">Import and export</h2>
      <ImportExport
        profile={store.profile}
        canExport={store.load?.state !== 'unavailable'}
        onImport={(next) => store.replace(next)}
      />
    </section>
  );
}

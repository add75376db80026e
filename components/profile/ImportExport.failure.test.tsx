// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { emptyProfile } from '../../lib/profile/schema';
import { testCatalogue } from '../../tests/support/catalogue';
import { CatalogueContext } from './catalogue';
import { ImportExport } from './ImportExport';

/** A reader failing in a way nobody foresaw still ends in a message, never in silence. */
vi.mock('../../lib/profile/import', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/profile/import')>()),
  parseProfileImport: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

afterEach(cleanup);

it('shows a message when reading the file throws, and imports nothing', async () => {
  const onImport = vi.fn(async () => true);
  render(
    <CatalogueContext.Provider value={testCatalogue().catalogue}>
      <ImportExport profile={emptyProfile()} onImport={onImport} canExport />
    </CatalogueContext.Provider>,
  );
  const input = screen.getByLabelText('Choose a profile file…') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['{"skills":[]}'], 'odd.json')] } });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(
    'odd.json could not be imported (Maximum call stack size exceeded). Your profile was not changed.',
  );
  expect(onImport).not.toHaveBeenCalled();
});

// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDb } from '../../app/storage/db';
import { shippedCatalogueView } from '../../lib/fit/shipped-catalogue';
import type { PageToBackground, Send } from '../../lib/messages/protocol';
import * as view from '../../lib/profile/catalogue-view';
import { freshDb } from '../../tests/support/db';
import { startOptions } from './start';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
});
const roots: HTMLElement[] = [];
function newRoot(): HTMLElement {
  const root = document.body.appendChild(document.createElement('div'));
  roots.push(root);
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
  cleanup();
  resetDb();
});

it('installs the catalogue the background sends, then opens the page', async () => {
  const install = vi.spyOn(view, 'installCatalogueView');
  const send = vi.fn(async () =>
    structuredClone(shippedCatalogueView().data),
  ) as unknown as Send<PageToBackground>;
  const root = newRoot();
  await startOptions(root, send);
  expect(send).toHaveBeenCalledWith({ type: 'catalogue-view' });
  expect(install).toHaveBeenCalledTimes(1);
  const installed = install.mock.calls[0]?.[0] as view.CatalogueView | undefined;
  expect(installed?.fingerprint).toBe(shippedCatalogueView().fingerprint);
  await screen.findByText('ML Fit settings');
  expect(screen.queryByRole('alert')).toBeNull();
});

it('says so, and opens nothing, when the background does not answer', async () => {
  const install = vi.spyOn(view, 'installCatalogueView');
  const send = (async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as Send<PageToBackground>;
  const root = newRoot();
  await startOptions(root, send);
  expect((await screen.findByRole('alert')).textContent).toContain(
    'This page cannot open: the extension’s background did not answer; reload this page to try again.',
  );
  expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  expect(install).not.toHaveBeenCalled();
  expect(screen.queryByText('Loading your profile…')).toBeNull();
});

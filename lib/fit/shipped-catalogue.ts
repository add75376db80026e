import { CATALOGUE } from '../analysis/catalogue/index';
import {
  type CatalogueView,
  catalogueViewData,
  createCatalogueView,
  installCatalogueView,
} from '../profile/catalogue-view';
import { normaliseName } from './held-levels';

/**
 * The shipped catalogue as lib/profile/catalogue-view.ts reads it. The background installs it
 * and sends its data to the options page; Node (the CLI, scripts, unit tests) installs it.
 * Only what imports this module ships the catalogue.
 */

let shipped: CatalogueView | null = null;

export function shippedCatalogueView(): CatalogueView {
  shipped ??= createCatalogueView(catalogueViewData(CATALOGUE, normaliseName));
  return shipped;
}

/** Installs the shipped catalogue, built when first read: a worker's start pays nothing for it. */
export function installShippedCatalogue(): void {
  installCatalogueView(shippedCatalogueView);
}

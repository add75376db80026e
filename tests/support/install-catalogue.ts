import { installShippedCatalogue } from '../../lib/fit/shipped-catalogue';

// The history, insights and fit read the catalogue installed in their context
// (lib/profile/catalogue-view.ts); in Node, as in the background, it is the shipped one.
installShippedCatalogue();

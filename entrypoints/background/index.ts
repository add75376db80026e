import { installShippedCatalogue } from '../../lib/fit/shipped-catalogue';
import { registerBackground } from './lifecycle';

export default defineBackground({
  main() {
    // The history and the fit read the catalogue through this (lib/profile/catalogue-view.ts).
    installShippedCatalogue();
    registerBackground();
  },
});

import fit from '../fit/fit.css?inline';
import theme from '../theme.css?inline';
import chip from './chip.css?inline';

/**
 * The chip's styles, handed to the shadow root as a string: no stylesheet URL, no
 * web_accessible_resources, no request (WXT's cssInjectionMode 'ui' would fetch one).
 * The theme's :root / :host declarations go to the layer inside the shadow root
 * (lib/content/shadow-ui.ts), so the page reads none of them on the host.
 */
export const CHIP_CSS = [theme, fit, chip].join('\n').replaceAll(/:root|:host/g, '.mf-layer');

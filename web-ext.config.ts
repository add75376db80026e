import { defineWebExtConfig } from 'wxt';

// Headless machines: dev mode must not try to open a browser.
export default defineWebExtConfig({ disabled: true });

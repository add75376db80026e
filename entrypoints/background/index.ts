export default defineBackground(() => {
  // Wiring lands with the content-script and fit issues.
});

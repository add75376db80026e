import { registerBackground } from './lifecycle';

export default defineBackground({
  main() {
    registerBackground();
  },
});

import { registerBackground } from '../../lib/background/lifecycle';

export default defineBackground({
  main() {
    registerBackground();
  },
});

/** A candidate's state while the ambiguity rules run. */
export const ACCEPT = 1;
/** Not decided yet: a list may still confirm it. */
export const PENDING = 0;
export const REJECT = -1;

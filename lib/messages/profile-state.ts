/** Whether the profile could be read when a tab's view was built (no zod: the content script's guards read it). */
export const PROFILE_STATES = ['ready', 'empty', 'unavailable'] as const;
export type ProfileState = (typeof PROFILE_STATES)[number];

/**
 * Text from a saved page or a profile file, made safe to print on a terminal. A page's title
 * can carry escape sequences (OSC 52 writes the clipboard, OSC 0 the window title, CSI 2J
 * clears the screen): whole sequences go first, so no half of one is left to print, then every
 * other control character, C0 and C1. Bidi controls go too: they reorder what the reader sees.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const OSC_OR_STRING = /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const CSI = /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const ESCAPE = /\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Keeps line breaks and tabs; removes every other control character and escape sequence. */
export function terminalSafe(text: string): string {
  return text.replace(OSC_OR_STRING, '').replace(CSI, '').replace(ESCAPE, '').replace(CONTROL, '');
}

/** One line: as terminalSafe, with line breaks and tabs turned into spaces. */
export function safeLine(text: string): string {
  return terminalSafe(text)
    .replace(/[\t\n\r]+/g, ' ')
    .trim();
}

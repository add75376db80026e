/**
 * Where JSON.parse failed, as "line L, column C". Engines word their SyntaxError differently
 * (V8: "... at position 12", newer V8 adds "(line 1 column 13)"; Firefox: "at line 1 column 13"),
 * so the position is read from the message and converted when needed.
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `line ${lineCol[1]}, column ${lineCol[2]}`;
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `line ${line}, column ${column}`;
  }
  if (/unexpected end/i.test(message)) return 'the end of the file (it is cut short)';
  return message;
}

/**
 * Text from a file or from a person, made safe to print to a terminal: control characters
 * (escape sequences, bells, carriage returns, NUL) are shown as \u{..} instead of being obeyed.
 * Line breaks inside a value are shown as \n, so one value stays on one line.
 */
export function amanTerminal(teks: string): string {
  // eslint-disable-next-line no-control-regex
  return teks.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : `\\u{${(c.codePointAt(0) as number).toString(16)}}`));
}

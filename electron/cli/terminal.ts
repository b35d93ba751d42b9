/**
 * Characters a terminal acts on instead of showing: C0 controls but tab (escape sequences that move
 * the cursor, clear the screen, set the window title; CR and backspace that overwrite what was
 * printed; newline that forges a line), DEL, the C1 controls (U+009B is CSI on its own), the line
 * and paragraph separators, and the bidirectional marks and overrides that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const visible = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A line as it may reach the terminal: every control shown as its escape (`\u001b`), never acted on.
 * The same escape in JSON output is JSON's own, so `--json` stays valid and parses to the same text.
 * Tab is kept, as the separator of `list`'s columns; a value printed in a column escapes its own tabs.
 */
export const terminalLine = (line: string): string => line.replace(TERMINAL_CONTROL, visible);

/** A value from a file printed in a tab-separated column: its own tabs shown as `\t`. */
export const column = (value: string): string => value.replace(/\t/g, '\\t');

// The one sanitiser for everything that comes from outside the program: article text, file and
// folder names, URLs, system error messages. Article text comes from the web and file names from
// anyone; neither may act on the user's terminal. Every C0 and C1
// control (ESC, CSI, OSC, BEL, backspace, carriage return...) and the bidirectional overrides used
// to disguise text are replaced by visible stand-ins before anything is written.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** A visible stand-in for one control character: control pictures for C0, ⟨U+XXXX⟩ for the rest. */
function picture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '␡';
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** Makes text safe to print: controls become visible; line feeds and tabs are kept. */
export function neutralize(text: string): string {
  return text.replace(CONTROL, picture);
}

/** Makes text safe to print on one line: also line breaks and tabs become spaces. */
export function neutralizeInline(text: string): string {
  return neutralize(text.replace(/[\r\n\t]+/gu, ' '));
}

/** Escapes, inside JSON text, the characters JSON.stringify leaves raw that a terminal may obey. */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

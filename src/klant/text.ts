/**
 * What every free text must be, in every command: something a person can see and a terminal can show safely.
 * Control characters could clear or recolour the screen of whoever lists the data later (and PostgreSQL
 * refuses NUL where SQLite stores it); direction overrides make a name display reversed; a text of only
 * invisible characters looks empty but is not.
 */
export type TextProblem = 'control_character' | 'bidi_control' | 'invalid_unicode' | 'no_visible_text';

/** C0 controls, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding them is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
/** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
// With the u flag a surrogate pair is one code point, so only a surrogate without its partner matches.
const LONE_SURROGATE = /[\ud800-\udfff]/u;
// White space, format characters, combining marks on nothing, and the letters that render as nothing (the
// Hangul fillers are letters by category); the braille blank looks like a space.
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

export function textProblem(text: string): TextProblem | null {
  if (CONTROL_CHARACTERS.test(text)) return 'control_character';
  if (LONE_SURROGATE.test(text)) return 'invalid_unicode';
  if (BIDI_CONTROLS.test(text)) return 'bidi_control';
  if (!VISIBLE.test(text)) return 'no_visible_text';
  return null;
}

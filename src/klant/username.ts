/** Usernames of supplier admins and customer users alike are normalised before they are stored or compared. */
const USERNAME_MAX_LENGTH = 64;

// Letters that NFD does not decompose into a base letter plus accents.
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};

export function normaliseUsername(raw: string): string {
  return raw
    .replace(/[ßẞøØæÆœŒđĐłŁþÞı]/g, (c) => SPECIAL_FOLDS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._@-]/g, '');
}

export type UsernameProblem = 'username_empty' | 'too_long';

export function usernameProblem(normalised: string): UsernameProblem | null {
  if (normalised.length === 0) return 'username_empty';
  if (normalised.length > USERNAME_MAX_LENGTH) return 'too_long';
  return null;
}

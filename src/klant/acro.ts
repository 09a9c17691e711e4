/** The acro (bedrijfscode): the customer's permanent identifier, part of its URL and of every order number. */
const ACRO_MAX_LENGTH = 50;

/** Paths the supplier site itself uses at the top level; an environment there would shadow them. */
export const RESERVED_ACROS: ReadonlySet<string> = new Set([
  'admin',
  'api',
  'app',
  'assets',
  'auth',
  'beheer',
  'cdn',
  'css',
  'docs',
  'download',
  'downloads',
  'files',
  'help',
  'img',
  'images',
  'js',
  'leverancier',
  'login',
  'logout',
  'mail',
  'media',
  'public',
  'static',
  'status',
  'support',
  'upload',
  'uploads',
  'www',
]);

const ACRO_SHAPE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

export type AcroProblem = 'too_long' | 'acro_invalid_characters' | 'acro_reserved';

export function acroProblem(acro: string): AcroProblem | null {
  if (acro.length > ACRO_MAX_LENGTH) return 'too_long';
  if (!ACRO_SHAPE.test(acro)) return 'acro_invalid_characters';
  if (RESERVED_ACROS.has(acro.toLowerCase())) return 'acro_reserved';
  return null;
}

/** The form uniqueness is decided on: acros differ only when they differ ignoring case. */
export function acroKey(acro: string): string {
  return acro.toLowerCase();
}

/** Order numbers start with the acro in capitals, without hyphens, so they stay one token in an ERP. */
export function orderNumberPrefix(acro: string): string {
  return acro.toUpperCase().replace(/-/g, '');
}

export function environmentUrl(supplier: { name: string; domain: string }, acro: string): string {
  return `https://${supplier.name}.${supplier.domain}/${acroKey(acro)}`;
}

/**
 * Every text a person reads. A translation is one more file shaped like `en.ts`, chosen here.
 */
import { en } from './en.js';

export const messages = en;
export type Messages = typeof en;

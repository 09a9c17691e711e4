/**
 * Dates and times for people: the stored UTC instant (ISO 8601) in the local time zone, in the chosen
 * language's usual form — `29-11-2026 14:05` in Dutch, `29 Nov 2026, 14:05` in English. JSON output keeps the
 * ISO text; only human output goes through here.
 */
import { currentLanguage, type Language } from './index.js';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const FORMATS: Record<Language, Intl.DateTimeFormatOptions> = {
  nl: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  en: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

/** Between the date and the time: Dutch writes a space (`29-11-2026 14:05`), ICU a comma. */
const SEPARATORS: Record<Language, string> = { nl: ' ', en: ', ' };

let zone: string | undefined;

/**
 * The time zone of the times shown: `TZ` when it names a zone `Intl` knows, else the system's (which Node
 * also takes from `TZ`, in the POSIX forms `Intl` does not accept).
 */
export function useTimeZone(tz: string | undefined): void {
  zone = undefined;
  const name = tz?.replace(/^:/, '');
  if (!name) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    zone = name;
  } catch {
    // A zone only the C library knows: the default zone is already that one.
  }
}

/** An ISO 8601 instant as a person reads it; text that is not one is shown as it is. */
export function localTime(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const language = currentLanguage();
  const parts = new Intl.DateTimeFormat(LOCALES[language], { ...FORMATS[language], timeZone: zone }).formatToParts(
    instant,
  );
  const hour = parts.findIndex((part) => part.type === 'hour');
  const date = parts.slice(0, hour);
  // The literal that ends the date part is the separator ICU chose; ours replaces it.
  if (date.at(-1)?.type === 'literal') date.pop();
  const text = (list: Intl.DateTimeFormatPart[]) => list.map((part) => part.value).join('');
  return `${text(date)}${SEPARATORS[language]}${text(parts.slice(hour))}`;
}

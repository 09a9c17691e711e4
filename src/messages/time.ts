/**
 * Dates and times for people: the stored UTC instant (ISO 8601) in the local time zone, in the chosen
 * language's usual form — `29-11-2026 14:05` in Dutch, `29 Nov 2026, 14:05` in English (the forms ICU gives
 * nl-NL and en-GB). JSON output keeps the ISO text; only human output goes through here.
 *
 * The text is written here from the instant's fields rather than by Intl.DateTimeFormat: ICU's first one costs
 * about 10 ms, a fifth of node's own start, which every create would pay for the one time its summary shows.
 * Intl is used only for a zone other than the process's own.
 */
import { currentLanguage, type Language } from './index.js';

interface Fields {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const two = (n: number) => String(n).padStart(2, '0');
/** en-GB's short months, `Sept` included. */
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const WRITTEN: Record<Language, (t: Fields) => string> = {
  nl: (t) => `${two(t.day)}-${two(t.month)}-${t.year} ${two(t.hour)}:${two(t.minute)}`,
  en: (t) => `${t.day} ${ENGLISH_MONTHS[t.month - 1]} ${t.year}, ${two(t.hour)}:${two(t.minute)}`,
};

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

function fieldsInOwnZone(t: Date): Fields {
  return {
    year: t.getFullYear(),
    month: t.getMonth() + 1,
    day: t.getDate(),
    hour: t.getHours(),
    minute: t.getMinutes(),
  };
}

/**
 * One formatter per zone: each holds ICU memory outside the JS heap, so a listing of 10,000 times that made one
 * per row grew by hundreds of megabytes before the collector noticed.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function fieldsIn(timeZone: string, t: Date): Fields {
  const parts = formatterFor(timeZone).formatToParts(t);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)!.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
  };
}

/** An ISO 8601 instant as a person reads it; text that is not one is shown as it is. */
export function localTime(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return WRITTEN[currentLanguage()](zone === undefined ? fieldsInOwnZone(instant) : fieldsIn(zone, instant));
}

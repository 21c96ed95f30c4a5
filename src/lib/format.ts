/** Numbers, money and dates through Intl, in a given locale. Pure apart from Intl itself. */

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;

const formatters = new Map<string, Formatter>();

/**
 * The formatter of this kind, language and options, built once. Building one costs more than
 * using it a hundred times, and each estimator's render asks for a dozen: the same dozen.
 */
export function sharedFormatter<T extends Formatter>(
  kind: new (locale: string, options?: object) => T,
  locale: string,
  options?: object,
): T {
  const key = kind.name + locale + JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new kind(locale, options)));
  return format as T;
}

/**
 * "3–6", on one line: a word joiner after the dash keeps "(4–" from ending a line with "30
 * weeks)" on the next. Screen readers skip it.
 */
export function formatRange(min: number, max: number, locale: string): string {
  const format = sharedFormatter(Intl.NumberFormat, locale);
  return min === max ? format.format(min) : format.formatRange(min, max).replace(/[–-]/g, '$&\u2060');
}

export function formatMoney(value: number, currency: string, locale: string): string {
  return moneyFormat(Number.isInteger(value), currency, locale).format(value);
}

/** Cents on both ends or neither: "$749–$1,497" for 748.50 would round a real price up. */
export function formatMoneyRange(min: number, max: number, currency: string, locale: string): string {
  const format = moneyFormat(Number.isInteger(min) && Number.isInteger(max), currency, locale);
  return min === max ? format.format(min) : format.formatRange(min, max);
}

/** "A or B" / "A o B" / "A ou B": alternatives joined with the language's own words and punctuation. */
export function formatAlternatives(items: string[], locale: string): string {
  return sharedFormatter(Intl.ListFormat, locale, {type: 'disjunction'}).format(items);
}

function moneyFormat(whole: boolean, currency: string, locale: string): Intl.NumberFormat {
  // Whole amounts without cents ("$250"), others with them ("$249.50").
  return sharedFormatter(Intl.NumberFormat, locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : undefined,
    maximumFractionDigits: whole ? 0 : undefined,
  });
}

export function addWeeks(date: Date, weeks: number): Date {
  const result = new Date(date);
  result.setDate(result.getDate() + weeks * 7);
  return result;
}

/**
 * The first day of the month `months` after the date's month. Only the month is shown, and
 * counting from the day would overflow: Nov 30 + 3 months is "Feb 30", which is March 2.
 */
export function monthsLater(date: Date, months: number): Date {
  return new Date(date.getFullYear(), date.getMonth() + months, 1);
}

/** "Dec 5" / "5 dic" / "5 déc.", or "Jan 16, 2027" / "16 ene 2027" with the year. */
export function formatDay(date: Date, locale: string, withYear = false): string {
  const year = withYear ? 'numeric' : undefined;
  return sharedFormatter(Intl.DateTimeFormat, locale, {month: 'short', day: 'numeric', year}).format(date);
}

/**
 * "Mar 2027" / "mar 2027" / "mars 2027". Short, like the session dates: a timeline step is
 * about 4.5em wide, and "September" or "septiembre" spilled out of it in wider fonts. Joined by
 * no-break spaces: "Jun 2027 to Sep / 2027" on two lines reads as two dates.
 */
export function formatMonth(date: Date, locale: string): string {
  return sharedFormatter(Intl.DateTimeFormat, locale, {month: 'short', year: 'numeric'}).format(date).replace(/\s/g, '\u00a0');
}

/** The session dates of a course starting on `start`, one every `intervalWeeks`. */
export function sessionDates(start: Date, sessions: number, intervalWeeks: number): Date[] {
  return Array.from({length: sessions}, (_, index) => addWeeks(start, index * intervalWeeks));
}

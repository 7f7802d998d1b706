/**
 * PostgreSQL's text of a `timestamptz` (its output under DateStyle ISO, the default and what the drivers expect),
 * turned into the ISO form the API's JSON carries: `2026-11-20 23:20:16.077574+00` → `2026-11-20T23:20:16.077Z`,
 * milliseconds truncated (as `to_char`'s MS and JavaScript's Date do).
 *
 * Hot reads take their timestamps as this text and convert them here rather than asking PostgreSQL for `to_char`:
 * on a members page that formatting cost PostgreSQL about a sixth of the page query's time, and the string work
 * below costs Node far less (docs/decisions/133). A session in UTC, the common case, takes the fast path; any other
 * offset (with seconds too, as old local mean times have) and BC dates are converted through Date. `infinity` has
 * no ISO form and throws: Hearth writes only real times (`now()`) into the columns read this way, and the
 * memberships table refuses the others (migration 0014).
 */
export function isoFromTimestamptzText(text: string): string {
  // `YYYY-MM-DD HH:MM:SS` then an optional fraction, then `+00`.
  if (text.length >= 22 && text.charCodeAt(10) === 32 && text.endsWith('+00')) {
    const fraction = text.length > 22 ? text.slice(20, -3) : '';
    return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction.length >= 3 ? fraction.slice(0, 3) : fraction.padEnd(3, '0')}Z`;
  }
  return isoFromOffsetText(text);
}

const TIMESTAMPTZ_TEXT =
  /^(\d{4,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?([+-])(\d{2})(?::(\d{2}))?(?::(\d{2}))?( BC)?$/;

function isoFromOffsetText(text: string): string {
  const parts = TIMESTAMPTZ_TEXT.exec(text);
  if (!parts) throw new Error(`not a timestamptz in PostgreSQL's ISO output: ${text}`);
  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second,
    fraction = '',
    sign,
    offsetHours,
    offsetMinutes = '0',
    offsetSeconds = '0',
    bc,
  ] = parts as unknown as string[];
  const instant = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999. 1 BC is the astronomical year 0.
  instant.setUTCFullYear(bc ? 1 - Number(year) : Number(year), Number(month) - 1, Number(day));
  instant.setUTCHours(Number(hour), Number(minute), Number(second), Number(fraction.padEnd(3, '0').slice(0, 3)));
  const offsetMs = (Number(offsetHours) * 3600 + Number(offsetMinutes) * 60 + Number(offsetSeconds)) * 1000;
  return new Date(instant.getTime() + (sign === '+' ? -offsetMs : offsetMs)).toISOString();
}

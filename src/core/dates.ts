/**
 * Calendar days in Swedish time (Europe/Stockholm), whatever the time zone of the browser or
 * the server, so "i går" means yesterday's date there, not "24 to 48 hours ago". How a date is
 * written (in the UI language) is formatting.ts's.
 */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

const dayFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SWEDISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit'
});

const DAY_MS = 86400000;
const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SWEDISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  second: '2-digit', hourCycle: 'h23'
});
/**
 * Stockholm's offset from UTC (ms) all through a UTC month, or null in a month the clocks are
 * changed; then per UTC day, or null on the day itself. Keys: year * 12 + month, and the day number.
 */
const monthOffsets = new Map<number, number | null>();
const dayOffsets = new Map<number, number | null>();

/** Stockholm's offset from UTC at a whole second (ms): its wall clock read as if it were UTC, minus the moment. */
function stockholmOffsetAt(time: number): number {
  const parts: Record<string, number> = {};
  offsetFormat.formatToParts(new Date(time)).forEach(part => { parts[part.type] = Number(part.value); });
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - time;
}

function calendarDayNumber(date: Date): number {
  const match = /^(\d{2})\/(\d{2})\/(\d+)$/.exec(dayFormat.format(date));
  if (!match) {
    throw new Error(`Unexpected date format: ${dayFormat.format(date)}`);
  }
  return Math.round(Date.UTC(Number(match[3]), Number(match[1]) - 1, Number(match[2])) / DAY_MS);
}

/** The offset from the first to the last second of a span, when it is the same at both ends (the clocks are changed at most once in it). */
function steadyOffset(cache: Map<number, number | null>, key: number, start: number, end: number): number | null {
  let offset = cache.get(key);
  if (offset === undefined) {
    const first = stockholmOffsetAt(start);
    offset = first === stockholmOffsetAt(end - 1000) ? first : null;
    cache.set(key, offset);
  }
  return offset;
}

/**
 * Days since 1970-01-01 of the calendar date in Stockholm at that moment. A report assesses
 * thousands of dates: the time zone is asked about whole months (the clocks are changed in two
 * of them a year), then about the days of those months, and only on the days the clocks are
 * changed about the moment itself.
 */
export function stockholmDayNumber(date: Date): number {
  const time = date.getTime();
  if (isNaN(time)) {
    return calendarDayNumber(date);
  }
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  let offset = steadyOffset(monthOffsets, year * 12 + month, Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1));
  if (offset === null) {
    const day = Math.floor(time / DAY_MS);
    offset = steadyOffset(dayOffsets, day, day * DAY_MS, (day + 1) * DAY_MS);
  }
  return offset === null ? calendarDayNumber(date) : Math.floor((time + offset) / DAY_MS);
}

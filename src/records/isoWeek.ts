/** The ISO 8601 week of a moment (in UTC), as insight events name it: "2026-W48". */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  // The Thursday of the same week decides which year the week belongs to.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const firstOfYear = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - firstOfYear) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

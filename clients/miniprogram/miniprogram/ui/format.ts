/** Fen (1/100 yuan) as the amount a learner reads, e.g. 4900 → "¥49.00". */
export function formatYuan(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`;
}

/** A course's price as a card shows it: "免费" for free, nothing when the platform hides prices. */
export function priceText(fen: number | null): string {
  if (fen === null) {
    return '';
  }
  return fen === 0 ? '免费' : formatYuan(fen);
}

/** A timestamp from the API as the learner's own calendar date, e.g. "2026-12-03". */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  const twoDigits = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

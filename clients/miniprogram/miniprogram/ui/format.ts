/** Fen (1/100 yuan) as the amount a learner reads, e.g. 4900 → "¥49.00". */
export function formatYuan(fen: number): string {
  return `¥${yuanOf(fen)}`;
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
  return dateTimeOf(iso).slice(0, 10);
}

/** Fen as yuan with two decimals, signed when asked: 4900 → "49.00", -1000 → "-10.00". */
export function yuanOf(fen: number, { signed = false }: { signed?: boolean } = {}): string {
  const sign = fen < 0 ? '-' : signed ? '+' : '';
  return `${sign}${(Math.abs(fen) / 100).toFixed(2)}`;
}

/** An ISO timestamp as the learner's local date and minute, e.g. 2026-12-03 15:04. */
export function dateTimeOf(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** A percentage off as the 折 a learner reads, e.g. 20 → "8折", 15 → "8.5折". */
export function zheOf(percentOff: number): string {
  return `${(100 - percentOff) / 10}折`;
}

/** A player position or lesson length, e.g. 754 → "12:34", 3725 → "1:02:05". */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const pad = (value: number) => value.toString().padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${pad(minutes)}:${pad(rest)}`;
}

/** A course's total length in words, e.g. 12000 → "3小时20分钟". */
export function lengthInWords(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  if (hours === 0) {
    return `${minutes}分钟`;
  }
  return minutes % 60 === 0 ? `${hours}小时` : `${hours}小时${minutes % 60}分钟`;
}

/** An amount in fen as the yuan a learner reads, e.g. 4990 → "49.90". */
export function yuanOf(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** A timestamp from the API as the learner's calendar date, e.g. "2026-12-03". */
export function dateOf(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A percentage off as the 折 a learner reads, e.g. 20 → "8折", 15 → "8.5折". */
export function zheOf(percentOff: number): string {
  return `${(100 - percentOff) / 10}折`;
}

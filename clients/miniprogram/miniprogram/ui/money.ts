/** An amount in fen (1/100 of a yuan) as a learner reads it, e.g. 4900 → ¥49.00. */
export function formatFen(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`;
}

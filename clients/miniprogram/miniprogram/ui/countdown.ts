const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;

/** Time left until <until> as a countdown reads, "HH:MM:SS" with days in front when more than a day is left; "" once it passed. */
export function countdownText(until: string, now: Date): string {
  const left = Date.parse(until) - now.getTime();
  if (!(left > 0)) {
    return '';
  }
  const days = Math.floor(left / DAY);
  const seconds = Math.floor((left % DAY) / SECOND);
  const clock = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
  return days > 0 ? `${days}天 ${clock}` : clock;
}

import { expect, it } from 'vitest';
import { countdownText } from '../../miniprogram/ui/countdown';

it('counts down hours, minutes and seconds, with days when more than a day is left, and ends empty', () => {
  const now = new Date('2026-12-03T08:00:00Z');
  expect(countdownText('2026-12-03T09:02:03Z', now)).toBe('01:02:03');
  expect(countdownText('2026-12-05T08:00:05Z', now)).toBe('2天 00:00:05');
  expect(countdownText('2026-12-03T08:00:00Z', now)).toBe('');
  expect(countdownText('not a time', now)).toBe('');
});

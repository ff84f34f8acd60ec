import { afterEach, expect, it } from 'vitest';
import { formatDay, formatYuan, priceText } from '../../miniprogram/ui/format';

const timeZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = timeZone;
});

it('dates a timestamp by the learner’s own calendar, not UTC’s', () => {
  process.env.TZ = 'Asia/Shanghai';
  expect(formatDay('2026-12-02T17:00:00Z')).toBe('2026-12-03');
});

it('writes fen as yuan, free as 免费, and nothing for a hidden price', () => {
  expect(formatYuan(4900)).toBe('¥49.00');
  expect(priceText(0)).toBe('免费');
  expect(priceText(null)).toBe('');
});

import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { PriceView } from '../../miniprogram/services/course';
import { render, simulate } from '../support/render';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date('2026-12-03T08:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

const onSale: PriceView = {
  final: '¥79.00',
  list: '¥99.00',
  steps: [
    { reason: '原价', amount: '¥99.00' },
    { reason: '限时优惠', amount: '-¥20.00' },
  ],
  saleNote: '限时优惠',
  saleEndsAt: '2026-12-04T09:30:05Z',
};

const text = (element: { dom: HTMLElement | undefined } | undefined) => element?.dom?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

it('counts down to the end of the sale, second by second', async () => {
  const breakdown = render('components/price-breakdown/price-breakdown', {}, { price: onSale });
  await simulate.sleep(0);

  expect(text(breakdown.querySelector('.price__sale'))).toBe('限时优惠· 距结束 1天 01:30:05');

  vi.advanceTimersByTime(5000);
  await simulate.sleep(0);
  expect(text(breakdown.querySelector('.price__countdown'))).toBe('· 距结束 1天 01:30:00');
  breakdown.detach();
});

it('shows no countdown without a sale, only the price', async () => {
  const breakdown = render('components/price-breakdown/price-breakdown', {}, { price: { final: '¥99.00', list: '', steps: [], saleNote: '', saleEndsAt: '' } });
  await simulate.sleep(0);

  expect(text(breakdown)).toBe('¥99.00');
  expect(breakdown.querySelector('.price__sale')).toBeUndefined();
  breakdown.detach();
});

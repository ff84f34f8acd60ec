import { describe, expect, it } from 'vitest';
import type { CouponTermsFragment } from '../../miniprogram/generated/graphql';
import { claimCoupon, loadClaimableCoupons, loadMyCoupons, termsOf } from '../../miniprogram/services/coupons';
import { fakeServer, payloadError } from '../support/fake-server';

const base: CouponTermsFragment = { id: 'k1', title: '券', kind: 'AMOUNT_OFF', thresholdFen: 0, amountOffFen: 0, percentOff: 0, capFen: 0 };

describe('termsOf', () => {
  it.each([
    [{ kind: 'AMOUNT_OFF_OVER_THRESHOLD', thresholdFen: 19900, amountOffFen: 3000 }, '满199元减30元'],
    [{ kind: 'PERCENT_OFF', percentOff: 20, capFen: 5000 }, '8折，最高减50元'],
    [{ kind: 'PERCENT_OFF', percentOff: 15, thresholdFen: 10000 }, '满100元8.5折'],
    [{ kind: 'AMOUNT_OFF', amountOffFen: 550 }, '无门槛减5.50元'],
    [{ kind: 'NEWCOMER_AMOUNT_OFF', amountOffFen: 1000 }, '新人首单减10元'],
  ] as const)('reads %o as %s', (terms, expected) => {
    expect(termsOf({ ...base, ...terms })).toBe(expected);
  });
});

describe('coupons', () => {
  it('lists the learner’s coupons with their state and last day, filtered by state when asked', async () => {
    const { api, calls } = fakeServer({
      MyCoupons: () => ({
        myCoupons: {
          nodes: [
            {
              id: 'uc1',
              code: 'ABC123',
              state: 'AVAILABLE',
              validUntil: '2026-12-31T04:00:00Z',
              coupon: { ...base, title: '满199减30', kind: 'AMOUNT_OFF_OVER_THRESHOLD', thresholdFen: 19900, amountOffFen: 3000 },
            },
          ],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      }),
    });

    const coupons = await loadMyCoupons(api, 'AVAILABLE');

    expect(calls[0].variables).toMatchObject({ state: 'AVAILABLE' });
    expect(coupons).toEqual([
      { id: 'uc1', code: 'ABC123', title: '满199减30', terms: '满199元减30元', state: 'AVAILABLE', stateLabel: '未使用', validUntil: '2026-12-31 前有效' },
    ]);
  });

  it('lists claimable coupons with how long a claimed copy lasts', async () => {
    const { api } = fakeServer({
      ClaimableCoupons: () => ({
        claimableCoupons: {
          nodes: [
            { ...base, id: 'k1', title: '新人券', kind: 'NEWCOMER_AMOUNT_OFF', amountOffFen: 1000, validDays: 7, validUntil: null },
            { ...base, id: 'k2', title: '双十二', amountOffFen: 500, validDays: null, validUntil: '2026-12-13T04:00:00Z' },
          ],
        },
      }),
    });

    const coupons = await loadClaimableCoupons(api);

    expect(coupons.map((c) => [c.couponId, c.validity])).toEqual([
      ['k1', '领取后 7 天内有效'],
      ['k2', '2026-12-13 前有效'],
    ]);
  });

  it('claims by id or by a typed code, and explains a coupon already claimed', async () => {
    const answers = [{ userCoupon: { id: 'uc9' }, errors: null }, { userCoupon: null, errors: [payloadError('COUPON_PER_USER_LIMIT_REACHED')] }];
    const { api, calls } = fakeServer({ ClaimCoupon: () => ({ claimCoupon: answers.shift() }) });

    await claimCoupon(api, { couponId: 'k1' });
    await expect(claimCoupon(api, { code: 'WELCOME10' })).rejects.toMatchObject({ message: '该优惠券已达到领取上限' });

    expect(calls.map((s) => s.variables)).toEqual([{ input: { couponId: 'k1' } }, { input: { code: 'WELCOME10' } }]);
  });
});

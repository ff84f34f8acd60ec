import { describe, expect, it, vi } from 'vitest';
import type { CouponTermsFragment, MyCouponsQuery, UserCouponState } from '../../miniprogram/generated/graphql';
import { fakeServer, payloadError } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { tap, tapElement, textsOf } from '../support/page-actions';
import { type Rendered, render, simulate } from '../support/render';

const terms: CouponTermsFragment = { id: 'k1', title: '满199减30', kind: 'AMOUNT_OFF_OVER_THRESHOLD', thresholdFen: 19900, amountOffFen: 3000, percentOff: 0, capFen: 0 };

function copy(id: string, state: UserCouponState): MyCouponsQuery['myCoupons']['nodes'][number] {
  return { id, code: `CODE-${id}`, state, validUntil: '2026-12-31T04:00:00Z', coupon: terms };
}

function couponServer(claimAnswer: object = { userCoupon: { id: 'uc9' }, errors: null }) {
  const held = [copy('uc1', 'AVAILABLE'), copy('uc2', 'USED')];
  return fakeServer({
    MyCoupons: ({ state }) => ({ myCoupons: { nodes: held.filter((c) => c.state === state), pageInfo: { hasNextPage: false, endCursor: null } } }),
    ClaimableCoupons: () => ({
      claimableCoupons: { nodes: [{ ...terms, id: 'k2', title: '新人券', kind: 'NEWCOMER_AMOUNT_OFF', amountOffFen: 1000, validDays: 7, validUntil: null }] },
    }),
    ClaimCoupon: () => ({ claimCoupon: claimAnswer }),
  });
}

async function openCoupons(server: ReturnType<typeof fakeServer>): Promise<Rendered> {
  const page = render('pages/coupons/coupons', server.api);
  await page.instance.onShow();
  return page;
}

describe('coupons page', () => {
  it('shows the coupons to claim and the learner’s usable ones, and other states on a filter tap', async () => {
    const page = await openCoupons(couponServer());

    expect(textsOf(page, '.claimable .coupon-title')).toEqual(['新人券']);
    expect(textsOf(page, '.coupon-validity')).toEqual(['领取后 7 天内有效', '2026-12-31 前有效']);
    expect(textsOf(page, '.mine .coupon-terms')).toEqual(['满199元减30元']);
    expect(page.querySelector('.use')).toBeDefined();

    await tapElement(page.querySelectorAll('.filter')[2]);

    expect(textsOf(page, '.filter.active')).toEqual(['已使用']);
    expect(textsOf(page, '.coupon-state')).toEqual(['已使用']);
    expect(page.querySelector('.use')).toBeUndefined();
  });

  it('claims a listed coupon and shows the lists again', async () => {
    const showToast = vi.fn();
    installMemoryWx({ showToast } as Partial<WechatMiniprogram.Wx>);
    const server = couponServer();
    const page = await openCoupons(server);

    await tap(page, '.claim');

    expect(server.calls.find((call) => call.operation === 'ClaimCoupon')?.variables).toEqual({ input: { couponId: 'k2' } });
    expect(showToast).toHaveBeenCalledWith({ title: '领取成功', icon: 'success' });
    expect(server.calls.filter((call) => call.operation === 'ClaimCoupon')).toHaveLength(1);
    expect(server.calls.filter((call) => call.operation === 'MyCoupons')).toHaveLength(2);
  });

  it('claims by a typed code and explains a code that matches no coupon', async () => {
    const showToast = vi.fn();
    installMemoryWx({ showToast } as Partial<WechatMiniprogram.Wx>);
    const server = couponServer({ userCoupon: null, errors: [payloadError('COUPON_UNKNOWN')] });
    const page = await openCoupons(server);

    page.querySelector('.code-input')?.dispatchEvent('change', { detail: { value: ' WELCOME10 ' } });
    await simulate.sleep(0);
    await tap(page, '.claim-code');

    expect(server.calls.find((call) => call.operation === 'ClaimCoupon')?.variables).toEqual({ input: { code: 'WELCOME10' } });
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '优惠券不存在，请检查券码' }));
  });

  it('asks for a code before claiming with an empty one', async () => {
    const showToast = vi.fn();
    installMemoryWx({ showToast } as Partial<WechatMiniprogram.Wx>);
    const server = couponServer();
    const page = await openCoupons(server);

    await tap(page, '.claim-code');

    expect(showToast).toHaveBeenCalledWith({ title: '请输入优惠码', icon: 'none' });
    expect(server.calls.some((call) => call.operation === 'ClaimCoupon')).toBe(false);
  });
});

import { throwIfErrors } from '../api/errors';
import {
  ClaimableCouponsDocument,
  ClaimCouponDocument,
  type CouponTermsFragment,
  MyCouponsDocument,
  type UserCouponState,
} from '../generated/graphql';
import { formatDay, yuanOf, zheOf } from '../ui/format';
import type { Api } from './api';

export interface MyCouponView {
  id: string;
  /** What to pass as couponCode at checkout. */
  code: string;
  title: string;
  terms: string;
  state: UserCouponState;
  /** 未使用, 使用中, 已使用 or 已过期 */
  stateLabel: string;
  validUntil: string;
}

export interface ClaimableCouponView {
  couponId: string;
  title: string;
  terms: string;
  /** e.g. 领取后 7 天内有效 */
  validity: string;
}

const stateLabels: Record<UserCouponState, string> = {
  AVAILABLE: '未使用',
  LOCKED: '使用中',
  USED: '已使用',
  EXPIRED: '已过期',
};

/** The coupons the learner holds, optionally only those in one state, newest claim first. */
export async function loadMyCoupons(api: Api, state: UserCouponState | null = null): Promise<MyCouponView[]> {
  const { myCoupons } = await api.client.request(MyCouponsDocument, { state, first: 50 });
  return myCoupons.nodes.map((copy) => ({
    id: copy.id,
    code: copy.code,
    title: copy.coupon?.title ?? '优惠券',
    terms: copy.coupon ? termsOf(copy.coupon) : '',
    state: copy.state,
    stateLabel: stateLabels[copy.state],
    validUntil: `${formatDay(copy.validUntil)} 前有效`,
  }));
}

/** Listed coupons the learner can still claim. */
export async function loadClaimableCoupons(api: Api): Promise<ClaimableCouponView[]> {
  const { claimableCoupons } = await api.client.request(ClaimableCouponsDocument, {});
  return claimableCoupons.nodes.map((coupon) => ({
    couponId: coupon.id,
    title: coupon.title,
    terms: termsOf(coupon),
    validity: validityOf(coupon),
  }));
}

function validityOf({ validDays, validUntil }: { validDays: number | null; validUntil: string | null }): string {
  if (validDays !== null) {
    return `领取后 ${validDays} 天内有效`;
  }
  return validUntil ? `${formatDay(validUntil)} 前有效` : '';
}

/** Claims a listed coupon by its id, or any active coupon by a code the learner was given. */
export async function claimCoupon(api: Api, which: { couponId: string } | { code: string }): Promise<void> {
  const { claimCoupon: payload } = await api.client.request(ClaimCouponDocument, { input: which });
  throwIfErrors(payload.errors);
}

/** The coupon's conditions in the words of a Chinese shop, e.g. 满199元可用 or 8折，最高减50元. */
export function termsOf(coupon: CouponTermsFragment): string {
  switch (coupon.kind) {
    case 'AMOUNT_OFF_OVER_THRESHOLD':
      return `满${wholeYuan(coupon.thresholdFen)}元减${wholeYuan(coupon.amountOffFen)}元`;
    case 'PERCENT_OFF':
      return [
        coupon.thresholdFen > 0 ? `满${wholeYuan(coupon.thresholdFen)}元` : '',
        zheOf(coupon.percentOff),
        coupon.capFen > 0 ? `，最高减${wholeYuan(coupon.capFen)}元` : '',
      ].join('');
    case 'AMOUNT_OFF':
      return `无门槛减${wholeYuan(coupon.amountOffFen)}元`;
    case 'NEWCOMER_AMOUNT_OFF':
      return `新人首单减${wholeYuan(coupon.amountOffFen)}元`;
  }
}

/** Coupon terms read 满199减30, not 满199.00减30.00. */
function wholeYuan(fen: number): string {
  return yuanOf(fen).replace(/\.00$/, '');
}

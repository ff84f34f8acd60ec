import type {
  CheckoutOrderFragment,
  CheckoutQuoteQuery,
  OrderDetailFragment,
  OrderStatus,
  PaymentMethod,
} from '../../miniprogram/generated/graphql';

const money = (fen: number) => ({ fen, yuan: (fen / 100).toFixed(2) });

/** A one-course quote: 原价 list, a limited-time price and, with a coupon, the coupon's step. */
export function quoteOf({
  listFen = 9900,
  saleFen = 2000,
  couponFen = 0,
  methods = ['WECHAT_PAY', 'BALANCE'] as PaymentMethod[],
}: { listFen?: number; saleFen?: number; couponFen?: number; methods?: PaymentMethod[] } = {}): CheckoutQuoteQuery {
  const steps = [
    { kind: 'LIST_PRICE' as const, amount: listFen, reason: '原价' },
    ...(saleFen > 0 ? [{ kind: 'LIMITED_TIME_PRICE' as const, amount: -saleFen, reason: '限时优惠' }] : []),
    ...(couponFen > 0 ? [{ kind: 'COUPON' as const, amount: -couponFen, reason: '满50减10' }] : []),
  ];
  const totalFen = listFen - saleFen - couponFen;
  return {
    quote: {
      couponApplied: couponFen > 0,
      lines: [
        {
          offerId: 'course-1',
          kind: 'COURSE',
          title: '前端进阶',
          saleEndsAt: null,
          final: money(totalFen),
          steps,
          purchase: { methods, canBuy: methods.length > 0, pricesHidden: false },
        },
      ],
      listTotal: money(listFen),
      discount: money(saleFen + couponFen),
      total: money(totalFen),
    },
  };
}

export function orderOf(status: OrderStatus = 'PENDING', overrides: Partial<CheckoutOrderFragment> = {}): CheckoutOrderFragment {
  return {
    id: 'order-1',
    title: '前端进阶',
    status,
    amount: money(7900),
    lines: [{ groupBuyId: null }],
    ...overrides,
  };
}

export function orderDetailOf(status: OrderStatus = 'PAID', overrides: Partial<OrderDetailFragment> = {}): OrderDetailFragment {
  return {
    id: 'order-1',
    number: 'KP20261203000001',
    title: '前端进阶',
    status,
    amount: money(7900),
    createdAt: '2026-12-03T06:55:00Z',
    expiresAt: '2999-01-01T00:00:00Z',
    paidAt: status === 'PENDING' ? null : '2026-12-03T07:00:00Z',
    closeReason: status === 'CLOSED' ? 'EXPIRED' : null,
    refundedFen: 0,
    lines: [
      {
        id: 'line-1',
        kind: 'COURSE',
        offerId: 'course-1',
        title: '前端进阶',
        list: money(9900),
        amount: money(7900),
        refunded: money(0),
        steps: [
          { kind: 'LIST_PRICE', amount: 9900, reason: '原价' },
          { kind: 'LIMITED_TIME_PRICE', amount: -2000, reason: '限时优惠' },
        ],
      },
    ],
    refunds: [],
    ...overrides,
  };
}

export const wechatPayParameters = {
  __typename: 'WeChatPayParameters' as const,
  appId: 'wx5e7a1d0c3b2f4968',
  timeStamp: '1764745200',
  nonceStr: 'n0nce',
  package: 'prepay_id=wx20261203',
  signType: 'RSA',
  paySign: 'signed',
};

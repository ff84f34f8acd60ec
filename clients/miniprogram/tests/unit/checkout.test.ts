import { describe, expect, it, vi } from 'vitest';
import { NETWORK_LOST, PAYMENT_CANCELLED, ApiError } from '../../miniprogram/api/errors';
import type { PaymentPort } from '../../miniprogram/api/payment';
import { loadCheckout, pay, placeOrder, resumePayment, staleQuotePart, waitUntilPaid } from '../../miniprogram/services/checkout';
import { orderOf, quoteOf, wechatPayParameters } from '../support/buy-fixtures';
import { fakeServer, lostNetwork, payloadError } from '../support/fake-server';

const noWait = { sleep: async () => {} };

describe('loadCheckout', () => {
  it('shows 原价, every discount with its reason and 实付, and the methods every line offers', async () => {
    const { api, calls } = fakeServer({ CheckoutQuote: () => quoteOf({ couponFen: 1000, methods: ['BALANCE', 'WECHAT_PAY'] }) });

    const view = await loadCheckout(api, { lines: [{ courseId: 'course-1' }], couponCode: 'C1' });

    expect(calls[0].variables).toEqual({ input: { lines: [{ courseId: 'course-1' }], couponCode: 'C1' } });
    expect(view).toMatchObject({ listTotalYuan: '99.00', discountYuan: '30.00', totalYuan: '69.00', totalFen: 6900, couponApplied: true, canBuy: true });
    expect(view.lines[0].steps).toEqual([
      { reason: '限时优惠', yuan: '-20.00' },
      { reason: '满50减10', yuan: '-10.00' },
    ]);
    expect(view.methods).toEqual(['WECHAT_PAY', 'BALANCE']);
  });

  it('cannot buy where the platform offers no method', async () => {
    const { api } = fakeServer({ CheckoutQuote: () => quoteOf({ methods: [] }) });

    await expect(loadCheckout(api, { lines: [{ courseId: 'course-1' }] })).resolves.toMatchObject({ canBuy: false, methods: [] });
  });
});

describe('placeOrder', () => {
  it('sends the quoted total and the attempt key, so a resend returns the same order', async () => {
    const { api, calls } = fakeServer({ CreateOrder: () => ({ createOrder: { order: orderOf(), errors: null } }) });

    const order = await placeOrder(api, { lines: [{ courseId: 'course-1' }] }, 7900, 'attempt-key-1');

    expect(order).toMatchObject({ id: 'order-1', status: 'PENDING', amountYuan: '79.00' });
    expect(calls[0].variables).toEqual({ input: { lines: [{ courseId: 'course-1' }], expectedTotalFen: 7900, clientKey: 'attempt-key-1' } });
  });

  it('refuses a changed price with a message asking to confirm the new one', async () => {
    const { api } = fakeServer({ CreateOrder: () => ({ createOrder: { order: null, errors: [payloadError('PRICE_CHANGED')] } }) });

    await expect(placeOrder(api, { lines: [{ courseId: 'course-1' }] }, 7900, 'attempt-key-1')).rejects.toMatchObject({
      code: 'PRICE_CHANGED',
      message: '价格有变动，请确认新价格后再下单',
    });
  });
});

describe('pay', () => {
  it('hands the signed WeChat Pay parameters to the payment port unchanged', async () => {
    const { api, calls } = fakeServer({ Checkout: () => ({ checkout: { order: orderOf(), payment: wechatPayParameters, errors: null } }) });
    const port = vi.fn<PaymentPort>(async () => {});

    await expect(pay(api, port, 'order-1', 'WECHAT_PAY')).resolves.toBe('submitted');

    expect(calls[0].variables).toEqual({ input: { orderId: 'order-1', method: 'WECHAT_PAY', idempotencyKey: null } });
    expect(port).toHaveBeenCalledWith({
      kind: 'WECHAT_PAY',
      timeStamp: '1764745200',
      nonceStr: 'n0nce',
      package: 'prepay_id=wx20261203',
      signType: 'RSA',
      paySign: 'signed',
    });
  });

  it('pays from the balance at once with an idempotency key, without a pay sheet', async () => {
    const { api, calls } = fakeServer({
      Checkout: () => ({ checkout: { order: orderOf('PAID'), payment: { __typename: 'BalancePayment', balance: { yuan: '21.00' } }, errors: null } }),
    });
    const port = vi.fn<PaymentPort>();

    await expect(pay(api, port, 'order-1', 'BALANCE', 'balance-key-1')).resolves.toBe('paid');

    expect(calls[0].variables).toMatchObject({ input: { method: 'BALANCE', idempotencyKey: 'balance-key-1' } });
    expect(port).not.toHaveBeenCalled();
  });

  it('leaves the order pending when the learner closes the pay sheet', async () => {
    const { api, calls } = fakeServer({ Checkout: () => ({ checkout: { order: orderOf(), payment: wechatPayParameters, errors: null } }) });
    const closedSheet: PaymentPort = async () => {
      throw new ApiError(PAYMENT_CANCELLED, '支付已取消，可在“我的订单”中继续支付');
    };

    await expect(pay(api, closedSheet, 'order-1', 'WECHAT_PAY')).rejects.toMatchObject({ code: PAYMENT_CANCELLED });
    expect(calls.map((call) => call.operation)).toEqual(['Checkout']);
  });

  it('treats an order that was paid meanwhile as paid', async () => {
    const { api } = fakeServer({ Checkout: () => ({ checkout: { order: null, payment: null, errors: [payloadError('ORDER_ALREADY_PAID')] } }) });

    await expect(pay(api, vi.fn<PaymentPort>(), 'order-1', 'WECHAT_PAY')).resolves.toBe('paid');
  });

  it('resumes with WeChat Pay when the platform offers it', async () => {
    const { api, calls } = fakeServer({
      OfferedPaymentMethods: () => ({ paymentMethods: ['BALANCE', 'WECHAT_PAY'] }),
      Checkout: () => ({ checkout: { order: orderOf(), payment: wechatPayParameters, errors: null } }),
    });

    await expect(resumePayment(api, async () => {}, 'order-1')).resolves.toBe('submitted');
    expect(calls[1].variables).toMatchObject({ input: { orderId: 'order-1', method: 'WECHAT_PAY' } });
  });
});

describe('waitUntilPaid', () => {
  it('asks until the order is no longer pending', async () => {
    const answers = [orderOf('PENDING'), orderOf('PENDING'), orderOf('PAID')];
    const { api, calls } = fakeServer({ SyncOrderPayment: () => ({ syncOrderPayment: { order: answers.shift(), errors: null } }) });

    await expect(waitUntilPaid(api, 'order-1', noWait)).resolves.toMatchObject({ status: 'PAID' });
    expect(calls).toHaveLength(3);
  });

  it('waits out a network that drops while polling', async () => {
    const answers: (object | typeof lostNetwork)[] = [lostNetwork, lostNetwork, { syncOrderPayment: { order: orderOf('PAID'), errors: null } }];
    const { api } = fakeServer({ SyncOrderPayment: () => answers.shift() ?? lostNetwork });

    await expect(waitUntilPaid(api, 'order-1', noWait)).resolves.toMatchObject({ status: 'PAID' });
  });

  it('fails with NETWORK_LOST when the network never comes back', async () => {
    const { api } = fakeServer({ SyncOrderPayment: () => lostNetwork });

    await expect(waitUntilPaid(api, 'order-1', { ...noWait, attempts: 3 })).rejects.toMatchObject({ code: NETWORK_LOST });
  });

  it('returns the order still pending when WeChat Pay has not confirmed in time', async () => {
    const sleep = vi.fn(async () => {});
    const { api } = fakeServer({ SyncOrderPayment: () => ({ syncOrderPayment: { order: orderOf('PENDING'), errors: null } }) });

    await expect(waitUntilPaid(api, 'order-1', { attempts: 4, intervalMilliseconds: 5000, sleep })).resolves.toMatchObject({ status: 'PENDING' });
    expect(sleep).toHaveBeenCalledTimes(3);
    expect(sleep).toHaveBeenCalledWith(5000);
  });
});

describe('waitUntilPaid, once the learner has left', () => {
  it('stops asking and settles for the order as last seen', async () => {
    let left = false;
    const { api, calls } = fakeServer({
      SyncOrderPayment: () => {
        left = true;
        return { syncOrderPayment: { order: orderOf('PENDING'), errors: null } };
      },
    });

    await expect(waitUntilPaid(api, 'order-1', { ...noWait, stopped: () => left })).resolves.toMatchObject({ status: 'PENDING' });
    expect(calls).toHaveLength(1);
  });
});

describe('staleQuotePart', () => {
  it('tells a price that no longer holds from a coupon that no longer does, and both from other failures', () => {
    expect(staleQuotePart(new ApiError('PRICE_CHANGED', ''))).toBe('price');
    expect(staleQuotePart(new ApiError('SALE_ENDED', ''))).toBe('price');
    expect(staleQuotePart(new ApiError('COUPON_IN_USE', ''))).toBe('coupon');
    expect(staleQuotePart(new ApiError('COURSE_ALREADY_OWNED', ''))).toBeNull();
    expect(staleQuotePart(new Error('PRICE_CHANGED'))).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { orderOf, quoteOf, wechatPayParameters } from '../support/buy-fixtures';
import { type FakeOperation, fakeServer, payloadError, Refused } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { isDisabled, tap, textOf, textsOf as texts } from '../support/page-actions';
import { type Rendered, render } from '../support/render';


const coupons = { myCoupons: { nodes: [{ id: 'uc1', code: 'C-10', validUntil: '2999-01-01T00:00:00Z', coupon: { title: '满50减10' } }] } };

function checkoutServer(overrides: Record<string, FakeOperation> = {}) {
  return fakeServer({
    CheckoutCoupons: () => coupons,
    CheckoutQuote: (variables) => quoteOf({ couponFen: (variables.input as { couponCode?: string }).couponCode ? 1000 : 0 }),
    CreateOrder: () => ({ createOrder: { order: orderOf(), errors: null } }),
    Checkout: () => ({ checkout: { order: orderOf(), payment: wechatPayParameters, errors: null } }),
    ...overrides,
  });
}

async function openCheckout(server: ReturnType<typeof fakeServer>): Promise<Rendered> {
  const page = render('pages/checkout/checkout', server.api);
  await page.instance.onLoad({ courseId: 'course-1' } as never);
  return page;
}


describe('checkout page', () => {
  it('shows 原价, each discount with its reason, 优惠 and 实付, and the payment methods offered', async () => {
    const page = await openCheckout(checkoutServer());

    expect(texts(page, '.list-total')).toEqual(['原价¥99.00']);
    expect(texts(page, '.step')).toEqual(['限时优惠-20.00']);
    expect(texts(page, '.discount')).toEqual(['优惠-¥20.00']);
    expect(texts(page, '.total')).toEqual(['实付¥79.00']);
    expect(texts(page, '.method')).toEqual(['微信支付已选', '余额支付']);
    expect(texts(page, '.coupon')).toEqual(['优惠券1张可用']);
  });

  it('re-prices the order with the coupon the learner picks', async () => {
    const server = checkoutServer();
    const page = await openCheckout(server);

    await tap(page, '.coupon');
    expect(texts(page, '.coupon-option')[0]).toMatch(/^满50减10有效期至 2999-01-01 \d{2}:\d{2}$/);
    await tap(page, '.coupon-option');

    expect(server.calls.filter((call) => call.operation === 'CheckoutQuote').at(-1)?.variables).toEqual({
      input: { lines: [{ courseId: 'course-1' }], couponCode: 'C-10' },
    });
    expect(texts(page, '.step')).toEqual(['限时优惠-20.00', '满50减10-10.00']);
    expect(texts(page, '.total')).toEqual(['实付¥69.00']);
    expect(texts(page, '.coupon')).toEqual(['优惠券满50减10']);
  });

  it('places the order at the quoted total, pays with wx.requestPayment and opens the result page', async () => {
    const server = checkoutServer();
    const requestPayment = vi.fn((option: WechatMiniprogram.RequestPaymentOption) => option.success?.({ errMsg: 'requestPayment:ok' }));
    const redirectTo = vi.fn();
    installMemoryWx({ requestPayment, redirectTo } as Partial<WechatMiniprogram.Wx>);
    const page = await openCheckout(server);

    await tap(page, '.submit');

    const createOrder = server.calls.find((call) => call.operation === 'CreateOrder');
    expect(createOrder?.variables).toMatchObject({ input: { expectedTotalFen: 7900, clientKey: expect.stringMatching(/^[0-9a-f]{32}$/) } });
    expect(requestPayment).toHaveBeenCalledWith(expect.objectContaining({ package: 'prepay_id=wx20261203' }));
    expect(redirectTo).toHaveBeenCalledWith({ url: '/pages/pay-result/pay-result?id=order-1' });
  });

  it('says the payment was cancelled and pays the same order again, not a new one', async () => {
    const server = checkoutServer();
    let sheet: 'cancel' | 'ok' = 'cancel';
    const requestPayment = (option: WechatMiniprogram.RequestPaymentOption) =>
      sheet === 'cancel' ? option.fail?.({ errMsg: 'requestPayment:fail cancel' }) : option.success?.({ errMsg: 'requestPayment:ok' });
    const redirectTo = vi.fn();
    const navigateTo = vi.fn();
    installMemoryWx({ requestPayment, redirectTo, navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await openCheckout(server);

    await page.instance.submit();

    expect(textOf(page, '.notice-text')).toBe('支付已取消，可在“我的订单”中继续支付');
    expect(textOf(page, '.submit')).toBe('继续支付');
    expect(redirectTo).not.toHaveBeenCalled();
    await tap(page, '.to-order');
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/order/order?id=order-1' });

    sheet = 'ok';
    await page.instance.submit();

    expect(server.calls.filter((call) => call.operation === 'CreateOrder')).toHaveLength(1);
    expect(server.calls.filter((call) => call.operation === 'Checkout')).toHaveLength(2);
    expect(redirectTo).toHaveBeenCalledWith({ url: '/pages/pay-result/pay-result?id=order-1' });
  });

  it('shows a changed price and the new total instead of charging it', async () => {
    let listFen = 9900;
    const server = checkoutServer({
      CheckoutQuote: () => quoteOf({ listFen }),
      CreateOrder: () => ({ createOrder: { order: null, errors: [payloadError('PRICE_CHANGED', 'The price changed.')] } }),
    });
    const page = await openCheckout(server);
    const firstKey = page.data.clientKey;
    listFen = 12900;

    await page.instance.submit();

    expect(textOf(page, '.notice-text')).toBe('价格有变动，请确认新价格后再下单');
    expect(texts(page, '.total')).toEqual(['实付¥109.00']);
    expect(page.data.clientKey).not.toBe(firstKey);
    expect(textOf(page, '.submit')).toBe('提交订单');
  });

  it('offers no purchase where the platform offers no way to pay', async () => {
    const page = await openCheckout(checkoutServer({ CheckoutQuote: () => quoteOf({ methods: [] }) }));

    expect(page.querySelector('.cannot-buy')?.dom?.textContent).toBe('当前设备暂不支持购买');
    expect(isDisabled(page, '.submit')).toBe(true);
  });

  it('drops a coupon that can no longer be used and shows the price without it', async () => {
    let couponUsable = true;
    const server = checkoutServer({
      CheckoutCoupons: () => (couponUsable ? coupons : { myCoupons: { nodes: [] } }),
      CreateOrder: () => ({ createOrder: { order: null, errors: [payloadError('COUPON_USED')] } }),
    });
    const page = await openCheckout(server);
    await tap(page, '.coupon');
    await tap(page, '.coupon-option');
    couponUsable = false;

    await tap(page, '.submit');

    expect(textOf(page, '.notice-text')).toBe('优惠券已使用');
    expect(server.calls.filter((call) => call.operation === 'CheckoutQuote').at(-1)?.variables).toEqual({
      input: { lines: [{ courseId: 'course-1' }], couponCode: null },
    });
    expect(texts(page, '.total')).toEqual(['实付¥79.00']);
    expect(texts(page, '.coupon')).toEqual(['优惠券暂无可用']);
  });

  it('shows when a limited-time price ends', async () => {
    const quote = quoteOf();
    quote.quote.lines[0].saleEndsAt = '2026-12-03T10:30:00Z';
    const page = await openCheckout(checkoutServer({ CheckoutQuote: () => quote }));

    expect(texts(page, '.line')[0]).toMatch(/^前端进阶¥79\.00限时价截至 2026-12-03 \d{2}:30$/);
  });

  it('signs the learner in before pricing, so their coupons and member prices count', async () => {
    const server = checkoutServer({
      Login: () => ({ login: { accessToken: 'a2', accessTokenExpiresAt: null, refreshToken: 'r2', refreshTokenExpiresAt: null, errors: null } }),
    });
    server.api.session.clear();

    await openCheckout(server);

    expect(server.calls.map((call) => call.operation)).toEqual(['Login', 'CheckoutCoupons', 'CheckoutQuote']);
    expect(server.api.auth.isSignedIn()).toBe(true);
  });

  it('pays with the method the learner picks, and with another when the balance is short', async () => {
    const server = checkoutServer({
      Checkout: (variables) =>
        (variables.input as { method: string }).method === 'BALANCE'
          ? { checkout: { order: null, payment: null, errors: [payloadError('WALLET_INSUFFICIENT_BALANCE')] } }
          : { checkout: { order: orderOf(), payment: wechatPayParameters, errors: null } },
    });
    const redirectTo = vi.fn();
    installMemoryWx({
      redirectTo,
      requestPayment: ((option: WechatMiniprogram.RequestPaymentOption) => option.success?.({ errMsg: 'requestPayment:ok' })) as WechatMiniprogram.Wx['requestPayment'],
    });
    const page = await openCheckout(server);

    page.querySelectorAll('.method')[1].querySelector('.stand-in')?.dispatchEvent('tap');
    await tap(page, '.submit');

    expect(texts(page, '.method')).toEqual(['微信支付', '余额支付已选']);
    expect(textOf(page, '.notice-text')).toBe('余额不足，请充值或换一种支付方式');

    await tap(page, '.method');
    await tap(page, '.submit');

    const checkouts = server.calls.filter((call) => call.operation === 'Checkout').map((call) => call.variables.input);
    expect(checkouts).toMatchObject([
      { orderId: 'order-1', method: 'BALANCE', idempotencyKey: expect.any(String) },
      { orderId: 'order-1', method: 'WECHAT_PAY', idempotencyKey: null },
    ]);
    expect(server.calls.filter((call) => call.operation === 'CreateOrder')).toHaveLength(1);
    expect(redirectTo).toHaveBeenCalledWith({ url: '/pages/pay-result/pay-result?id=order-1' });
  });

  it('explains that nothing can be bought here when the platform hides prices (iOS without Virtual Payment)', async () => {
    const page = await openCheckout(checkoutServer({ CheckoutQuote: () => new Refused('PURCHASE_NOT_OFFERED') }));

    expect(textOf(page, '.notice-text')).toBe('当前设备暂不支持购买该内容');
    expect(page.querySelector('.submit')).toBeUndefined();
  });

  it('prices with a coupon code the learner types in', async () => {
    const server = checkoutServer({ CheckoutCoupons: () => ({ myCoupons: { nodes: [] } }) });
    const page = await openCheckout(server);

    await tap(page, '.coupon');
    page.querySelector('.coupon-code')?.dispatchEvent('input', { detail: { value: ' SPRING10 ' } });
    await tap(page, '.use-code');

    expect(server.calls.at(-1)?.variables).toEqual({ input: { lines: [{ courseId: 'course-1' }], couponCode: 'SPRING10' } });
    expect(texts(page, '.total')).toEqual(['实付¥69.00']);
    expect(texts(page, '.coupon')).toEqual(['优惠券券码 SPRING10']);
  });
});

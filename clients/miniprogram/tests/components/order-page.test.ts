import { describe, expect, it, vi } from 'vitest';
import type { OrderDetailFragment } from '../../miniprogram/generated/graphql';
import { orderDetailOf, orderOf, wechatPayParameters } from '../support/buy-fixtures';
import { type FakeOperation, fakeServer, payloadError } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { tap, textOf, textsOf } from '../support/page-actions';
import { type Rendered, render, simulate } from '../support/render';

const refundOf = (reason: string) => ({ id: 'refund-1', amount: { yuan: '79.00' }, reason, status: 'PROCESSING' as const, requestedAt: '2026-12-03T07:50:00Z', completedAt: null });

function orderServer(order: OrderDetailFragment | null, overrides: Record<string, FakeOperation> = {}) {
  return fakeServer({ OrderDetail: () => ({ order }), ...overrides });
}

async function openOrder(server: ReturnType<typeof fakeServer>, query: Record<string, string> = { id: 'order-1' }): Promise<Rendered> {
  const page = render('pages/order/order', server.api);
  await page.instance.onLoad(query as never);
  return page;
}

async function typeReason(page: Rendered, reason: string) {
  page.querySelector('.reason')?.dispatchEvent('input', { detail: { value: reason } });
  await simulate.sleep(0);
}

describe('order page', () => {
  it('shows each line with 原价, its discounts and 实付, and the order’s number', async () => {
    const page = await openOrder(orderServer(orderDetailOf('PAID')));

    expect(textOf(page, '.status')).toBe('已支付');
    expect(textsOf(page, '.line-list')).toEqual(['原价¥99.00']);
    expect(textsOf(page, '.step')).toEqual(['限时优惠-20.00']);
    expect(textOf(page, '.total')).toBe('实付¥79.00');
    expect(textOf(page, '.number')).toBe('订单号KP20261203000001');
    expect(page.querySelector('.pay')).toBeUndefined();
  });

  it('sends a refund request with the learner’s reason and shows it processing', async () => {
    const refunded = orderDetailOf('PAID', { refunds: [refundOf('内容与描述不符')] });
    const server = orderServer(orderDetailOf('PAID'), {
      RequestRefund: () => ({ requestRefund: { refund: refunded.refunds[0], order: refunded, errors: null } }),
    });
    const page = await openOrder(server);

    await tap(page, '.ask-refund');
    await typeReason(page, '内容与描述不符');
    await tap(page, '.submit-refund');

    expect(server.calls.at(-1)).toEqual({ operation: 'RequestRefund', variables: { input: { orderId: 'order-1', reason: '内容与描述不符' } } });
    expect(textsOf(page, '.refund-record')[0]).toContain('¥79.00 退款处理中');
    expect(textOf(page, '.notice')).toBe('退款申请已提交，款项将原路退回');
    expect(page.querySelector('.ask-refund')).toBeUndefined();
  });

  it('takes one of the common reasons with a tap', async () => {
    const refunded = orderDetailOf('PAID', { refunds: [refundOf('买错了或重复购买')] });
    const server = orderServer(orderDetailOf('PAID'), {
      RequestRefund: () => ({ requestRefund: { refund: refunded.refunds[0], order: refunded, errors: null } }),
    });
    const page = await openOrder(server, { id: 'order-1', refund: '1' });

    expect(textsOf(page, '.reason-choice')).toEqual(['不想学了', '内容与描述不符', '买错了或重复购买', '课程质量不满意']);
    page.querySelectorAll('.reason-choice')[2].querySelector('.stand-in')?.dispatchEvent('tap');
    await simulate.sleep(0);
    await tap(page, '.submit-refund');

    expect(server.calls.at(-1)?.variables).toEqual({ input: { orderId: 'order-1', reason: '买错了或重复购买' } });
  });

  it('asks for a reason before sending a refund request', async () => {
    const server = orderServer(orderDetailOf('PAID'));
    const page = await openOrder(server, { id: 'order-1', refund: '1' });

    await tap(page, '.submit-refund');

    expect(textOf(page, '.notice')).toBe('请填写退款原因');
    expect(server.calls.map((call) => call.operation)).toEqual(['OrderDetail']);
  });

  it('explains a refused refund in the learner’s words', async () => {
    const page = await openOrder(
      orderServer(orderDetailOf('PAID'), { RequestRefund: () => ({ requestRefund: { refund: null, order: null, errors: [payloadError('REFUND_PROGRESS_TOO_HIGH')] } }) }),
      { id: 'order-1', refund: '1' },
    );

    await typeReason(page, '不想学了');
    await tap(page, '.submit-refund');

    expect(textOf(page, '.notice')).toBe('学习进度已超过可退款范围');
  });

  it('pays a pending order again, or cancels it once the learner confirms', async () => {
    const redirectTo = vi.fn();
    let confirms = false;
    installMemoryWx({
      redirectTo,
      showModal: ((option: WechatMiniprogram.ShowModalOption) =>
        option.success?.({ confirm: confirms, cancel: !confirms, content: '', errMsg: 'showModal:ok' })) as WechatMiniprogram.Wx['showModal'],
      requestPayment: ((option: WechatMiniprogram.RequestPaymentOption) => option.success?.({ errMsg: 'requestPayment:ok' })) as WechatMiniprogram.Wx['requestPayment'],
    });
    let current = orderDetailOf('PENDING');
    const server = orderServer(null, {
      OrderDetail: () => ({ order: current }),
      OfferedPaymentMethods: () => ({ paymentMethods: ['WECHAT_PAY'] }),
      Checkout: () => ({ checkout: { order: orderOf(), payment: wechatPayParameters, errors: null } }),
      CancelOrder: () => {
        current = orderDetailOf('CLOSED', { closeReason: 'CANCELLED' });
        return { cancelOrder: { order: orderOf('CLOSED'), errors: null } };
      },
    });
    const page = await openOrder(server);

    expect(textOf(page, '.status')).toBe('待支付');
    expect(textOf(page, '.pay-before')).toMatch(/^请在 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 前完成支付/);
    await tap(page, '.pay');
    expect(redirectTo).toHaveBeenCalledWith({ url: '/pages/pay-result/pay-result?id=order-1' });

    await tap(page, '.cancel');
    expect(server.calls.map((call) => call.operation)).not.toContain('CancelOrder');

    confirms = true;
    await tap(page, '.cancel');
    expect(textOf(page, '.status')).toBe('已取消');
    expect(page.querySelector('.pay')).toBeUndefined();
  });

  it('says an order that is not the learner’s does not exist', async () => {
    const page = await openOrder(orderServer(null));

    expect(textOf(page, '.missing')).toBe('订单不存在');
  });
});

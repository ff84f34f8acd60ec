import { describe, expect, it, vi } from 'vitest';
import type { OrderDetailFragment } from '../../miniprogram/generated/graphql';
import { orderDetailOf, orderOf, wechatPayParameters } from '../support/buy-fixtures';
import { type FakeOperation, fakeServer } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { tap, textOf, textsOf } from '../support/page-actions';
import { type Rendered, render, simulate } from '../support/render';

function ordersServer(pages: OrderDetailFragment[][], overrides: Record<string, FakeOperation> = {}) {
  return fakeServer({
    MyOrders: (variables) => {
      const index = variables.after === null ? 0 : Number(variables.after);
      return { myOrders: { nodes: pages[index], pageInfo: { hasNextPage: index + 1 < pages.length, endCursor: String(index + 1) } } };
    },
    OfferedPaymentMethods: () => ({ paymentMethods: ['WECHAT_PAY', 'BALANCE'] }),
    Checkout: () => ({ checkout: { order: orderOf(), payment: wechatPayParameters, errors: null } }),
    ...overrides,
  });
}

async function openOrders(server: ReturnType<typeof fakeServer>): Promise<Rendered> {
  const page = render('pages/orders/orders', server.api);
  await page.instance.onShow();
  return page;
}

const pending = orderDetailOf('PENDING', { id: 'pending', title: '待付课程' });
const paid = orderDetailOf('PAID', { id: 'paid', title: '已买课程' });
const closed = orderDetailOf('CLOSED', { id: 'closed', title: '超时课程' });

describe('orders page', () => {
  it('lists the orders with their status, payment for a pending one and a refund for a paid one', async () => {
    const page = await openOrders(ordersServer([[pending, paid, closed]]));

    expect(textsOf(page, '.order-summary').map((text) => text?.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, 'TIME'))).toEqual([
      '待付课程待支付TIME · ¥79.00',
      '已买课程已支付TIME · ¥79.00',
      '超时课程已超时关闭TIME · ¥79.00',
    ]);
    expect(textsOf(page, '.resume')).toEqual(['去支付']);
    expect(textsOf(page, '.refund')).toEqual(['申请退款']);
    expect(textOf(page, '.more')).toBe('没有更多了');
  });

  it('loads the next page at the bottom of the list', async () => {
    const page = await openOrders(ordersServer([[paid], [closed]]));

    await page.instance.onReachBottom();
    await simulate.sleep(0);

    expect(textsOf(page, '.order-summary')).toHaveLength(2);
    expect(page.data.nextCursor).toBeNull();
  });

  it('resumes a payment that was cancelled: the same order is paid, then the result page opens', async () => {
    const server = ordersServer([[pending]]);
    const requestPayment = vi.fn((option: WechatMiniprogram.RequestPaymentOption) => option.success?.({ errMsg: 'requestPayment:ok' }));
    const navigateTo = vi.fn();
    installMemoryWx({ requestPayment, navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await openOrders(server);

    await tap(page, '.resume');

    expect(server.calls.find((call) => call.operation === 'Checkout')?.variables).toMatchObject({ input: { orderId: 'pending', method: 'WECHAT_PAY' } });
    expect(requestPayment).toHaveBeenCalledOnce();
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/pay-result/pay-result?id=pending' });
  });

  it('tells the learner when they close the pay sheet again, and keeps the order payable', async () => {
    installMemoryWx({
      requestPayment: ((option: WechatMiniprogram.RequestPaymentOption) => option.fail?.({ errMsg: 'requestPayment:fail cancel' })) as WechatMiniprogram.Wx['requestPayment'],
    });
    const page = await openOrders(ordersServer([[pending]]));

    await tap(page, '.resume');

    expect(textOf(page, '.notice')).toBe('支付已取消，可在“我的订单”中继续支付');
    expect(textsOf(page, '.resume')).toEqual(['去支付']);
  });

  it('opens the refund request of a paid order', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await openOrders(ordersServer([[paid]]));

    await tap(page, '.refund');

    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/order/order?id=paid&refund=1' });
  });

  it('says so when there are no orders', async () => {
    const page = await openOrders(ordersServer([[]]));

    expect(textOf(page, '.empty')).toBe('还没有订单');
  });

  it('starts over on pull-down, showing what changed meanwhile', async () => {
    const stopPullDownRefresh = vi.fn();
    installMemoryWx({ stopPullDownRefresh } as Partial<WechatMiniprogram.Wx>);
    let pages = [[pending]];
    const server = ordersServer([], { MyOrders: () => ({ myOrders: { nodes: pages[0], pageInfo: { hasNextPage: false, endCursor: null } } }) });
    const page = await openOrders(server);
    pages = [[orderDetailOf('PAID', { id: 'pending', title: '待付课程' })]];

    await page.instance.onPullDownRefresh();

    expect(textsOf(page, '.order-summary')[0]).toContain('已支付');
    expect(textsOf(page, '.order-summary')).toHaveLength(1);
    expect(stopPullDownRefresh).toHaveBeenCalled();
  });

  it('shows only the orders of the tab the learner picks', async () => {
    const server = ordersServer([], {
      MyOrders: (variables) => ({
        myOrders: { nodes: variables.where === null ? [pending, paid] : [pending], pageInfo: { hasNextPage: false, endCursor: null } },
      }),
    });
    const page = await openOrders(server);
    expect(textsOf(page, '.filter')).toEqual(['全部', '待支付', '已支付', '退款']);

    page.querySelectorAll('.filter')[1].dispatchEvent('tap');
    await simulate.sleep(0);
    await simulate.sleep(0);

    expect(server.calls.at(-1)?.variables).toMatchObject({ where: { status: { in: ['PENDING'] } } });
    expect(textsOf(page, '.order-summary')).toHaveLength(1);
    expect(textOf(page, '.filter.chosen')).toBe('待支付');
  });
});

import { describe, expect, it } from 'vitest';
import { loadOrder, loadOrders, requestRefund } from '../../miniprogram/services/orders';
import { orderDetailOf } from '../support/buy-fixtures';
import { fakeServer, payloadError } from '../support/fake-server';

const now = new Date('2026-12-03T08:00:00Z');

describe('loadOrders', () => {
  it('lists orders with what the learner can do with each, and where the next page starts', async () => {
    const pending = orderDetailOf('PENDING', { id: 'pending' });
    const expired = orderDetailOf('PENDING', { id: 'expired', expiresAt: '2026-12-03T07:30:00Z' });
    const paid = orderDetailOf('PAID', { id: 'paid' });
    const closed = orderDetailOf('CLOSED', { id: 'closed' });
    const { api, calls } = fakeServer({
      MyOrders: () => ({ myOrders: { nodes: [pending, expired, paid, closed], pageInfo: { hasNextPage: true, endCursor: 'c4' } } }),
    });

    const page = await loadOrders(api, { after: 'c0', now });

    expect(calls[0].variables).toEqual({ first: 20, after: 'c0', where: null });
    expect(page.nextCursor).toBe('c4');
    expect(page.orders.map(({ id, statusLabel, canResume, canRefund }) => ({ id, statusLabel, canResume, canRefund }))).toEqual([
      { id: 'pending', statusLabel: '待支付', canResume: true, canRefund: false },
      { id: 'expired', statusLabel: '待支付', canResume: false, canRefund: false },
      { id: 'paid', statusLabel: '已支付', canResume: false, canRefund: true },
      { id: 'closed', statusLabel: '已超时关闭', canResume: false, canRefund: false },
    ]);
  });

  it('asks only for the orders of the chosen tab', async () => {
    const { api, calls } = fakeServer({ MyOrders: () => ({ myOrders: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } }) });

    await loadOrders(api, { filter: 'REFUNDED' });

    expect(calls[0].variables).toEqual({ first: 20, after: null, where: { status: { in: ['PARTIALLY_REFUNDED', 'REFUNDED'] } } });
  });

  it('has no next page on the last one', async () => {
    const { api } = fakeServer({ MyOrders: () => ({ myOrders: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } }) });

    await expect(loadOrders(api)).resolves.toEqual({ orders: [], nextCursor: null });
  });
});

describe('loadOrder', () => {
  it('shows each line with 原价, its discounts and 实付', async () => {
    const { api } = fakeServer({ OrderDetail: () => ({ order: orderDetailOf('PAID') }) });

    const order = await loadOrder(api, 'order-1', now);

    expect(order?.lines).toEqual([
      { id: 'line-1', title: '前端进阶', listYuan: '99.00', amountYuan: '79.00', refundedYuan: null, steps: [{ reason: '限时优惠', yuan: '-20.00' }] },
    ]);
    expect(order?.canRefund).toBe(true);
  });

  it('is null for an order that is not the learner’s', async () => {
    const { api } = fakeServer({ OrderDetail: () => ({ order: null }) });

    await expect(loadOrder(api, 'someone-else')).resolves.toBeNull();
  });
});

describe('requestRefund', () => {
  it('sends the reason and returns the order with its refund processing, no longer refundable', async () => {
    const refunded = orderDetailOf('PAID', {
      refunds: [{ id: 'refund-1', amount: { yuan: '79.00' }, reason: '买错了', status: 'PROCESSING', requestedAt: '2026-12-03T07:50:00Z', completedAt: null }],
    });
    const { api, calls } = fakeServer({ RequestRefund: () => ({ requestRefund: { refund: refunded.refunds[0], order: refunded, errors: null } }) });

    const order = await requestRefund(api, 'order-1', '买错了', now);

    expect(calls[0].variables).toEqual({ input: { orderId: 'order-1', reason: '买错了' } });
    expect(order.refunds).toMatchObject([{ amountYuan: '79.00', reason: '买错了', statusLabel: '退款处理中' }]);
    expect(order.canRefund).toBe(false);
  });

  it('tells the learner why a refund is refused', async () => {
    const { api } = fakeServer({
      RequestRefund: () => ({ requestRefund: { refund: null, order: null, errors: [payloadError('REFUND_WINDOW_PASSED')] } }),
    });

    await expect(requestRefund(api, 'order-1', '不想学了')).rejects.toMatchObject({ message: '已超过可退款期限' });
  });
});

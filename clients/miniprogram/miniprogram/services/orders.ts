import { throwIfErrors } from '../api/errors';
import {
  MyOrdersDocument,
  type OrderCloseReason,
  type OrderDetailFragment,
  OrderDetailDocument,
  type OrderListItemFragment,
  type OrderStatus,
  RequestRefundDocument,
  type RefundStatus,
} from '../generated/graphql';
import { dateTimeOf } from '../ui/format';
import type { Api } from './api';
import { type PriceStepView, stepView } from './checkout';

export interface OrderSummary {
  id: string;
  number: string;
  title: string;
  status: OrderStatus;
  statusLabel: string;
  amountYuan: string;
  placedAt: string;
  /** Pending and not yet expired: the learner can pay it now, until payBefore. */
  canResume: boolean;
  payBefore: string;
  /** Paid and nothing refunded yet: the learner may ask for the money back (the server applies the refund policy). */
  canRefund: boolean;
}

export interface OrderLineView {
  id: string;
  title: string;
  listYuan: string;
  amountYuan: string;
  refundedYuan: string | null;
  steps: PriceStepView[];
}

export interface RefundView {
  id: string;
  amountYuan: string;
  reason: string;
  statusLabel: string;
  requestedAt: string;
}

export interface OrderDetailView extends OrderSummary {
  lines: OrderLineView[];
  refunds: RefundView[];
  paidAt: string | null;
}

export interface OrderPage {
  orders: OrderSummary[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

const PAGE_SIZE = 20;

/** The tabs of the orders list. */
export type OrderFilter = 'ALL' | 'PENDING' | 'PAID' | 'REFUNDED';

export const orderFilters: { filter: OrderFilter; label: string }[] = [
  { filter: 'ALL', label: '全部' },
  { filter: 'PENDING', label: '待支付' },
  { filter: 'PAID', label: '已支付' },
  { filter: 'REFUNDED', label: '退款' },
];

const filterStatuses: Record<OrderFilter, OrderStatus[] | null> = {
  ALL: null,
  PENDING: ['PENDING'],
  PAID: ['PAID'],
  REFUNDED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
};

const statusLabels: Record<OrderStatus, string> = {
  PENDING: '待支付',
  PAID: '已支付',
  PARTIALLY_REFUNDED: '部分退款',
  REFUNDED: '已退款',
  CLOSED: '已关闭',
};

const closeLabels: Record<OrderCloseReason, string> = {
  EXPIRED: '已超时关闭',
  CANCELLED: '已取消',
  GROUP_BUY_FAILED: '拼团未成功，已关闭',
};

const refundLabels: Record<RefundStatus, string> = {
  PROCESSING: '退款处理中',
  SUCCEEDED: '已退款',
  CLOSED: '退款未成功',
  ABNORMAL: '退款异常，客服处理中',
};

/** The learner's orders, newest first, a page at a time; only those of one tab when a filter is given. */
export async function loadOrders(
  api: Api,
  { after = null, filter = 'ALL', now = new Date() }: { after?: string | null; filter?: OrderFilter; now?: Date } = {},
): Promise<OrderPage> {
  const statuses = filterStatuses[filter];
  const where = statuses === null ? null : { status: { in: statuses } };
  const { myOrders } = await api.client.request(MyOrdersDocument, { first: PAGE_SIZE, after, where });
  return {
    orders: myOrders.nodes.map((order) => summaryOf(order, now)),
    nextCursor: myOrders.pageInfo.hasNextPage ? (myOrders.pageInfo.endCursor ?? null) : null,
  };
}

/** One of the learner's orders with its lines, price steps and refunds; null when it is not theirs or does not exist. */
export async function loadOrder(api: Api, orderId: string, now = new Date()): Promise<OrderDetailView | null> {
  const { order } = await api.client.request(OrderDetailDocument, { id: orderId });
  return order === null ? null : detailOf(order, now);
}

/** Asks for the whole payment back with the learner's reason; returns the order with its refund, processing. */
export async function requestRefund(api: Api, orderId: string, reason: string, now = new Date()): Promise<OrderDetailView> {
  const { requestRefund: payload } = await api.client.request(RequestRefundDocument, { input: { orderId, reason } });
  throwIfErrors(payload.errors);
  if (payload.order === null) {
    throw new Error('requestRefund returned neither an order nor errors');
  }
  return detailOf(payload.order, now);
}

function summaryOf(order: OrderListItemFragment, now: Date): OrderSummary {
  const canResume = order.status === 'PENDING' && new Date(order.expiresAt) > now;
  return {
    id: order.id,
    number: order.number,
    title: order.title,
    status: order.status,
    statusLabel: order.status === 'CLOSED' && order.closeReason !== null ? closeLabels[order.closeReason] : statusLabels[order.status],
    amountYuan: order.amount.yuan,
    placedAt: dateTimeOf(order.createdAt),
    canResume,
    payBefore: dateTimeOf(order.expiresAt),
    canRefund: order.status === 'PAID' && order.refundedFen === 0,
  };
}

function detailOf(order: OrderDetailFragment, now: Date): OrderDetailView {
  const refunding = order.refunds.some((refund) => refund.status === 'PROCESSING' || refund.status === 'ABNORMAL');
  const summary = summaryOf(order, now);
  return {
    ...summary,
    canRefund: summary.canRefund && !refunding,
    paidAt: order.paidAt === null ? null : dateTimeOf(order.paidAt),
    lines: order.lines.map((line) => ({
      id: line.id,
      title: line.title,
      listYuan: line.list.yuan,
      amountYuan: line.amount.yuan,
      refundedYuan: line.refunded.fen > 0 ? line.refunded.yuan : null,
      steps: line.steps.filter((step) => step.kind !== 'LIST_PRICE').map(stepView),
    })),
    refunds: order.refunds.map((refund) => ({
      id: refund.id,
      amountYuan: refund.amount.yuan,
      reason: refund.reason,
      statusLabel: refundLabels[refund.status],
      requestedAt: dateTimeOf(refund.requestedAt),
    })),
  };
}

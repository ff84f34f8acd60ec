import { randomId } from '../api/session';
import { ApiError, hasCode, isApiError, NETWORK_LOST, throwIfErrors, userMessage } from '../api/errors';
import type { PaymentPort } from '../api/payment';
import {
  CancelOrderDocument,
  CheckoutCouponsDocument,
  CheckoutDocument,
  type CartLineInput,
  type CheckoutOrderFragment,
  type CheckoutPriceStepFragment,
  CheckoutQuoteDocument,
  CreateOrderDocument,
  type GroupBuyInput,
  OfferedPaymentMethodsDocument,
  type OrderStatus,
  type PaymentMethod,
  SyncOrderPaymentDocument,
} from '../generated/graphql';
import { dateTimeOf, yuanOf } from '../ui/format';
import type { Api } from './api';

export interface PriceStepView {
  reason: string;
  /** Signed yuan, e.g. "-10.00". */
  yuan: string;
}

export interface QuoteLineView {
  offerId: string;
  title: string;
  finalYuan: string;
  /** Every step after the list price: discounts and corrections, with their reasons. */
  steps: PriceStepView[];
  /** When the limited-time or flash-sale price ends, e.g. 2026-12-03 15:04; null without one. */
  saleEndsAt: string | null;
}

export interface CheckoutView {
  lines: QuoteLineView[];
  listTotalYuan: string;
  discountYuan: string;
  hasDiscount: boolean;
  totalYuan: string;
  /** What createOrder must be told it was quoted, so a changed price is refused instead of charged. */
  totalFen: number;
  couponApplied: boolean;
  /** The methods every line can be paid with on this platform, WeChat Pay first. */
  methods: PaymentMethod[];
  canBuy: boolean;
}

export interface CouponChoice {
  code: string;
  title: string;
  /** The last day and minute it can be used. */
  validUntil: string;
}

export interface OrderView {
  id: string;
  title: string;
  status: OrderStatus;
  amountYuan: string;
  /** Bought in a group (拼团): the lessons open when the group fills, not when the payment does. */
  inGroupBuy: boolean;
}

export interface Purchase {
  lines: CartLineInput[];
  couponCode?: string | null;
  groupBuy?: GroupBuyInput | null;
}

/** How a payment stands after the pay sheet: paid already (balance), or submitted and to be confirmed with waitUntilPaid. */
export type PayStep = 'paid' | 'submitted';

export const methodLabels: Record<PaymentMethod, string> = {
  WECHAT_PAY: '微信支付',
  BALANCE: '余额支付',
  VIRTUAL_PAYMENT: '微信虚拟支付',
};

const METHOD_PREFERENCE: PaymentMethod[] = ['WECHAT_PAY', 'VIRTUAL_PAYMENT', 'BALANCE'];

/** A key for one purchase attempt (createOrder's clientKey, checkout's idempotencyKey): a resend returns the same result. */
export function newAttemptKey(): string {
  return randomId();
}

/** A price step as the learner reads it: its reason and the signed amount in yuan. */
export function stepView(step: CheckoutPriceStepFragment): PriceStepView {
  return { reason: step.reason, yuan: yuanOf(step.amount, { signed: true }) };
}

/** The cart priced for the learner now (原价 / 优惠 / 实付), with the coupon if one is given, and how it can be paid. */
export async function loadCheckout(api: Api, purchase: Purchase): Promise<CheckoutView> {
  const { quote } = await api.client.request(CheckoutQuoteDocument, { input: purchase });
  const methods = METHOD_PREFERENCE.filter((method) => quote.lines.every((line) => line.purchase.methods.includes(method)));
  return {
    lines: quote.lines.map((line) => ({
      offerId: line.offerId,
      title: line.title,
      finalYuan: line.final.yuan,
      steps: line.steps.filter((step) => step.kind !== 'LIST_PRICE').map(stepView),
      saleEndsAt: line.saleEndsAt === null ? null : dateTimeOf(line.saleEndsAt),
    })),
    listTotalYuan: quote.listTotal.yuan,
    discountYuan: quote.discount.yuan,
    hasDiscount: quote.discount.fen > 0,
    totalYuan: quote.total.yuan,
    totalFen: quote.total.fen,
    couponApplied: quote.couponApplied,
    methods,
    canBuy: methods.length > 0 && quote.lines.every((line) => line.purchase.canBuy),
  };
}

/** The learner's coupons they can use now. */
export async function loadCouponChoices(api: Api): Promise<CouponChoice[]> {
  const { myCoupons } = await api.client.request(CheckoutCouponsDocument, {});
  return myCoupons.nodes.map((copy) => ({ code: copy.code, title: copy.coupon?.title ?? '优惠券', validUntil: dateTimeOf(copy.validUntil) }));
}

/**
 * Places the order at the quoted total. `clientKey` is made once per purchase attempt so a resend after a lost answer
 * returns the same order; a changed price fails with PRICE_CHANGED rather than charging something else.
 */
export async function placeOrder(api: Api, purchase: Purchase, quotedTotalFen: number, clientKey: string): Promise<OrderView> {
  const { createOrder } = await api.client.request(CreateOrderDocument, {
    input: { ...purchase, expectedTotalFen: quotedTotalFen, clientKey },
  });
  throwIfErrors(createOrder.errors);
  return orderView(required(createOrder.order));
}

/**
 * Pays a pending order: the balance pays at once; WeChat Pay and Virtual Payment open the platform's pay sheet through
 * `port` with the parameters checkout signed. A closed sheet rejects with PAYMENT_CANCELLED and leaves the order
 * pending, to be paid later from the orders page.
 */
export async function pay(api: Api, port: PaymentPort, orderId: string, method: PaymentMethod, attemptKey = newAttemptKey()): Promise<PayStep> {
  const { checkout } = await api.client.request(CheckoutDocument, {
    input: { orderId, method, idempotencyKey: method === 'BALANCE' ? attemptKey : null },
  });
  const alreadyPaid = checkout.errors?.some((error) => error.code === 'ORDER_ALREADY_PAID') ?? false;
  if (alreadyPaid) {
    return 'paid';
  }
  throwIfErrors(checkout.errors);
  const payment = required(checkout.payment);
  switch (payment.__typename) {
    case 'BalancePayment':
      return 'paid';
    case 'WeChatPayParameters':
      await port({
        kind: 'WECHAT_PAY',
        timeStamp: payment.timeStamp,
        nonceStr: payment.nonceStr,
        package: payment.package,
        signType: payment.signType,
        paySign: payment.paySign,
      });
      return 'submitted';
    case 'VirtualPaymentParameters':
      await port({ kind: 'VIRTUAL_PAYMENT', signData: payment.signData, paySig: payment.paySig, signature: payment.signature, mode: payment.mode });
      return 'submitted';
  }
}

const PRICE_NO_LONGER_HOLDS = ['PRICE_CHANGED', 'SALE_ENDED', 'SALE_SOLD_OUT', 'SALE_LIMIT_REACHED'];

/**
 * What no longer holds of the quote when placing the order failed: its price (a sale ended, the price changed) or its
 * coupon (used, expired, locked by another order…); null for other failures. Either way the cart is quoted again.
 */
export function staleQuotePart(error: unknown): 'price' | 'coupon' | null {
  if (!isApiError(error)) {
    return null;
  }
  if (PRICE_NO_LONGER_HOLDS.includes(error.code)) {
    return 'price';
  }
  return error.code.startsWith('COUPON_') ? 'coupon' : null;
}

/** Pays a pending order again (after a closed pay sheet or an interrupted payment) with the platform's preferred method. */
export async function resumePayment(api: Api, port: PaymentPort, orderId: string): Promise<PayStep> {
  const { paymentMethods } = await api.client.request(OfferedPaymentMethodsDocument, {});
  const method = METHOD_PREFERENCE.find((candidate) => paymentMethods.includes(candidate));
  if (method === undefined) {
    throw new ApiError('PURCHASE_NOT_OFFERED', userMessage('PURCHASE_NOT_OFFERED'));
  }
  return pay(api, port, orderId, method);
}

export interface WaitOptions {
  /** How many times to ask at most; the first at once. */
  attempts?: number;
  intervalMilliseconds?: number;
  sleep?: (milliseconds: number) => Promise<void>;
  /** Asked before each later attempt: true stops asking (the learner left the page) and settles for what was seen. */
  stopped?: () => boolean;
}

/**
 * Asks the server to settle the order with WeChat Pay (syncOrderPayment) until it is no longer pending or the attempts
 * run out, and returns it as it stands. A lost network is waited out; if it never came back, fails with NETWORK_LOST.
 */
export async function waitUntilPaid(
  api: Api,
  orderId: string,
  { attempts = 15, intervalMilliseconds = 2000, sleep = defaultSleep, stopped = () => false }: WaitOptions = {},
): Promise<OrderView> {
  let lastSeen: OrderView | null = null;
  let lastFailure: unknown = null;
  for (let attempt = 1; attempt <= Math.max(attempts, 1); attempt++) {
    if (attempt > 1) {
      await sleep(intervalMilliseconds);
      if (stopped()) {
        break;
      }
    }
    try {
      const { syncOrderPayment } = await api.client.request(SyncOrderPaymentDocument, { input: { orderId } });
      throwIfErrors(syncOrderPayment.errors);
      lastSeen = orderView(required(syncOrderPayment.order));
      lastFailure = null;
      if (lastSeen.status !== 'PENDING') {
        return lastSeen;
      }
    } catch (error) {
      if (!hasCode(error, NETWORK_LOST)) {
        throw error;
      }
      lastFailure = error;
    }
  }
  if (lastFailure !== null || lastSeen === null) {
    throw lastFailure;
  }
  return lastSeen;
}

/** Gives up a pending order; the server closes it at WeChat Pay first, so a payment that won the race stays paid. */
export async function cancelOrder(api: Api, orderId: string): Promise<OrderView> {
  const { cancelOrder: payload } = await api.client.request(CancelOrderDocument, { input: { orderId } });
  throwIfErrors(payload.errors);
  return orderView(required(payload.order));
}

function orderView(order: CheckoutOrderFragment): OrderView {
  return {
    id: order.id,
    title: order.title,
    status: order.status,
    amountYuan: order.amount.yuan,
    inGroupBuy: order.lines.some((line) => line.groupBuyId !== null),
  };
}

function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) {
    throw new ApiError('EMPTY_PAYLOAD', userMessage(''));
  }
  return value;
}

function defaultSleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

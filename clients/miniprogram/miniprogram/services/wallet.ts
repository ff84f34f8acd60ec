import { throwIfErrors } from '../api/errors';
import { randomId } from '../api/session';
import { MyWalletDocument, TopUpDocument, type WalletEntryKind } from '../generated/graphql';
import { formatDay, yuanOf } from '../ui/format';
import type { Api } from './api';

export interface WalletEntryView {
  id: string;
  /** What moved the balance, e.g. 充值 or 购买课程 */
  label: string;
  /** Signed, e.g. +100.00 or -49.00 */
  amount: string;
  date: string;
}

export interface TopUpChoice {
  amountFen: number;
  /** e.g. ¥100.00 */
  label: string;
  /** e.g. 送 ¥10.00; empty without a bonus */
  bonusLabel: string;
}

export interface WalletView {
  /** e.g. 110.00 */
  balance: string;
  /** e.g. 10.00 of it is bonus credit */
  bonus: string;
  entries: WalletEntryView[];
  choices: TopUpChoice[];
  minFen: number;
  maxFen: number;
  /** e.g. 可充值 ¥10.00 - ¥5000.00 */
  range: string;
}

const entryLabels: Record<WalletEntryKind, string> = {
  TOP_UP: '充值',
  SPEND: '余额支付',
  REFUND: '退款退回',
  TOP_UP_REFUND: '充值退款',
  TOP_UP_REFUND_FAILED: '充值退款失败退回',
  ADJUSTMENT: '余额调整',
};

/** The learner's balance, its latest movements and the top-up amounts on offer (a wallet exists from the first top-up). */
export async function loadWallet(api: Api): Promise<WalletView> {
  const { myWallet, topUpOptions } = await api.client.request(MyWalletDocument, {});
  return {
    balance: myWallet?.balance.yuan ?? yuanOf(0),
    bonus: myWallet?.bonusBalance.yuan ?? yuanOf(0),
    entries: (myWallet?.entries.nodes ?? []).map((entry) => ({
      id: entry.id,
      label: entry.reason ?? entryLabels[entry.kind],
      amount: yuanOf(entry.amount.fen, { signed: true }),
      date: formatDay(entry.createdAt),
    })),
    choices: topUpOptions.tiers.map((tier) => ({
      amountFen: tier.amount.fen,
      label: `¥${tier.amount.yuan}`,
      bonusLabel: tier.bonus.fen > 0 ? `送 ¥${tier.bonus.yuan}` : '',
    })),
    minFen: topUpOptions.min.fen,
    maxFen: topUpOptions.max.fen,
    range: `可充值 ¥${yuanOf(topUpOptions.min.fen)} - ¥${yuanOf(topUpOptions.max.fen)}`,
  };
}

/**
 * An amount the learner typed in yuan (e.g. "88" or "88.8") as fen, or why it cannot be topped up. Checked here so
 * the learner hears at once what the server would refuse.
 */
export function typedAmount(
  text: string,
  { minFen, maxFen }: Pick<WalletView, 'minFen' | 'maxFen'>,
): { fen: number } | { problem: string } {
  if (!/^\d+(\.\d{1,2})?$/.test(text.trim())) {
    return { problem: '请输入正确的金额，最多两位小数' };
  }
  const fen = Math.round(Number(text.trim()) * 100);
  if (fen < minFen || fen > maxFen) {
    return { problem: `充值金额需在 ¥${yuanOf(minFen)} 到 ¥${yuanOf(maxFen)} 之间` };
  }
  return { fen };
}

/**
 * Places a top-up and answers the id of the order that bills it, to be paid with WeChat Pay. The client key makes a
 * retry of the same attempt return the same top-up instead of a second one.
 */
export async function placeTopUp(api: Api, amountFen: number, clientKey: string = randomId()): Promise<string> {
  const { topUp } = await api.client.request(TopUpDocument, { input: { amountFen, clientKey } });
  throwIfErrors(topUp.errors);
  const orderId = topUp.topUp?.order?.id;
  if (orderId === undefined) {
    throw new Error('topUp answered no order to pay');
  }
  return orderId;
}

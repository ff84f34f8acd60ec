import { ApiError, throwIfErrors, userMessage } from '../api/errors';
import {
  BecomePromoterDocument,
  type CommissionState,
  PromoterCentreDocument,
  type PromoterStatus,
  RequestCommissionWithdrawalDocument,
  type WithdrawalStatus,
} from '../generated/graphql';
import { formatDay, formatYuan } from '../ui/format';
import { invitationPath } from './sharing';
import type { Api } from './api';

export interface CommissionRow {
  id: string;
  title: string;
  detail: string;
  amountText: string;
}

export interface ReferralRow {
  id: string;
  nickname: string;
  boundOn: string;
}

export interface WithdrawalRow {
  id: string;
  amountText: string;
  detail: string;
}

/** The 分销 centre: whether the learner is a promoter, and if so their code, earnings, commissions and withdrawals. */
export interface PromoterCentre {
  status: PromoterStatus | null;
  statusText: string;
  code: string;
  invitationPath: string;
  referralCount: number;
  pendingText: string;
  availableFen: number;
  availableText: string;
  heldText: string;
  withdrawnText: string;
  commissions: CommissionRow[];
  withdrawals: WithdrawalRow[];
  /** Who is bound to the learner as their referrer, nicknames masked. */
  referrals: ReferralRow[];
}

const statusTexts: Record<PromoterStatus, string> = {
  APPLIED: '申请已提交，等待审核',
  APPROVED: '推广员',
  SUSPENDED: '推广资格已暂停，已获得的佣金不受影响',
};

const commissionStates: Record<CommissionState, string> = {
  PENDING: '待结算',
  VALID: '可提现',
  REVERSED: '已退款扣回',
};

const withdrawalStates: Record<WithdrawalStatus, string> = {
  REQUESTED: '审核中',
  APPROVED: '待打款',
  PAID: '已打款',
  REJECTED: '已驳回',
};

export async function loadPromoterCentre(api: Api): Promise<PromoterCentre> {
  const { myPromoter: promoter, myReferrals } = await api.client.request(PromoterCentreDocument, {});
  const referrals = myReferrals.nodes.map((referral) => ({
    id: referral.id,
    nickname: referral.nickname ?? '匿名学员',
    boundOn: formatDay(referral.boundAt),
  }));
  if (promoter === null) {
    return {
      status: null,
      statusText: '成为推广员，分享课程赚取佣金',
      code: '',
      invitationPath: '',
      referralCount: 0,
      pendingText: formatYuan(0),
      availableFen: 0,
      availableText: formatYuan(0),
      heldText: formatYuan(0),
      withdrawnText: formatYuan(0),
      commissions: [],
      withdrawals: [],
      referrals,
    };
  }
  const { earnings } = promoter;
  return {
    status: promoter.status,
    statusText: statusTexts[promoter.status],
    code: promoter.code,
    invitationPath: invitationPath(promoter.code),
    referralCount: promoter.referralCount,
    pendingText: formatYuan(earnings.pendingFen),
    availableFen: earnings.availableFen,
    availableText: formatYuan(earnings.availableFen),
    heldText: formatYuan(earnings.heldFen),
    withdrawnText: formatYuan(earnings.withdrawnFen),
    commissions: promoter.commissions.nodes.map((commission) => ({
      id: commission.id,
      title: commission.course?.title ?? '课程组合',
      detail: `${commission.level === 1 ? '直接推广' : '间接推广'} · ${commissionStates[commission.state]} · ${formatDay(commission.createdAt)}`,
      amountText: `+${formatYuan(commission.amountFen)}`,
    })),
    withdrawals: promoter.withdrawals.nodes.map((withdrawal) => ({
      id: withdrawal.id,
      amountText: formatYuan(withdrawal.amountFen),
      detail: [withdrawalStates[withdrawal.status], formatDay(withdrawal.requestedAt), withdrawal.rejectReason ?? '']
        .filter((part) => part !== '')
        .join(' · '),
    })),
    referrals,
  };
}

/** Applies to become a promoter: approved at once or waiting for an operator, as the platform's policy says. */
export async function becomePromoter(api: Api): Promise<PromoterStatus> {
  const { applyAsPromoter } = await api.client.request(BecomePromoterDocument, {});
  throwIfErrors(applyAsPromoter.errors);
  if (applyAsPromoter.promoter === null) {
    throw new ApiError('PROMOTER_REQUIRED', userMessage('PROMOTER_REQUIRED'));
  }
  return applyAsPromoter.promoter.status;
}

/**
 * Asks to be paid <amount> yuan (as typed, e.g. "12.5") of the withdrawable balance. The idempotency key is made once
 * per attempt, so sending again after a lost answer asks once.
 */
export async function requestWithdrawal(api: Api, amount: string, availableFen: number, idempotencyKey: string): Promise<void> {
  const amountFen = parseYuan(amount);
  if (amountFen === null) {
    throw new ApiError('WITHDRAWAL_AMOUNT_INVALID', userMessage('WITHDRAWAL_AMOUNT_INVALID'));
  }
  if (amountFen > availableFen) {
    throw new ApiError('WITHDRAWAL_EXCEEDS_BALANCE', userMessage('WITHDRAWAL_EXCEEDS_BALANCE'));
  }
  const { requestWithdrawal: payload } = await api.client.request(RequestCommissionWithdrawalDocument, {
    input: { amountFen, idempotencyKey },
  });
  throwIfErrors(payload.errors);
}

/** "12", "12.5" or "12.50" yuan in fen; null for anything else, or nothing. */
export function parseYuan(amount: string): number | null {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (match === null) {
    return null;
  }
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return fen > 0 ? fen : null;
}

import { describe, expect, it } from 'vitest';
import { becomePromoter, loadPromoterCentre, parseYuan, requestWithdrawal } from '../../miniprogram/services/promoter';
import { fakeApi, payloadError } from '../support/fake-api';

const promoter = {
  id: 'p1',
  code: 'ABCD1234',
  status: 'APPROVED',
  referralCount: 3,
  earnings: { pendingFen: 1200, availableFen: 5050, heldFen: 1000, withdrawnFen: 2000, reversedFen: 0 },
  commissions: {
    nodes: [
      { id: 'k1', level: 1, amountFen: 990, state: 'PENDING', createdAt: '2026-12-02T10:00:00Z', course: { title: '摄影入门' } },
      { id: 'k2', level: 2, amountFen: 210, state: 'VALID', createdAt: '2026-11-02T10:00:00Z', course: null },
    ],
  },
  withdrawals: {
    nodes: [{ id: 'w1', amountFen: 1000, status: 'REJECTED', requestedAt: '2026-12-01T10:00:00Z', rejectReason: '信息不全' }],
  },
};

describe('promoter centre', () => {
  const noReferrals = { nodes: [] };

  it('invites a learner who is not a promoter yet to become one', async () => {
    const { api } = fakeApi({ PromoterCentre: { myPromoter: null, myReferrals: noReferrals } });

    await expect(loadPromoterCentre(api)).resolves.toMatchObject({ status: null, statusText: '成为推广员，分享课程赚取佣金', commissions: [] });
  });

  it('shows a promoter’s code, earnings in yuan, commissions and withdrawals', async () => {
    const { api } = fakeApi({
      PromoterCentre: { myPromoter: promoter, myReferrals: { nodes: [{ id: 'b1', nickname: '王**', boundAt: '2026-12-01T10:00:00Z' }, { id: 'b2', nickname: null, boundAt: '2026-11-30T10:00:00Z' }] } },
    });

    const centre = await loadPromoterCentre(api);

    expect(centre.referrals).toEqual([
      { id: 'b1', nickname: '王**', boundOn: '2026-12-01' },
      { id: 'b2', nickname: '匿名学员', boundOn: '2026-11-30' },
    ]);

    expect(centre).toMatchObject({
      statusText: '推广员',
      code: 'ABCD1234',
      invitationPath: '/pages/index/index?promoter=ABCD1234',
      referralCount: 3,
      pendingText: '¥12.00',
      availableFen: 5050,
      availableText: '¥50.50',
      heldText: '¥10.00',
      withdrawnText: '¥20.00',
    });
    expect(centre.commissions).toEqual([
      { id: 'k1', title: '摄影入门', detail: '直接推广 · 待结算 · 2026-12-02', amountText: '+¥9.90' },
      { id: 'k2', title: '课程组合', detail: '间接推广 · 可提现 · 2026-11-02', amountText: '+¥2.10' },
    ]);
    expect(centre.withdrawals).toEqual([{ id: 'w1', amountText: '¥10.00', detail: '已驳回 · 2026-12-01 · 信息不全' }]);
  });

  it('applies to become a promoter', async () => {
    const { api } = fakeApi({ BecomePromoter: { applyAsPromoter: { promoter: { id: 'p1', status: 'APPLIED' }, errors: null } } });

    await expect(becomePromoter(api)).resolves.toBe('APPLIED');
  });

  it('asks for a withdrawal in fen with the attempt’s key', async () => {
    const { api, sent } = fakeApi({ RequestCommissionWithdrawal: { requestWithdrawal: { withdrawal: { id: 'w2', amountFen: 1250, status: 'REQUESTED' }, errors: null } } });

    await requestWithdrawal(api, '12.5', 5050, 'withdraw-key-1');

    expect(sent[0]?.variables).toEqual({ input: { amountFen: 1250, idempotencyKey: 'withdraw-key-1' } });
  });

  it('refuses an amount that is not money or more than can be withdrawn, and shows the server’s refusal', async () => {
    const { api, sent } = fakeApi({ RequestCommissionWithdrawal: { requestWithdrawal: { withdrawal: null, ...payloadError('PROMOTER_REQUIRED') } } });

    await expect(requestWithdrawal(api, 'abc', 5050, 'k')).rejects.toMatchObject({ code: 'WITHDRAWAL_AMOUNT_INVALID' });
    await expect(requestWithdrawal(api, '60', 5050, 'k')).rejects.toMatchObject({ code: 'WITHDRAWAL_EXCEEDS_BALANCE', message: '提现金额超过可提现余额' });
    expect(sent).toEqual([]);
    await expect(requestWithdrawal(api, '1', 5050, 'k')).rejects.toMatchObject({ message: '成为推广员后才能提现' });
  });

  it('reads yuan as typed', () => {
    expect(parseYuan('12')).toBe(1200);
    expect(parseYuan(' 0.05 ')).toBe(5);
    expect(parseYuan('12.345')).toBeNull();
    expect(parseYuan('0')).toBeNull();
    expect(parseYuan('')).toBeNull();
  });
});

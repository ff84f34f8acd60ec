import { describe, expect, it, vi } from 'vitest';
import { installMemoryWx } from '../support/memory-wx';
import { fakeApi, payloadError } from '../support/fake-api';
import { render, simulate } from '../support/render';

const approved = {
  id: 'p1',
  code: 'ABCD1234',
  status: 'APPROVED',
  referralCount: 2,
  earnings: { pendingFen: 1200, availableFen: 5050, heldFen: 0, withdrawnFen: 2000, reversedFen: 0 },
  commissions: { nodes: [{ id: 'k1', level: 1, amountFen: 990, state: 'PENDING', createdAt: '2026-12-02T10:00:00Z', course: { title: '摄影入门' } }] },
  withdrawals: { nodes: [] },
};

function text(page: ReturnType<typeof render>, selector: string): string {
  return page.querySelector(selector)?.dom?.textContent?.trim() ?? '';
}

describe('promoter page', () => {
  it('lets a learner become a promoter and then shows their centre', async () => {
    const wx = installMemoryWx({ showToast: vi.fn() });
    let promoter: object | null = null;
    const { api } = fakeApi({
      PromoterCentre: () => ({ myPromoter: promoter, myReferrals: { nodes: [{ id: 'b1', nickname: '王**', boundAt: '2026-12-01T10:00:00Z' }] } }),
      BecomePromoter: () => {
        promoter = approved;
        return { applyAsPromoter: { promoter: { id: 'p1', status: 'APPROVED' }, errors: null } };
      },
    });
    const page = render('pages/promoter/promoter', api);
    await page.instance.onLoad();

    expect(text(page, '.status')).toBe('成为推广员，分享课程赚取佣金');
    expect(page.querySelector('.earnings')).toBeUndefined();
    page.querySelector('.become')?.dispatchEvent('tap');
    await simulate.sleep(10);

    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '你已成为推广员' }));
    expect(page.querySelector('.become')).toBeUndefined();
    expect(text(page, '.code')).toBe('我的邀请码 ABCD1234');
    expect(text(page, '.referrals')).toBe('已邀请 2 人');
    expect(text(page, '.available')).toBe('¥50.50可提现');
    expect(text(page, '.pending')).toBe('¥12.00待结算');
    expect(text(page, '.commission')).toBe('摄影入门+¥9.90直接推广 · 待结算 · 2026-12-02');
    expect(text(page, '.referral')).toBe('王**2026-12-01');
    expect(page.instance.onShareAppMessage()).toMatchObject({ path: '/pages/index/index?promoter=ABCD1234' });
  });

  it('shows an applicant that they wait for approval, without earnings', async () => {
    installMemoryWx();
    const { api } = fakeApi({ PromoterCentre: { myPromoter: { ...approved, status: 'APPLIED' }, myReferrals: { nodes: [] } } });
    const page = render('pages/promoter/promoter', api);
    await page.instance.onLoad();

    expect(text(page, '.status')).toBe('申请已提交，等待审核');
    expect(page.querySelector('.become')).toBeUndefined();
    expect(page.querySelector('.earnings')).toBeUndefined();
  });

  it('asks for a withdrawal of the amount typed and shows a refusal next to it', async () => {
    installMemoryWx({ showToast: vi.fn() });
    const { api, sent } = fakeApi({
      PromoterCentre: { myPromoter: approved, myReferrals: { nodes: [] } },
      RequestCommissionWithdrawal: ({ input }) =>
        (input as { amountFen: number }).amountFen === 1000
          ? { requestWithdrawal: { withdrawal: { id: 'w1', amountFen: 1000, status: 'REQUESTED' }, errors: null } }
          : { requestWithdrawal: { withdrawal: null, ...payloadError('PROMOTER_REQUIRED') } },
    });
    const page = render('pages/promoter/promoter', api);
    await page.instance.onLoad();

    page.instance.onAmountChange({ detail: { value: '99' } } as never);
    await page.instance.onWithdraw();
    expect(text(page, '.error')).toBe('提现金额超过可提现余额');

    page.instance.onAmountChange({ detail: { value: '2' } } as never);
    await page.instance.onWithdraw();
    expect(text(page, '.error')).toBe('成为推广员后才能提现');
    const refusedKey = (sent.at(-1)?.variables.input as { idempotencyKey: string }).idempotencyKey;

    page.instance.onAmountChange({ detail: { value: '10' } } as never);
    await page.instance.onWithdraw();
    expect(page.querySelector('.error')).toBeUndefined();
    const withdrawals = sent.filter((s) => s.operation === 'RequestCommissionWithdrawal');
    expect(withdrawals.map((s) => s.variables.input)).toEqual([
      { amountFen: 200, idempotencyKey: refusedKey },
      { amountFen: 1000, idempotencyKey: refusedKey },
    ]);
    expect(sent.filter((s) => s.operation === 'PromoterCentre')).toHaveLength(2);
  });
});

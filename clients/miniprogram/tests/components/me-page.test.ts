import { describe, expect, it, vi } from 'vitest';
import type { MyAccountQuery } from '../../miniprogram/generated/graphql';
import { fakeServer } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { tap, tapElement, textOf, textsOf } from '../support/page-actions';
import { privacyPolicy } from '../support/privacy-fixtures';
import { type Rendered, render, simulate } from '../support/render';

const me: MyAccountQuery['me'] = {
  id: 'u1',
  profile: { nickname: '小林', avatarUrl: null, gender: 'UNSPECIFIED', ageBand: 'UNSPECIFIED', occupation: null, city: null },
  heldNickname: null,
  interestTagIds: ['t1'],
  personalisationConsent: true,
};
const plans = [{ id: 'plan-year', title: '年卡', membershipDays: 365, listPrice: { yuan: '199.00' } }];

async function showMe(account: Partial<MyAccountQuery>, agreementsToAccept: object[] = []): Promise<Rendered> {
  const { api } = fakeServer({
    MyAccount: () => ({ me, myMembership: [], myWallet: { balance: { yuan: '61.00' } }, myCoupons: { totalCount: 2 }, membershipPlans: [], ...account }),
    AgreementsToAccept: () => ({ me: { id: 'u1', agreementsToAccept } }),
  });
  const page = render('pages/me/me', api);
  await page.instance.onShow();
  return page;
}

function membership(page: Rendered): Rendered {
  const status = page.querySelector('#membership');
  if (status === undefined) {
    throw new Error('no membership status');
  }
  return status;
}

describe('me page', () => {
  it('shows the learner, their membership and the entries to their things', async () => {
    const page = await showMe({
      myMembership: [{ id: 'm1', planId: 'plan-year', planTitle: '年卡', coversAllCourses: true, memberDiscountPercent: 0, expiresAt: '2027-01-01T04:00:00Z' }],
      membershipPlans: plans,
    });

    expect(textOf(page, '.nickname')).toBe('小林');
    expect(textOf(membership(page), '.membership-active')).toBe('年卡续费全部课程畅学 · 2027-01-01 到期');
    expect(membership(page).querySelector('.membership-plan')).toBeUndefined();
    expect(page.querySelector('.onboarding-invite')).toBeUndefined();
    expect(textsOf(page, '.entry')).toEqual(['我的课程', '我的订单', '钱包¥61.00', '优惠券2张可用', '兑换码', '我的收藏', '推广中心', '兴趣与个性化推荐已开启', '隐私中心']);
  });

  it('offers the plans to a learner without membership and a tap opens checkout for the plan', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await showMe({ membershipPlans: plans });

    expect(textOf(membership(page), '.membership-plan')).toBe('开通年卡¥199.00 / 365天');
    await tap(membership(page), '.membership-plan');

    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/checkout/checkout?offerId=plan-year' });
  });

  it('lets a member renew their plan', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await showMe({
      myMembership: [{ id: 'm1', planId: 'plan-year', planTitle: '年卡', coversAllCourses: true, memberDiscountPercent: 0, expiresAt: '2027-01-01T04:00:00Z' }],
    });

    await tap(membership(page), '.membership-active');

    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/checkout/checkout?offerId=plan-year' });
  });

  it('invites a learner without interests to onboarding and shows a nickname waiting for review', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await showMe({ me: { ...me, interestTagIds: [], heldNickname: '林同学' } });

    expect(textOf(page, '.held-nickname')).toBe('新昵称“林同学”审核中');
    await tap(page, '.onboarding-invite');
    await tap(page, '.header');

    expect(navigateTo.mock.calls).toEqual([[{ url: '/pages/onboarding/onboarding' }], [{ url: '/pages/profile/profile' }]]);
  });

  it('asks once for the agreement versions the learner has not accepted yet', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await showMe({}, [privacyPolicy]);
    await page.instance.onShow();

    expect(navigateTo.mock.calls).toEqual([[{ url: '/pages/agreements/agreements' }]]);
  });

  it('does not ask a learner who accepted the current agreements, and opens the privacy centre', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await showMe({});

    expect(navigateTo).not.toHaveBeenCalled();
    await tapElement(page.querySelectorAll('.entry')[8]);

    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/privacy/privacy' });
  });

  it('switches to the my-courses tab rather than pushing it', async () => {
    const switchTab = vi.fn();
    const navigateTo = vi.fn();
    installMemoryWx({ switchTab, navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await showMe({});

    await tapElement(page.querySelectorAll('.entry')[0]);
    await tapElement(page.querySelectorAll('.entry')[2]);

    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/my-courses/my-courses' });
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/wallet/wallet' });
  });

  it('tells the learner when their account cannot be loaded', async () => {
    const showToast = vi.fn();
    installMemoryWx({ showToast } as Partial<WechatMiniprogram.Wx>);
    const page = render('pages/me/me', fakeServer({ MyAccount: () => ({ me: null, myMembership: [], myWallet: null, myCoupons: { totalCount: 0 }, membershipPlans: [] }) }).api);

    await page.instance.onShow();
    await simulate.sleep(0);

    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请先登录' }));
    expect(page.querySelector('.nickname')).toBeUndefined();
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { MyAccountQuery } from '../../miniprogram/generated/graphql';
import { installMemoryWx } from '../support/memory-wx';
import { render, simulate } from '../support/render';
import { scriptedApi } from '../support/scripted-api';
import { tapStandIn } from '../support/stand-in-events';

const me: MyAccountQuery['me'] = {
  id: 'u1',
  profile: { nickname: '小林', avatarUrl: null, gender: 'UNSPECIFIED', ageBand: 'UNSPECIFIED', occupation: null, city: null },
  heldNickname: null,
  interestTagIds: ['t1'],
  personalisationConsent: true,
};
const plans = [{ id: 'plan-year', title: '年卡', membershipDays: 365, listPrice: { yuan: '199.00' } }];

async function showMe(account: Partial<MyAccountQuery>) {
  const { api } = scriptedApi({ MyAccount: { me, myMembership: [], membershipPlans: [], ...account } });
  const page = render('pages/me/me', api);
  page.instance.onShow();
  await simulate.sleep(10);
  return page;
}

describe('me page', () => {
  it('shows the learner, their membership and the entries to their things', async () => {
    const page = await showMe({
      myMembership: [{ id: 'm1', planTitle: '年卡', coversAllCourses: true, memberDiscountPercent: 0, expiresAt: '2027-01-01T04:00:00Z' }],
      membershipPlans: plans,
    });

    expect(page.querySelector('.nickname')?.dom?.textContent).toBe('小林');
    expect(page.querySelector('#membership')?.querySelector('.membership-active')?.dom?.textContent).toContain('全部课程畅学 · 2027-01-01 到期');
    expect(page.querySelector('#membership')?.querySelector('.membership-plan')).toBeUndefined();
    expect(page.querySelector('.onboarding-invite')).toBeUndefined();
    expect(page.querySelectorAll('.entry').map((entry) => entry.dom?.textContent)).toEqual([
      '我的课程',
      '我的订单',
      '钱包',
      '优惠券',
      '兑换码',
      '我的收藏',
      '推广中心',
      '兴趣与个性化推荐',
    ]);
  });

  it('offers the plans to a learner without membership and a tap opens checkout for the plan', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await showMe({ membershipPlans: plans });

    const plan = page.querySelector('#membership')?.querySelector('.membership-plan');
    expect(plan?.dom?.textContent).toBe('开通年卡¥199.00 / 365天');
    tapStandIn(plan);
    await simulate.sleep(0);

    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/checkout/checkout?offerId=plan-year' });
  });

  it('invites a learner without interests to onboarding and shows a nickname waiting for review', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const page = await showMe({ me: { ...me, interestTagIds: [], heldNickname: '林同学' } });

    expect(page.querySelector('.held-nickname')?.dom?.textContent).toBe('新昵称“林同学”审核中');
    tapStandIn(page.querySelector('.onboarding-invite'));
    await simulate.sleep(0);

    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/onboarding/onboarding' });
  });

  it('switches to the my-courses tab rather than pushing it', async () => {
    const switchTab = vi.fn();
    installMemoryWx({ switchTab } as Partial<WechatMiniprogram.Wx>);
    const page = await showMe({});

    tapStandIn(page.querySelectorAll('.entry')[0]);
    await simulate.sleep(0);

    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/my-courses/my-courses' });
  });
});

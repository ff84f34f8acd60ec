import { describe, expect, it } from 'vitest';
import type { OwnProfileFragment } from '../../miniprogram/generated/graphql';
import { loadAccount, loadOnboarding, loadProfileForm, saveOnboarding, saveProfile } from '../../miniprogram/services/profile';
import { fakeServer, payloadError } from '../support/fake-server';

const me: OwnProfileFragment = {
  id: 'u1',
  profile: { nickname: '小林', avatarUrl: null, gender: 'FEMALE', ageBand: 'FROM_25_TO_34', occupation: '设计师', city: '杭州' },
  heldNickname: null,
  interestTagIds: ['t2'],
  personalisationConsent: false,
};

const plans = [{ id: 'plan-year', title: '年卡', membershipDays: 365, listPrice: { yuan: '199.00' } }];

describe('loadAccount', () => {
  it('shows a member their plan and when it ends, and offers no plans', async () => {
    const { api } = fakeServer({
      MyAccount: () => ({
        me,
        myMembership: [{ id: 'm1', planId: 'plan-year', planTitle: '年卡', coversAllCourses: true, memberDiscountPercent: 0, expiresAt: '2027-01-01T04:00:00Z' }],
        myWallet: { balance: { yuan: '61.00' } },
        myCoupons: { totalCount: 2 },
        membershipPlans: plans,
      }),
    });

    const account = await loadAccount(api);

    expect(account.nickname).toBe('小林');
    expect(account.needsOnboarding).toBe(false);
    expect(account.memberships).toEqual([{ id: 'm1', planId: 'plan-year', title: '年卡', summary: '全部课程畅学 · 2027-01-01 到期' }]);
    expect(account.plans).toEqual([]);
    expect(account.balance).toBe('¥61.00');
    expect(account.availableCoupons).toBe(2);
  });

  it('offers the plans on sale to a learner without membership and invites one without interests to onboard', async () => {
    const { api } = fakeServer({
      MyAccount: () => ({
        me: { ...me, interestTagIds: [], profile: { ...me.profile, nickname: null } },
        myMembership: [],
        myWallet: null,
        myCoupons: { totalCount: 0 },
        membershipPlans: plans,
      }),
    });

    const account = await loadAccount(api);

    expect(account.nickname).toBe('微信用户');
    expect(account.needsOnboarding).toBe(true);
    expect(account.plans).toEqual([{ offerId: 'plan-year', title: '年卡', priceLabel: '¥199.00 / 365天' }]);
    expect(account.balance).toBe('¥0.00');
  });

  it('describes a plan for chosen courses by its member price', async () => {
    const { api } = fakeServer({
      MyAccount: () => ({
        me,
        myMembership: [{ id: 'm1', planId: 'plan-design', planTitle: '设计会员', coversAllCourses: false, memberDiscountPercent: 15, expiresAt: '2027-03-05T04:00:00Z' }],
        myWallet: null,
        myCoupons: { totalCount: 0 },
        membershipPlans: [],
      }),
    });

    expect((await loadAccount(api)).memberships[0].summary).toBe('指定课程畅学，其余课程8.5折 · 2027-03-05 到期');
  });
});

describe('onboarding', () => {
  it('lists the catalogue tags with the ones already chosen marked', async () => {
    const { api } = fakeServer({
      InterestChoices: () => ({ me, tags: { nodes: [{ id: 't1', name: '设计' }, { id: 't2', name: '职场' }] } }),
    });

    const view = await loadOnboarding(api);

    expect(view.interests).toEqual([
      { id: 't1', name: '设计', chosen: false },
      { id: 't2', name: '职场', chosen: true },
    ]);
    expect(view.personalisationConsent).toBe(false);
  });

  it('saves interests and consent and sends the rest of the profile back unchanged', async () => {
    const { api, calls } = fakeServer({
      MyProfile: () => ({ me }),
      UpdateProfile: ({ input }) => ({ updateProfile: { me: { ...me, ...(input as object) }, errors: null } }),
    });

    await saveOnboarding(api, { interestTagIds: ['t1', 't3'], personalisationConsent: true });

    expect(calls.at(-1)).toEqual({
      operation: 'UpdateProfile',
      variables: {
        input: {
          nickname: '小林',
          avatarUrl: null,
          gender: 'FEMALE',
          ageBand: 'FROM_25_TO_34',
          occupation: '设计师',
          city: '杭州',
          interestTagIds: ['t1', 't3'],
          personalisationConsent: true,
        },
      },
    });
  });

  it('fails with the learner-facing message when the server refuses the interests', async () => {
    const { api } = fakeServer({
      MyProfile: () => ({ me }),
      UpdateProfile: () => ({ updateProfile: { me: null, errors: [payloadError('USER_UNKNOWN_INTERESTS')] } }),
    });

    await expect(saveOnboarding(api, { interestTagIds: ['gone'], personalisationConsent: true })).rejects.toMatchObject({
      code: 'USER_UNKNOWN_INTERESTS',
      message: '部分兴趣已下线，请重新选择',
    });
  });
});

describe('profile form', () => {
  it('shows what the learner left out as empty and saves blanks as nothing, keeping interests and consent', async () => {
    const { api, calls } = fakeServer({
      MyProfile: () => ({ me }),
      UpdateProfile: () => ({ updateProfile: { me, errors: null } }),
    });

    const form = await loadProfileForm(api);
    expect(form).toEqual({ nickname: '小林', gender: 'FEMALE', ageBand: 'FROM_25_TO_34', occupation: '设计师', city: '杭州' });

    await expect(saveProfile(api, { ...form, occupation: '  ', city: ' 上海 ', ageBand: 'FROM_35_TO_44' })).resolves.toEqual({ nicknameHeld: false });
    expect(calls.at(-1)?.variables.input).toEqual({
      nickname: '小林',
      avatarUrl: null,
      gender: 'FEMALE',
      ageBand: 'FROM_35_TO_44',
      occupation: null,
      city: '上海',
      interestTagIds: ['t2'],
      personalisationConsent: false,
    });
  });

  it('says when a new nickname waits for a moderator', async () => {
    const { api } = fakeServer({
      MyProfile: () => ({ me }),
      UpdateProfile: () => ({ updateProfile: { me: { ...me, heldNickname: '新名字' }, errors: null } }),
    });

    await expect(saveProfile(api, { nickname: '新名字', gender: 'FEMALE', ageBand: 'UNSPECIFIED', occupation: '', city: '' })).resolves.toEqual({
      nicknameHeld: true,
    });
  });

  it('explains a nickname content screening refused', async () => {
    const { api } = fakeServer({
      MyProfile: () => ({ me }),
      UpdateProfile: () => ({ updateProfile: { me: null, errors: [payloadError('CONTENT_REFUSED')] } }),
    });

    await expect(saveProfile(api, { nickname: '***', gender: 'FEMALE', ageBand: 'UNSPECIFIED', occupation: '', city: '' })).rejects.toMatchObject({
      message: '内容包含不当信息，请修改后再提交',
    });
  });
});

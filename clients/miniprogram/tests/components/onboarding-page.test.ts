import { describe, expect, it, vi } from 'vitest';
import type { OwnProfileFragment } from '../../miniprogram/generated/graphql';
import { fakeServer, payloadError } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { tap, tapElement, textOf, textsOf } from '../support/page-actions';
import { type Rendered, render, simulate } from '../support/render';

const me: OwnProfileFragment = {
  id: 'u1',
  profile: { nickname: null, avatarUrl: null, gender: 'UNSPECIFIED', ageBand: 'UNSPECIFIED', occupation: null, city: null },
  heldNickname: null,
  interestTagIds: [],
  personalisationConsent: false,
};
const tagNames = ['设计', '职场', '摄影', '理财', '英语', '编程', '心理', '育儿', '健身', '历史', '写作'];
const tags = { nodes: tagNames.map((name, i) => ({ id: `t${i}`, name })) };

async function openOnboarding(updateProfile: object = { me, errors: null }) {
  const navigateBack = vi.fn();
  const showToast = vi.fn();
  installMemoryWx({ navigateBack, showToast } as Partial<WechatMiniprogram.Wx>);
  const { api, calls } = fakeServer({
    InterestChoices: () => ({ me, tags }),
    MyProfile: () => ({ me }),
    UpdateProfile: () => ({ updateProfile }),
  });
  const page = render('pages/onboarding/onboarding', api);
  await page.instance.onLoad();
  return { page, calls, navigateBack, showToast };
}

async function tapInterest(page: Rendered, index: number): Promise<void> {
  await tapElement(page.querySelectorAll('.interest')[index]);
}

describe('onboarding page', () => {
  it('saves the interests tapped and the consent switched on, then goes back', async () => {
    const { page, calls, navigateBack } = await openOnboarding();
    expect(page.querySelectorAll('.interest')).toHaveLength(11);
    expect(textOf(page, '.consent-state')).toBe('未开启个性化推荐');

    await tapInterest(page, 0);
    await tapInterest(page, 2);
    await tapInterest(page, 0);
    page.querySelector('.consent-switch')?.dispatchEvent('change', { detail: { value: true } });
    await simulate.sleep(0);
    expect(textsOf(page, '.chosen')).toEqual(['摄影']);
    expect(textOf(page, '.consent-state')).toBe('已开启个性化推荐');

    await tap(page, '.save');

    expect(calls.at(-1)?.variables.input).toMatchObject({ interestTagIds: ['t2'], personalisationConsent: true });
    expect(navigateBack).toHaveBeenCalled();
  });

  it('stops at ten interests and tells the learner why', async () => {
    const { page, showToast } = await openOnboarding();

    for (let index = 0; index < tagNames.length; index++) {
      await tapInterest(page, index);
    }

    expect(textsOf(page, '.chosen')).toHaveLength(10);
    expect(textsOf(page, '.chosen')).not.toContain('写作');
    expect(showToast).toHaveBeenCalledWith({ title: '最多选择 10 个兴趣', icon: 'none' });
  });

  it('stays on the page and shows why when the server refuses the choice', async () => {
    const { page, navigateBack, showToast } = await openOnboarding({ me: null, errors: [payloadError('USER_UNKNOWN_INTERESTS')] });

    await tapInterest(page, 1);
    await tap(page, '.save');

    expect(navigateBack).not.toHaveBeenCalled();
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '部分兴趣已下线，请重新选择' }));
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { OwnProfileFragment } from '../../miniprogram/generated/graphql';
import { installMemoryWx } from '../support/memory-wx';
import { render, simulate } from '../support/render';
import { refused, scriptedApi } from '../support/scripted-api';
import { tapStandIn } from '../support/stand-in-events';

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
  const { api, sent } = scriptedApi({ InterestChoices: { me, tags }, MyProfile: { me }, UpdateProfile: { updateProfile } });
  const page = render('pages/onboarding/onboarding', api);
  page.instance.onLoad();
  await simulate.sleep(10);
  return { page, sent, navigateBack, showToast };
}

const chosen = (page: ReturnType<typeof render>) => page.querySelectorAll('.chosen').map((tag) => tag.dom?.textContent);

describe('onboarding page', () => {
  it('saves the interests tapped and the consent switched on, then goes back', async () => {
    const { page, sent, navigateBack } = await openOnboarding();
    expect(page.querySelectorAll('.interest')).toHaveLength(11);
    expect(page.querySelector('.consent-state')?.dom?.textContent).toBe('未开启个性化推荐');

    tapStandIn(page.querySelectorAll('.interest')[0]);
    tapStandIn(page.querySelectorAll('.interest')[2]);
    tapStandIn(page.querySelectorAll('.interest')[0]);
    page.querySelector('.consent-switch')?.dispatchEvent('change', { detail: { value: true } });
    await simulate.sleep(0);
    expect(chosen(page)).toEqual(['摄影']);
    expect(page.querySelector('.consent-state')?.dom?.textContent).toBe('已开启个性化推荐');

    tapStandIn(page.querySelector('.save'));
    await simulate.sleep(10);

    expect(sent.at(-1)?.variables.input).toMatchObject({ interestTagIds: ['t2'], personalisationConsent: true });
    expect(navigateBack).toHaveBeenCalled();
  });

  it('stops at ten interests and tells the learner why', async () => {
    const { page, showToast } = await openOnboarding();

    page.querySelectorAll('.interest').forEach((tag) => tapStandIn(tag));
    await simulate.sleep(0);

    expect(chosen(page)).toHaveLength(10);
    expect(chosen(page)).not.toContain('写作');
    expect(showToast).toHaveBeenCalledWith({ title: '最多选择 10 个兴趣', icon: 'none' });
  });

  it('stays on the page and shows why when the server refuses the choice', async () => {
    const { page, navigateBack, showToast } = await openOnboarding({ me: null, ...refused('USER_UNKNOWN_INTERESTS') });

    tapStandIn(page.querySelectorAll('.interest')[1]);
    tapStandIn(page.querySelector('.save'));
    await simulate.sleep(10);

    expect(navigateBack).not.toHaveBeenCalled();
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '部分兴趣已下线，请重新选择' }));
  });
});

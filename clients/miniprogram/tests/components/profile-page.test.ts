import { describe, expect, it, vi } from 'vitest';
import type { OwnProfileFragment } from '../../miniprogram/generated/graphql';
import { fakeServer, payloadError } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { tap, tapElement, textsOf } from '../support/page-actions';
import { type Rendered, render, simulate } from '../support/render';

const me: OwnProfileFragment = {
  id: 'u1',
  profile: { nickname: '小林', avatarUrl: null, gender: 'UNSPECIFIED', ageBand: 'UNSPECIFIED', occupation: null, city: null },
  heldNickname: null,
  interestTagIds: ['t1'],
  personalisationConsent: true,
};

async function openProfile(updateProfile: object) {
  const navigateBack = vi.fn();
  const showToast = vi.fn();
  installMemoryWx({ navigateBack, showToast } as Partial<WechatMiniprogram.Wx>);
  const server = fakeServer({ MyProfile: () => ({ me }), UpdateProfile: () => ({ updateProfile }) });
  const page = render('pages/profile/profile', server.api);
  await page.instance.onLoad();
  return { page, calls: server.calls, navigateBack, showToast };
}

async function type(page: Rendered, selector: string, value: string): Promise<void> {
  page.querySelector(selector)?.dispatchEvent('change', { detail: { value } });
  await simulate.sleep(0);
}

describe('profile page', () => {
  it('saves the nickname, city, gender and age band the learner chose and says a new nickname waits for review', async () => {
    const { page, calls, navigateBack, showToast } = await openProfile({ me: { ...me, heldNickname: '林同学' }, errors: null });
    expect(textsOf(page, '.gender.chosen')).toEqual(['不透露']);

    await type(page, '.nickname', '林同学');
    await type(page, '.city', '杭州');
    await tapElement(page.querySelectorAll('.gender')[1]);
    await tapElement(page.querySelectorAll('.age-band')[3]);
    expect(textsOf(page, '.gender.chosen')).toEqual(['女']);
    expect(textsOf(page, '.age-band.chosen')).toEqual(['25-34岁']);
    await tap(page, '.save');

    expect(calls.at(-1)?.variables.input).toMatchObject({ nickname: '林同学', city: '杭州', gender: 'FEMALE', ageBand: 'FROM_25_TO_34', interestTagIds: ['t1'] });
    expect(showToast).toHaveBeenCalledWith({ title: '已保存，新昵称审核通过后展示', icon: 'none' });
    expect(navigateBack).toHaveBeenCalled();
  });

  it('stays with the form when screening refuses the nickname', async () => {
    const { page, navigateBack, showToast } = await openProfile({ me: null, errors: [payloadError('CONTENT_REFUSED')] });

    await type(page, '.nickname', '不雅昵称');
    await tap(page, '.save');

    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '内容包含不当信息，请修改后再提交' }));
    expect(navigateBack).not.toHaveBeenCalled();
    expect(page.data.form).toMatchObject({ nickname: '不雅昵称' });
  });
});

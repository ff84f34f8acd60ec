import { describe, expect, it, vi } from 'vitest';
import { fakeServer, payloadError } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { tap, textOf } from '../support/page-actions';
import { type Rendered, render, simulate } from '../support/render';

async function typeCode(page: Rendered, code: string): Promise<void> {
  page.querySelector('.code-input')?.dispatchEvent('change', { detail: { value: code } });
  await simulate.sleep(0);
}

describe('redeem page', () => {
  it('redeems a course code and takes the learner to the course', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const server = fakeServer({
      RedeemCode: () => ({ redeemCode: { redeemed: { kind: 'COURSE', offerId: 'c9', course: { id: 'c9', title: '摄影入门' } }, errors: null } }),
    });
    const page = render('pages/redeem/redeem', server.api);

    await typeCode(page, 'abcd-1234');
    await tap(page, '.redeem-button');

    expect(server.calls[0].variables).toEqual({ input: { code: 'abcd-1234' } });
    expect(textOf(page, '.redeemed')).toBe('已兑换《摄影入门》');
    expect(textOf(page, '.next')).toBe('去学习');
    await tap(page, '.next');
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/course/course?id=c9' });
  });

  it('sends the learner to my courses after a bundle code', async () => {
    const switchTab = vi.fn();
    installMemoryWx({ switchTab } as Partial<WechatMiniprogram.Wx>);
    const page = render('pages/redeem/redeem', fakeServer({ RedeemCode: () => ({ redeemCode: { redeemed: { kind: 'BUNDLE', offerId: 'b1', course: null }, errors: null } }) }).api);

    await typeCode(page, 'BUNDLE1');
    await tap(page, '.redeem-button');
    await tap(page, '.next');

    expect(textOf(page, '.redeemed')).toBe('兑换成功，套餐内课程已加入“我的课程”');
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/my-courses/my-courses' });
  });

  it('sends the learner to choose courses after a membership code', async () => {
    const switchTab = vi.fn();
    installMemoryWx({ switchTab } as Partial<WechatMiniprogram.Wx>);
    const server = fakeServer({
      RedeemCode: () => ({ redeemCode: { redeemed: { kind: 'MEMBERSHIP', offerId: 'p1', course: null }, errors: null } }),
    });
    const page = render('pages/redeem/redeem', server.api);

    await typeCode(page, 'VIP-2027');
    await tap(page, '.redeem-button');
    await tap(page, '.next');

    expect(textOf(page, '.redeemed')).toBe('兑换成功，会员已生效');
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });

  it('keeps the code and explains why it was refused', async () => {
    const showToast = vi.fn();
    installMemoryWx({ showToast } as Partial<WechatMiniprogram.Wx>);
    const page = render('pages/redeem/redeem', fakeServer({ RedeemCode: () => ({ redeemCode: { redeemed: null, errors: [payloadError('REDEEM_CODE_EXPIRED')] } }) }).api);

    await typeCode(page, 'OLD-CODE');
    await tap(page, '.redeem-button');

    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '兑换码已过期' }));
    expect(page.querySelector('.redeemed')).toBeUndefined();
    expect(page.data.code).toBe('OLD-CODE');
  });

  it('asks for a code before sending an empty one', async () => {
    const showToast = vi.fn();
    installMemoryWx({ showToast } as Partial<WechatMiniprogram.Wx>);
    const server = fakeServer({});
    const page = render('pages/redeem/redeem', server.api);

    await tap(page, '.redeem-button');

    expect(showToast).toHaveBeenCalledWith({ title: '请输入兑换码', icon: 'none' });
    expect(server.calls).toEqual([]);
  });
});

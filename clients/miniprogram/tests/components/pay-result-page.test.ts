import { afterEach, describe, expect, it, vi } from 'vitest';
import { orderOf } from '../support/buy-fixtures';
import { type FakeAnswer, fakeServer, lostNetwork } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { tap, textOf } from '../support/page-actions';
import { type Rendered, render } from '../support/render';

const synced = (status: Parameters<typeof orderOf>[0]) => ({ syncOrderPayment: { order: orderOf(status), errors: null } });

/** Opens the result page with the server answering syncOrderPayment from `answers` in turn (the last one repeats). */
async function openResult(answers: FakeAnswer[]): Promise<{ page: Rendered; syncs: () => number }> {
  const server = fakeServer({ SyncOrderPayment: () => (answers.length > 1 ? answers.shift() : answers[0]) as FakeAnswer });
  const page = render('pages/pay-result/pay-result', server.api);
  // Polling waits between attempts; let a minute of them pass at once.
  vi.useFakeTimers();
  const loading = page.instance.onLoad({ id: encodeURIComponent('T3JkZXI6MQ==') } as never);
  await vi.advanceTimersByTimeAsync(60_000);
  await loading;
  vi.useRealTimers();
  return { page, syncs: () => server.calls.length };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('pay result page', () => {
  it('confirms the payment with the server, then offers to start learning', async () => {
    const switchTab = vi.fn();
    installMemoryWx({ switchTab } as Partial<WechatMiniprogram.Wx>);
    const { page } = await openResult([synced('PENDING'), synced('PAID')]);

    expect(textOf(page, '.headline')).toBe('支付成功');
    expect(textOf(page, '.bought')).toBe('前端进阶');
    expect(textOf(page, '.amount')).toBe('¥79.00');
    expect(textOf(page, '.detail')).toBe('课程已解锁，现在就可以开始学习');
    await tap(page, '.start-learning');
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/my-courses/my-courses' });
  });

  it('says the network is lost when it drops while confirming, and checks again on request', async () => {
    const { page, syncs } = await openResult([lostNetwork]);

    expect(textOf(page, '.headline')).toBe('暂时无法确认支付结果');
    expect(textOf(page, '.detail')).toBe('网络不太顺畅，请检查网络后重试');
    expect(page.querySelector('.start-learning')).toBeUndefined();
    const before = syncs();

    vi.useFakeTimers();
    const checking = tap(page, '.check-again');
    await vi.advanceTimersByTimeAsync(60_000);
    await checking;

    expect(syncs()).toBeGreaterThan(before);
  });

  it('keeps a payment WeChat Pay has not confirmed as pending, with the way to the order', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const { page } = await openResult([synced('PENDING')]);

    expect(textOf(page, '.headline')).toBe('支付结果确认中');
    await tap(page, '.open-order');
    expect(navigateTo).toHaveBeenCalledWith({ url: `/pages/order/order?id=${encodeURIComponent('T3JkZXI6MQ==')}` });
  });

  it('tells a learner who paid for a group buy that the lessons open when the group fills', async () => {
    const { page } = await openResult([{ syncOrderPayment: { order: orderOf('PAID', { lines: [{ groupBuyId: 'group-1' }] }), errors: null } }]);

    expect(textOf(page, '.headline')).toBe('支付成功');
    expect(textOf(page, '.detail')).toBe('拼团成功后即可开始学习，邀请好友一起拼吧');
  });
});

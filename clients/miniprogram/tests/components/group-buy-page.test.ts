import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installMemoryWx } from '../support/memory-wx';
import { fakeApi, payloadError } from '../support/fake-api';
import { render } from '../support/render';

function group(id: string, nickname: string, overrides: object = {}) {
  return {
    id,
    dealId: 'd1',
    kind: 'COURSE',
    offerId: 'c1',
    status: 'OPEN',
    size: 3,
    seatsTaken: 1,
    seatsLeft: 2,
    paidCount: 1,
    expiresAt: '2026-12-04T07:00:00Z',
    members: [{ nickname, avatarUrl: null, isLeader: true, hasPaid: true }],
    ...overrides,
  };
}

function deals(openGroups: object[]) {
  return {
    course: { id: 'c1', title: '摄影入门', coverUrl: null, price: 9900 },
    groupBuyDeals: [{ id: 'd1', groupSize: 3, price: 4900, fillHours: 24, startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-31T00:00:00Z', openGroups }],
  };
}

const noSeats = { myGroupBuys: { nodes: [] } };

const placed = { createOrder: { order: { id: 'T3JkZXI6MQ==', status: 'PENDING', amount: { fen: 4900, yuan: '49.00' }, lines: [{ groupBuyId: 'g1' }] }, errors: null } };

function text(page: ReturnType<typeof render>, selector: string): string {
  return page.querySelector(selector)?.dom?.textContent?.trim() ?? '';
}

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

describe('group buy page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-03T08:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the group price, the groups one can join with their countdown, and joins the one tapped', async () => {
    const wx = installMemoryWx({ navigateTo: vi.fn(), showToast: vi.fn() });
    const { api, sent } = fakeApi({ GroupBuyDealsOfCourse: deals([group('g1', '张**'), group('g2', '李**')]), MyGroupBuySeats: noSeats, PlaceGroupBuyOrder: placed });
    const page = render('pages/group-buy/group-buy', api);
    await page.instance.onLoad({ courseId: 'c1' } as never);

    expect(text(page, '.group-price')).toBe('3人团 ¥49.00');
    expect(text(page, '.list-price')).toBe('单买 ¥99.00');
    const rows = page.querySelectorAll('.open-group').map((row) => row.dom?.textContent?.trim());
    expect(rows).toEqual(['张**的团还差 2 人成团剩余 23:00:00去参团', '李**的团还差 2 人成团剩余 23:00:00去参团']);

    await vi.advanceTimersByTimeAsync(1000);
    expect(text(page, '.open-group-countdown')).toBe('剩余 22:59:59');

    page.querySelectorAll('.join')[1]?.dispatchEvent('tap');
    await settle();

    expect(sent.at(-1)).toMatchObject({ operation: 'PlaceGroupBuyOrder', variables: { input: { groupBuy: { dealId: 'd1', groupId: 'g2' }, expectedTotalFen: 4900 } } });
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/order/order?id=T3JkZXI6MQ%3D%3D' });
  });

  it('opens a new group', async () => {
    installMemoryWx({ navigateTo: vi.fn(), showToast: vi.fn() });
    const { api, sent } = fakeApi({ GroupBuyDealsOfCourse: deals([]), MyGroupBuySeats: noSeats, PlaceGroupBuyOrder: placed });
    const page = render('pages/group-buy/group-buy', api);
    await page.instance.onLoad({ courseId: 'c1' } as never);

    expect(page.querySelectorAll('.open-group')).toHaveLength(0);
    expect(text(page, '.rule')).toBe('3人成团；开团后 24 小时内未成团，已付款项将原路退回');
    page.querySelector('.open-new')?.dispatchEvent('tap');
    await settle();

    expect(sent.at(-1)?.variables).toMatchObject({ input: { groupBuy: { dealId: 'd1', groupId: null } } });
  });

  it('shows a shared group: who is in, the seats still free, its countdown, and shares the same group on', async () => {
    installMemoryWx({ navigateTo: vi.fn(), showToast: vi.fn() });
    const shared = group('g1', '张**', { seatsTaken: 2, seatsLeft: 1, members: [
      { nickname: '张**', avatarUrl: null, isLeader: true, hasPaid: true },
      { nickname: '王**', avatarUrl: null, isLeader: false, hasPaid: true },
    ] });
    const { api, sent, tracked } = fakeApi({ GroupBuyDetail: { groupBuy: shared }, GroupBuyDealsOfCourse: deals([shared, group('g2', '李**')]), MyGroupBuySeats: noSeats });
    const page = render('pages/group-buy/group-buy', api);
    await page.instance.onLoad({ groupId: 'R3JvdXA6MQ%3D%3D' } as never);

    expect(sent.find((s) => s.operation === 'GroupBuyDetail')?.variables).toEqual({ id: 'R3JvdXA6MQ==' });
    expect(text(page, '.status')).toBe('还差 1 人成团');
    expect(text(page, '.countdown')).toBe('剩余 23:00:00');
    expect(text(page, '.members')).toBe('张**团长王**待加入');
    expect(text(page, '.join-focus')).toBe('立即参团 ¥49.00');
    expect(page.querySelectorAll('.open-group')).toHaveLength(1);
    expect(page.instance.onShareAppMessage()).toEqual({ title: '¥49.00 拼团「摄影入门」，快来一起学', path: '/pages/group-buy/group-buy?groupId=g1' });
    expect(tracked).toEqual([{ kind: 'SHARE', courseId: 'c1', context: 'group-buy' }]);
  });

  it('offers no seat in a group that completed', async () => {
    installMemoryWx({ navigateTo: vi.fn(), showToast: vi.fn() });
    const done = group('g1', '张**', { status: 'COMPLETED', seatsLeft: 0, seatsTaken: 3, paidCount: 3 });
    const { api } = fakeApi({ GroupBuyDetail: { groupBuy: done }, GroupBuyDealsOfCourse: deals([]), MyGroupBuySeats: noSeats });
    const page = render('pages/group-buy/group-buy', api);
    await page.instance.onLoad({ groupId: 'g1' } as never);

    expect(text(page, '.status')).toBe('拼团成功');
    expect(page.querySelector('.join-focus')).toBeUndefined();
    expect(page.querySelector('.countdown')).toBeUndefined();
  });

  it('says the group is full and tries again with the same key', async () => {
    const wx = installMemoryWx({ navigateTo: vi.fn(), showToast: vi.fn() });
    const { api, sent } = fakeApi({ GroupBuyDealsOfCourse: deals([group('g1', '张**')]), MyGroupBuySeats: noSeats, PlaceGroupBuyOrder: { createOrder: { order: null, ...payloadError('GROUP_FULL') } } });
    const page = render('pages/group-buy/group-buy', api);
    await page.instance.onLoad({ courseId: 'c1' } as never);

    page.querySelector('.join')?.dispatchEvent('tap');
    await settle();
    page.querySelector('.join')?.dispatchEvent('tap');
    await settle();

    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '该团已满员，换一个团或自己开团吧' }));
    expect(wx.navigateTo).not.toHaveBeenCalled();
    const keys = sent.filter((s) => s.operation === 'PlaceGroupBuyOrder').map((s) => (s.variables.input as { clientKey: string }).clientKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('shows the learner their own group with a card to invite friends, or the way to pay for their seat', async () => {
    const wx = installMemoryWx({ navigateTo: vi.fn(), showToast: vi.fn() });
    const mine = group('g1', '我**');
    const paid = fakeApi({ GroupBuyDealsOfCourse: deals([mine]), MyGroupBuySeats: { myGroupBuys: { nodes: [{ orderId: 'o7', status: 'PAID', group: mine }] } } });
    const page = render('pages/group-buy/group-buy', paid.api);
    await page.instance.onLoad({ courseId: 'c1' } as never);

    expect(text(page, '.mine')).toBe('你已在这个团里');
    expect(text(page, '.invite')).toBe('邀请好友参团');
    expect(page.querySelector('.join-focus')).toBeUndefined();
    expect(page.querySelector('.open-new')).toBeUndefined();
    expect(page.instance.onShareAppMessage()).toMatchObject({ path: '/pages/group-buy/group-buy?groupId=g1' });

    const unpaid = fakeApi({ GroupBuyDealsOfCourse: deals([mine]), MyGroupBuySeats: { myGroupBuys: { nodes: [{ orderId: 'o7', status: 'RESERVED', group: mine }] } } });
    const again = render('pages/group-buy/group-buy', unpaid.api);
    await again.instance.onLoad({ courseId: 'c1' } as never);
    expect(again.querySelector('.invite')).toBeUndefined();
    again.querySelector('.pay-seat')?.dispatchEvent('tap');
    await settle();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/order/order?id=o7' });
  });

  it('shows the seat paid when the learner comes back from paying', async () => {
    installMemoryWx({ navigateTo: vi.fn(), showToast: vi.fn() });
    const mine = group('g1', '我**');
    let seatStatus = 'RESERVED';
    const { api } = fakeApi({
      GroupBuyDealsOfCourse: deals([mine]),
      MyGroupBuySeats: () => ({ myGroupBuys: { nodes: [{ orderId: 'o7', status: seatStatus, group: mine }] } }),
    });
    const page = render('pages/group-buy/group-buy', api);
    await page.instance.onLoad({ courseId: 'c1' } as never);
    await page.instance.onShow();
    expect(page.querySelector('.pay-seat')).toBeDefined();

    seatStatus = 'PAID';
    await page.instance.onShow();

    expect(page.querySelector('.pay-seat')).toBeUndefined();
    expect(text(page, '.invite')).toBe('邀请好友参团');
  });

  it('says when the course has no 拼团', async () => {
    installMemoryWx({ navigateTo: vi.fn(), showToast: vi.fn() });
    const { api } = fakeApi({ GroupBuyDealsOfCourse: { course: { id: 'c1', title: '摄影入门', coverUrl: null, price: 9900 }, groupBuyDeals: [] }, MyGroupBuySeats: noSeats });
    const page = render('pages/group-buy/group-buy', api);
    await page.instance.onLoad({ courseId: 'c1' } as never);

    expect(text(page, '.no-deal')).toBe('该课程暂无进行中的拼团');
    expect(page.querySelector('.open-new')).toBeUndefined();
  });
});

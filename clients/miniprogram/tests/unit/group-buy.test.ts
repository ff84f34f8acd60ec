import { describe, expect, it } from 'vitest';
import { groupBuyPath, loadGroupBuy, placeGroupBuyOrder } from '../../miniprogram/services/group-buy';
import { fakeApi, payloadError } from '../support/fake-api';

function group(id: string, overrides: object = {}) {
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
    expiresAt: '2026-12-04T08:00:00Z',
    members: [{ nickname: '张**', avatarUrl: null, isLeader: true, hasPaid: true }],
    ...overrides,
  };
}

const deals = {
  course: { id: 'c1', title: '摄影入门', coverUrl: null, price: 9900 },
  groupBuyDeals: [
    { id: 'd1', groupSize: 3, price: 4900, fillHours: 24, startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-31T00:00:00Z', openGroups: [group('g1'), group('g2')] },
  ],
};

const noSeats = { myGroupBuys: { nodes: [] } };

function seat(status: string, overrides: object = {}) {
  return { orderId: 'o7', status, group: group('g1', overrides) };
}

describe('group buy', () => {
  it('shows a course’s deal with its open groups and what is missing to fill each', async () => {
    const { api } = fakeApi({ GroupBuyDealsOfCourse: deals, MyGroupBuySeats: noSeats });

    const view = await loadGroupBuy(api, { courseId: 'c1' });

    expect(view).toMatchObject({
      courseTitle: '摄影入门',
      listPriceText: '¥99.00',
      deal: { id: 'd1', groupSize: 3, priceFen: 4900, priceText: '¥49.00' },
      focus: null,
      joined: false,
    });
    expect(view.openGroups.map((g) => [g.id, g.statusText, g.joinable])).toEqual([
      ['g1', '还差 2 人成团', true],
      ['g2', '还差 2 人成团', true],
    ]);
  });

  it('opens a shared group with its course, deal and state, and lists the other groups apart', async () => {
    const { api, sent } = fakeApi({
      GroupBuyDetail: { groupBuy: group('g2', { status: 'COMPLETED', seatsLeft: 0, paidCount: 3 }) },
      GroupBuyDealsOfCourse: deals,
      MyGroupBuySeats: noSeats,
    });

    const view = await loadGroupBuy(api, { groupId: 'g2' });

    expect(sent.slice(0, 2).map((s) => s.variables)).toEqual([{ id: 'g2' }, { courseId: 'c1' }]);
    expect(view.focus).toMatchObject({ id: 'g2', statusText: '拼团成功', joinable: false });
    expect(view.openGroups.map((g) => g.id)).toEqual(['g1']);
  });

  it('brings the learner back to their own group: no seat to take there, nor a new group to open', async () => {
    const { api } = fakeApi({ GroupBuyDealsOfCourse: deals, MyGroupBuySeats: { myGroupBuys: { nodes: [seat('PAID')] } } });

    const view = await loadGroupBuy(api, { courseId: 'c1' });

    expect(view.focus).toMatchObject({ id: 'g1', mine: true, joinable: false, unpaidOrderId: null });
    expect(view.openGroups.map((g) => [g.id, g.mine, g.joinable])).toEqual([['g2', false, true]]);
    expect(view.joined).toBe(true);
  });

  it('leads to the order of a seat still to pay, and forgets seats released or in other courses', async () => {
    const unpaid = fakeApi({ GroupBuyDealsOfCourse: deals, MyGroupBuySeats: { myGroupBuys: { nodes: [seat('RESERVED')] } } });
    await expect(loadGroupBuy(unpaid.api, { courseId: 'c1' })).resolves.toMatchObject({ focus: { mine: true, unpaidOrderId: 'o7' } });

    const gone = fakeApi({
      GroupBuyDealsOfCourse: deals,
      MyGroupBuySeats: { myGroupBuys: { nodes: [seat('RELEASED'), seat('PAID', { id: 'g8', offerId: 'other' })] } },
    });
    await expect(loadGroupBuy(gone.api, { courseId: 'c1' })).resolves.toMatchObject({ focus: null, joined: false });
  });

  it('fails for a group that does not exist', async () => {
    const { api } = fakeApi({ GroupBuyDetail: { groupBuy: null } });

    await expect(loadGroupBuy(api, { groupId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('opens a group (no groupId) or joins one at the price the learner saw', async () => {
    const { api, sent } = fakeApi({
      PlaceGroupBuyOrder: { createOrder: { order: { id: 'o1', status: 'PENDING', amount: { fen: 4900, yuan: '49.00' }, lines: [{ groupBuyId: 'g9' }] }, errors: null } },
    });

    await expect(placeGroupBuyOrder(api, { courseId: 'c1', dealId: 'd1', expectedTotalFen: 4900, clientKey: 'key-0001' })).resolves.toEqual({ orderId: 'o1', groupId: 'g9' });

    expect(sent[0]?.variables).toEqual({
      input: { lines: [{ courseId: 'c1' }], expectedTotalFen: 4900, clientKey: 'key-0001', groupBuy: { dealId: 'd1', groupId: null } },
    });
  });

  it('says why a seat could not be taken', async () => {
    const { api } = fakeApi({ PlaceGroupBuyOrder: { createOrder: { order: null, ...payloadError('GROUP_FULL') } } });

    await expect(placeGroupBuyOrder(api, { courseId: 'c1', dealId: 'd1', groupId: 'g1', expectedTotalFen: 4900, clientKey: 'key-0002' })).rejects.toMatchObject({
      code: 'GROUP_FULL',
      message: '该团已满员，换一个团或自己开团吧',
    });
  });

  it('shares a group by a path that opens it', () => {
    expect(groupBuyPath({ groupId: 'R3JvdXA6MQ==' })).toBe('/pages/group-buy/group-buy?groupId=R3JvdXA6MQ%3D%3D');
    expect(groupBuyPath({ courseId: 'c1' })).toBe('/pages/group-buy/group-buy?courseId=c1');
  });
});

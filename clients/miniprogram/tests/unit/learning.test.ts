import { describe, expect, it } from 'vitest';
import type { MyCoursesQuery } from '../../miniprogram/generated/graphql';
import { loadMyCourses, redeemCode } from '../../miniprogram/services/learning';
import { fakeServer, payloadError } from '../support/fake-server';

type MyCourseNode = MyCoursesQuery['myCourses']['nodes'][number];

function myCourse(id: string, progressPercent: number, lastStudiedAt: string | null, expiresAt: string | null = null): MyCourseNode {
  return { course: { id, title: `课程${id}`, coverUrl: null, lessonCount: 12 }, progressPercent, lastStudiedAt, expiresAt };
}

describe('loadMyCourses', () => {
  it('shows how far the learner got in each course and when they last studied', async () => {
    const { api } = fakeServer({
      MyCourses: () => ({
        myCourses: {
          nodes: [
            myCourse('c1', 0, null),
            myCourse('c2', 40, '2026-12-01T04:00:00Z', '2027-06-30T04:00:00Z'),
            myCourse('c3', 100, '2026-11-20T04:00:00Z'),
          ],
          pageInfo: { hasNextPage: false, endCursor: 'x' },
        },
      }),
    });

    const page = await loadMyCourses(api);

    expect(page.courses.map((c) => [c.courseId, c.progressLabel, c.detail, c.expiry])).toEqual([
      ['c1', '未开始', '共 12 节', ''],
      ['c2', '已学 40%', '上次学习 2026-12-01', '2027-06-30 到期'],
      ['c3', '已学完', '上次学习 2026-11-20', ''],
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('asks for the page after the cursor and answers where the next one starts', async () => {
    const { api, calls } = fakeServer({
      MyCourses: () => ({ myCourses: { nodes: [myCourse('c4', 10, '2026-12-02T04:00:00Z')], pageInfo: { hasNextPage: true, endCursor: 'cursor-2' } } }),
    });

    const page = await loadMyCourses(api, 'cursor-1');

    expect(calls[0].variables).toEqual({ first: 10, after: 'cursor-1' });
    expect(page.nextCursor).toBe('cursor-2');
  });
});

describe('redeemCode', () => {
  it('names the course a code gave so the learner can open it', async () => {
    const { api, calls } = fakeServer({
      RedeemCode: () => ({ redeemCode: { redeemed: { kind: 'COURSE', offerId: 'c9', course: { id: 'c9', title: '摄影入门' } }, errors: null } }),
    });

    await expect(redeemCode(api, '  ABCD-1234 ')).resolves.toEqual({ kind: 'COURSE', courseId: 'c9', message: '已兑换《摄影入门》' });
    expect(calls[0].variables).toEqual({ input: { code: 'ABCD-1234' } });
  });

  it('says a membership code took effect', async () => {
    const { api } = fakeServer({ RedeemCode: () => ({ redeemCode: { redeemed: { kind: 'MEMBERSHIP', offerId: 'p1', course: null }, errors: null } }) });

    await expect(redeemCode(api, 'VIP')).resolves.toEqual({ kind: 'MEMBERSHIP', courseId: null, message: '兑换成功，会员已生效' });
  });

  it('explains a used code in the learner’s words', async () => {
    const { api } = fakeServer({ RedeemCode: () => ({ redeemCode: { redeemed: null, errors: [payloadError('REDEEM_CODE_USED')] } }) });

    await expect(redeemCode(api, 'USED')).rejects.toMatchObject({ code: 'REDEEM_CODE_USED', message: '兑换码已被使用' });
  });
});

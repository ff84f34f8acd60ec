import { describe, expect, it } from 'vitest';
import { loadReviewDraft, moderationNotice, saveReview } from '../../miniprogram/services/reviews';
import { fakeApi, payloadError } from '../support/fake-api';

const course = { id: 'c1', title: '摄影入门' };

describe('reviews', () => {
  it('starts a new review empty and an existing one from what the learner wrote', async () => {
    const empty = fakeApi({ MyCourseReview: { course, myReview: null } });
    await expect(loadReviewDraft(empty.api, 'c1')).resolves.toEqual({ courseId: 'c1', courseTitle: '摄影入门', reviewId: null, stars: 0, text: '', status: null });

    const written = fakeApi({ MyCourseReview: { course, myReview: { id: 'r1', stars: 4, text: '不错', status: 'HIDDEN' } } });
    await expect(loadReviewDraft(written.api, 'c1')).resolves.toMatchObject({ reviewId: 'r1', stars: 4, text: '不错', status: 'HIDDEN' });
  });

  it('submits a first review with trimmed words and edits an existing one', async () => {
    const { api, sent } = fakeApi({
      SubmitReview: { reviewCourse: { review: { id: 'r1', stars: 5, text: '很好', status: 'VISIBLE' }, errors: null } },
      EditMyReview: { editReview: { review: { id: 'r1', stars: 3, text: null, status: 'HELD' }, errors: null } },
    });

    await expect(saveReview(api, { courseId: 'c1', reviewId: null, stars: 5, text: '  很好 ' })).resolves.toEqual({ reviewId: 'r1', status: 'VISIBLE' });
    await expect(saveReview(api, { courseId: 'c1', reviewId: 'r1', stars: 3, text: '   ' })).resolves.toEqual({ reviewId: 'r1', status: 'HELD' });

    expect(sent).toEqual([
      { operation: 'SubmitReview', variables: { input: { courseId: 'c1', stars: 5, text: '很好' } } },
      { operation: 'EditMyReview', variables: { input: { reviewId: 'r1', stars: 3, text: null } } },
    ]);
  });

  it('turns refused text into a message the learner understands', async () => {
    const { api } = fakeApi({ SubmitReview: { reviewCourse: { review: null, ...payloadError('CONTENT_REFUSED', 'Refused by WeChat') } } });

    await expect(saveReview(api, { courseId: 'c1', reviewId: null, stars: 1, text: '坏话' })).rejects.toMatchObject({
      code: 'CONTENT_REFUSED',
      message: '内容包含不当信息，请修改后再提交',
    });
  });

  it('tells the author why others cannot see their review', () => {
    expect(moderationNotice('HELD')).toBe('评价已提交，审核通过后其他学员即可看到');
    expect(moderationNotice('HIDDEN')).toBe('评价未通过审核，仅你自己可见，修改后可重新提交');
    expect(moderationNotice('VISIBLE')).toBe('');
    expect(moderationNotice(null)).toBe('');
  });

  it('refuses a review without stars or with too many words before asking the server', async () => {
    const { api, sent } = fakeApi({});

    await expect(saveReview(api, { courseId: 'c1', reviewId: null, stars: 0, text: '' })).rejects.toMatchObject({ code: 'REVIEW_INVALID_STARS' });
    await expect(saveReview(api, { courseId: 'c1', reviewId: null, stars: 5, text: '长'.repeat(2001) })).rejects.toMatchObject({ code: 'REVIEW_INVALID_TEXT' });
    expect(sent).toEqual([]);
  });
});

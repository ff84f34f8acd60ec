import { describe, expect, it } from 'vitest';
import { loadReviewDraft, saveReview } from '../../miniprogram/services/reviews';
import { fakeApi, payloadError } from '../support/fake-api';

const course = { id: 'c1', title: '摄影入门' };

describe('reviews', () => {
  it('starts a new review empty and an existing one from what the learner wrote', async () => {
    const empty = fakeApi({ MyCourseReview: { course, myReview: null } });
    await expect(loadReviewDraft(empty.api, 'c1')).resolves.toEqual({ courseId: 'c1', courseTitle: '摄影入门', reviewId: null, stars: 0, text: '' });

    const written = fakeApi({ MyCourseReview: { course, myReview: { id: 'r1', stars: 4, text: '不错', status: 'VISIBLE' } } });
    await expect(loadReviewDraft(written.api, 'c1')).resolves.toMatchObject({ reviewId: 'r1', stars: 4, text: '不错' });
  });

  it('submits a first review with trimmed words and edits an existing one', async () => {
    const { api, sent } = fakeApi({
      SubmitReview: { reviewCourse: { review: { id: 'r1', stars: 5, text: '很好', status: 'VISIBLE' }, errors: null } },
      EditMyReview: { editReview: { review: { id: 'r1', stars: 3, text: null, status: 'HELD' }, errors: null } },
    });

    await expect(saveReview(api, { courseId: 'c1', courseTitle: '', reviewId: null, stars: 5, text: '  很好 ' })).resolves.toEqual({ reviewId: 'r1', status: 'VISIBLE' });
    await expect(saveReview(api, { courseId: 'c1', courseTitle: '', reviewId: 'r1', stars: 3, text: '   ' })).resolves.toEqual({ reviewId: 'r1', status: 'HELD' });

    expect(sent).toEqual([
      { operation: 'SubmitReview', variables: { input: { courseId: 'c1', stars: 5, text: '很好' } } },
      { operation: 'EditMyReview', variables: { input: { reviewId: 'r1', stars: 3, text: null } } },
    ]);
  });

  it('turns refused text into a message the learner understands', async () => {
    const { api } = fakeApi({ SubmitReview: { reviewCourse: { review: null, ...payloadError('CONTENT_REFUSED', 'Refused by WeChat') } } });

    await expect(saveReview(api, { courseId: 'c1', courseTitle: '', reviewId: null, stars: 1, text: '坏话' })).rejects.toMatchObject({
      code: 'CONTENT_REFUSED',
      message: '内容包含不当信息，请修改后再提交',
    });
  });

  it('refuses a review without stars or with too many words before asking the server', async () => {
    const { api, sent } = fakeApi({});

    await expect(saveReview(api, { courseId: 'c1', courseTitle: '', reviewId: null, stars: 0, text: '' })).rejects.toMatchObject({ code: 'REVIEW_INVALID_STARS' });
    await expect(saveReview(api, { courseId: 'c1', courseTitle: '', reviewId: null, stars: 5, text: '长'.repeat(2001) })).rejects.toMatchObject({ code: 'REVIEW_INVALID_TEXT' });
    expect(sent).toEqual([]);
  });
});

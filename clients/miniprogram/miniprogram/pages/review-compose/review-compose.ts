import { messageOf } from '../../api/errors';
import type { AppGlobal } from '../../app';
import { loadReviewDraft, MAX_REVIEW_LENGTH, moderationNotice, saveReview } from '../../services/reviews';
import { showError } from '../../ui/feedback';
import { routeParam } from '../../ui/route';

const STAR_HINTS = ['', '很差', '较差', '一般', '推荐', '强烈推荐'];

// Opened as /pages/review-compose/review-compose?courseId=… from the course page.
Component({
  data: {
    loaded: false,
    courseId: '',
    courseTitle: '',
    reviewId: null as string | null,
    stars: 0,
    starsHint: '',
    text: '',
    maxLength: MAX_REVIEW_LENGTH,
    saving: false,
    error: '',
    notice: '',
  },
  methods: {
    async onLoad(query: Record<string, string | undefined>) {
      try {
        const { status, ...draft } = await loadReviewDraft(getApp<AppGlobal>().api, routeParam(query, 'courseId') ?? '');
        this.setData({ ...draft, starsHint: STAR_HINTS[draft.stars] ?? '', notice: moderationNotice(status), loaded: true });
      } catch (error) {
        showError(error);
      }
    },
    onStarsChange(event: { detail: { value: number } }) {
      this.setData({ stars: event.detail.value, starsHint: STAR_HINTS[event.detail.value] ?? '', error: '' });
    },
    onTextChange(event: { detail: { value: string } }) {
      this.setData({ text: event.detail.value, error: '' });
    },
    async onSubmit() {
      const { courseId, reviewId, stars, text } = this.data;
      this.setData({ saving: true, error: '', notice: '' });
      try {
        const saved = await saveReview(getApp<AppGlobal>().api, { courseId, reviewId, stars, text });
        if (saved.status === 'VISIBLE') {
          wx.showToast({ title: '评价成功', icon: 'success' });
          wx.navigateBack();
        } else {
          this.setData({ reviewId: saved.reviewId, notice: moderationNotice(saved.status) });
        }
      } catch (error) {
        // Shown by the text, not in a toast, so the learner can rewrite what the content check refused.
        this.setData({ error: messageOf(error) });
      } finally {
        this.setData({ saving: false });
      }
    },
  },
});

import { messageOf, userMessage } from '../../api/errors';
import type { AppGlobal } from '../../app';
import type { OpenLessonDetail } from '../../components/course-outline/course-outline';
import { type CourseView, loadCourse, loadMoreReviews, type ReviewView, shareCourse } from '../../services/course';
import { addFavourite, removeFavourite } from '../../services/favourites';
import { coursePagePath } from '../../services/sharing';
import { showError } from '../../ui/feedback';
import { openPage } from '../../ui/navigation';
import { routeParam, routeTo } from '../../ui/route';

const api = () => getApp<AppGlobal>().api;

Component({
  data: {
    courseId: '',
    course: null as CourseView | null,
    reviews: [] as ReviewView[],
    nextReviewsCursor: null as string | null,
    loadingReviews: false,
    failed: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ courseId: routeParam(query, 'id') ?? '' });
      void this.load().then(() => {
        if (this.data.course !== null) {
          api().tracker.track({ kind: 'VIEW', courseId: this.data.courseId, context: 'course' });
        }
      });
    },

    // Back from checkout, group buy or a review: what the learner owns and the reviews may have changed.
    onShow() {
      if (this.data.course !== null) {
        void this.load();
      }
    },

    async load() {
      try {
        const course = await loadCourse(api(), this.data.courseId);
        wx.setNavigationBarTitle({ title: course.title });
        this.setData({ course, reviews: course.reviews.reviews, nextReviewsCursor: course.reviews.nextCursor, failed: '' });
      } catch (error) {
        // Coming back to a course already shown, keep it and tell; a course never shown has nothing to keep.
        if (this.data.course === null) {
          this.setData({ failed: messageOf(error) });
        } else {
          showError(error);
        }
      }
    },

    onRetry() {
      void this.load();
    },

    onOpenLesson(event: WechatMiniprogram.CustomEvent<OpenLessonDetail>) {
      const { lessonId, opens } = event.detail;
      if (!opens) {
        wx.showToast({ title: userMessage('LESSON_LOCKED'), icon: 'none' });
        return;
      }
      this.openLesson(lessonId);
    },

    onStudy() {
      this.openLesson(this.data.course?.firstLessonId ?? null);
    },

    onPreview() {
      this.openLesson(this.data.course?.previewLessonId ?? null);
    },

    openLesson(lessonId: string | null) {
      if (lessonId !== null) {
        openPage(routeTo('/pages/lesson/lesson', { courseId: this.data.courseId, lessonId }));
      }
    },

    onBuy() {
      openPage(routeTo('/pages/checkout/checkout', { courseId: this.data.courseId }));
    },

    onBuyOffer(event: WechatMiniprogram.TouchEvent<object, object, { offerId: string }>) {
      openPage(routeTo('/pages/checkout/checkout', { offerId: event.currentTarget.dataset.offerId }));
    },

    onGroupBuy() {
      openPage(routeTo('/pages/group-buy/group-buy', { courseId: this.data.courseId }));
    },

    onReview() {
      openPage(routeTo('/pages/review-compose/review-compose', { courseId: this.data.courseId }));
    },

    async onToggleFavourite() {
      const course = this.data.course;
      if (course === null) {
        return;
      }
      try {
        const toggle = course.favourite ? removeFavourite : addFavourite;
        this.setData({ 'course.favourite': await toggle(api(), course.id, 'course') });
      } catch (error) {
        showError(error);
      }
    },

    async onMoreReviews() {
      const cursor = this.data.nextReviewsCursor;
      if (cursor === null || this.data.loadingReviews) {
        return;
      }
      this.setData({ loadingReviews: true });
      try {
        const page = await loadMoreReviews(api(), this.data.courseId, cursor);
        this.setData({ reviews: [...this.data.reviews, ...page.reviews], nextReviewsCursor: page.nextCursor });
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ loadingReviews: false });
      }
    },

    /**
     * The share card carries the learner's share path so whoever opens it is bound to them; WeChat waits up to 3 s
     * for `promise` and otherwise shares the plain course page.
     * https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareAppMessage-Object-object
     */
    onShareAppMessage() {
      const title = this.data.course?.title ?? '';
      const imageUrl = this.data.course?.coverUrl || undefined;
      api().tracker.track({ kind: 'SHARE', courseId: this.data.courseId, context: 'course' });
      return {
        title,
        imageUrl,
        path: coursePagePath(this.data.courseId),
        promise: shareCourse(api(), this.data.courseId).then((path) => ({ title, imageUrl, path })),
      };
    },
  },
});

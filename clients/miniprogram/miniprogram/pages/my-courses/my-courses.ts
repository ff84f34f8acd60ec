import type { AppGlobal } from '../../app';
import { loadMyCourses, type MyCourseView } from '../../services/learning';
import { showError } from '../../ui/feedback';
import { openPage } from '../../ui/navigation';
import { routeTo } from '../../ui/route';
import type { TapEvent } from '../../ui/events';

Component({
  data: {
    courses: [] as MyCourseView[],
    nextCursor: null as string | null,
    loaded: false,
    loading: false,
  },
  methods: {
    // onShow, not onLoad: progress moves while the learner studies, and a purchase adds a course.
    async onShow() {
      await this.load(null);
    },
    // The page keeps its pull-down spinner until told to stop
    // (https://developers.weixin.qq.com/miniprogram/dev/api/ui/pull-down-refresh/wx.stopPullDownRefresh.html).
    async onPullDownRefresh() {
      await this.load(null);
      wx.stopPullDownRefresh();
    },
    async onReachBottom() {
      if (this.data.nextCursor !== null) {
        await this.load(this.data.nextCursor);
      }
    },
    async load(after: string | null) {
      if (this.data.loading) {
        return;
      }
      this.setData({ loading: true });
      const { api } = getApp<AppGlobal>();
      try {
        await api.auth.ensureSignedIn();
        const page = await loadMyCourses(api, after);
        const courses = after === null ? page.courses : [...this.data.courses, ...page.courses];
        this.setData({ courses, nextCursor: page.nextCursor, loaded: true });
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ loading: false });
      }
    },
    study(event: TapEvent<{ courseId: string }>) {
      openPage(routeTo('/pages/course/course', { id: event.currentTarget.dataset.courseId }));
    },
    browse() {
      openPage('/pages/index/index');
    },
  },
});

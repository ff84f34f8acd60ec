import type { AppGlobal } from '../../app';
import { loadMyCourses, type MyCourseView } from '../../services/learning';
import { showError } from '../../ui/feedback';
import { openPage } from '../../ui/navigation';

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
        this.setData({ courses: after === null ? page.courses : [...this.data.courses, ...page.courses], nextCursor: page.nextCursor, loaded: true });
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ loading: false });
      }
    },
    study(event: WechatMiniprogram.BaseEvent) {
      openPage(`/pages/course/course?id=${String(event.currentTarget.dataset.courseId)}`);
    },
    browse() {
      openPage('/pages/index/index');
    },
  },
});

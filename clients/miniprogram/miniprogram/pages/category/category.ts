import type { AppGlobal } from '../../app';
import { loadCategoryCourses } from '../../services/catalog';
import { cursorList } from '../../ui/cursor-list';

// A category's courses, the most learned first, a page more each time the learner reaches the bottom.
Component({
  behaviors: [cursorList],
  data: {
    categoryId: '',
    categoryName: '',
    missing: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ categoryId: query.id ?? '' });
      void this.loadMore();
    },
    onReachBottom() {
      void this.loadMore();
    },
    onRetry() {
      void this.loadMore();
    },
    loadMore(): Promise<void> {
      const api = getApp<AppGlobal>().api;
      return this.loadNextPage(async (after) => {
        const page = await loadCategoryCourses(api, this.data.categoryId, after);
        this.showCategory(page.categoryName);
        return page;
      });
    },
    showCategory(name: string | null) {
      if (name === null) {
        this.setData({ missing: true });
      } else if (name !== this.data.categoryName) {
        this.setData({ categoryName: name });
        void wx.setNavigationBarTitle({ title: name });
      }
    },
  },
});

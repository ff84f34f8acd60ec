import type { AppGlobal } from '../../app';
import { type CourseOrder, loadCategoryCourses, loadRecommendations, type Recommendation } from '../../services/catalog';
import { cursorList } from '../../ui/cursor-list';
import { routeParam } from '../../ui/route';

const PICKS = 3;

const orders: { key: CourseOrder; label: string }[] = [
  { key: 'popular', label: '最热' },
  { key: 'newest', label: '最新' },
  { key: 'rated', label: '好评' },
];

// A category's courses in the order the learner picks, a page more each time they reach the bottom, under the few of
// them recommended to the learner.
Component({
  behaviors: [cursorList],
  data: {
    categoryId: '',
    categoryName: '',
    missing: false,
    picks: [] as Recommendation[],
    orders,
    order: 'popular' as CourseOrder,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ categoryId: routeParam(query, 'id') ?? '' });
      void this.loadMore();
      void this.loadPicks();
    },
    onReachBottom() {
      void this.loadMore();
    },
    onRetry() {
      void this.loadMore();
    },
    onChooseOrder(event: WechatMiniprogram.TouchEvent<object, object, { order: CourseOrder }>) {
      const { order } = event.currentTarget.dataset;
      if (order !== this.data.order) {
        this.resetList();
        this.setData({ order });
        void this.loadMore();
      }
    },
    loadMore(): Promise<void> {
      const api = getApp<AppGlobal>().api;
      const { categoryId, order } = this.data;
      return this.loadNextPage(async (after) => {
        const page = await loadCategoryCourses(api, categoryId, after, order);
        this.showCategory(page.categoryName);
        return page;
      });
    },
    async loadPicks(): Promise<void> {
      const api = getApp<AppGlobal>().api;
      try {
        const page = await loadRecommendations(api, null, { categoryId: this.data.categoryId, first: PICKS });
        this.setData({ picks: page.items });
      } catch {
        // The picks are extra: the list below says when loading fails.
      }
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

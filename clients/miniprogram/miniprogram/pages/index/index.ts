import type { AppGlobal } from '../../app';
import { type CategoryChip, type CourseCard, loadHome, loadRecommendations } from '../../services/catalog';
import { cursorList } from '../../ui/cursor-list';
import { showError } from '../../ui/feedback';
import { openPage } from '../../ui/navigation';
import { routeTo } from '../../ui/route';

// Home: a way into search, the categories, what is on sale now, and recommendations (the cursor list) with their reasons.
// Pages use the Component constructor (WeChat supports it for pages) so miniprogram-simulate can render them in tests.
Component({
  behaviors: [cursorList],
  data: {
    categories: [] as CategoryChip[],
    onSale: [] as CourseCard[],
    homeFailed: false,
  },
  methods: {
    onLoad() {
      void this.refresh();
    },
    onPullDownRefresh() {
      void this.refresh().finally(() => wx.stopPullDownRefresh());
    },
    onReachBottom() {
      void this.loadMoreRecommendations();
    },
    async refresh(): Promise<void> {
      this.resetList();
      await Promise.all([this.loadSections(), this.loadMoreRecommendations()]);
    },
    async loadSections(): Promise<void> {
      try {
        const home = await loadHome(getApp<AppGlobal>().api);
        this.setData({ categories: home.categories, onSale: home.onSale, homeFailed: false });
      } catch (error) {
        showError(error);
        this.setData({ homeFailed: true });
      }
    },
    loadMoreRecommendations(): Promise<void> {
      const api = getApp<AppGlobal>().api;
      return this.loadNextPage((after) => loadRecommendations(api, after));
    },
    onRetrySections() {
      void this.loadSections();
    },
    onRetryRecommendations() {
      void this.loadMoreRecommendations();
    },
    onOpenSearch() {
      openPage('/pages/search/search');
    },
    onOpenCategory(event: WechatMiniprogram.TouchEvent<object, object, { id: string }>) {
      openPage(routeTo('/pages/category/category', { id: event.currentTarget.dataset.id }));
    },
  },
});

import type { AppGlobal } from '../../app';
import { searchCourses } from '../../services/catalog';
import { cursorList } from '../../ui/cursor-list';
import { routeParam } from '../../ui/route';

// Course search: opened from home (empty) or with ?q= (words encoded as routeTo does); results page in as the learner scrolls.
Component({
  behaviors: [cursorList],
  data: {
    words: '',
    searched: false,
    totalCount: 0,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.search(routeParam(query, 'q') ?? '');
    },
    onReachBottom() {
      void this.loadMore();
    },
    onRetry() {
      void this.loadMore();
    },
    onSubmit(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.search(event.detail.value);
    },
    onClear() {
      this.resetList();
      this.setData({ words: '', searched: false, totalCount: 0 });
    },
    search(words: string) {
      if (words.trim() === '') {
        return;
      }
      this.resetList();
      this.setData({ words, searched: true, totalCount: 0 });
      void this.loadMore();
    },
    loadMore(): Promise<void> {
      if (!this.data.searched) {
        return Promise.resolve();
      }
      const api = getApp<AppGlobal>().api;
      const { words } = this.data;
      return this.loadNextPage(async (after) => {
        const page = await searchCourses(api, words, after);
        this.setData({ totalCount: page.totalCount });
        return page;
      });
    },
  },
});

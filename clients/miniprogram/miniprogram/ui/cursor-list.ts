import type { PageLoader } from '../services/paging';
import { showError } from './feedback';

/**
 * A page's cursor-paged list for "load more on reach bottom": `items` grows a page at a time, a call while a page
 * is on its way or after the last page asks nothing, and a page that arrives after resetList (a new search) is dropped.
 */
export const cursorList = Behavior({
  data: {
    items: [] as unknown[],
    cursor: null as string | null,
    hasMore: true,
    loading: false,
    failed: false,
    generation: 0,
  },
  methods: {
    resetList() {
      const generation = this.data.generation + 1;
      this.setData({ items: [], cursor: null, hasMore: true, loading: false, failed: false, generation });
    },
    async loadNextPage(load: PageLoader<unknown>): Promise<void> {
      if (this.data.loading || !this.data.hasMore) {
        return;
      }
      const { generation } = this.data;
      this.setData({ loading: true, failed: false });
      try {
        const page = await load(this.data.cursor);
        if (generation === this.data.generation) {
          this.setData({
            items: [...this.data.items, ...page.items],
            cursor: page.endCursor,
            hasMore: page.hasNextPage && page.endCursor !== null,
            loading: false,
          });
        }
      } catch (error) {
        if (generation === this.data.generation) {
          showError(error);
          this.setData({ loading: false, failed: true });
        }
      }
    },
  },
});

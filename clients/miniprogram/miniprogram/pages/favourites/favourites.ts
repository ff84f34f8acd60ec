import type { AppGlobal } from '../../app';
import { type FavouriteCard, loadFavourites, removeFavourite } from '../../services/favourites';
import { coursePagePath } from '../../services/sharing';
import { showError } from '../../ui/feedback';

type CardEvent = { currentTarget: { dataset: { courseId: string } } };

Component({
  data: {
    loaded: false,
    cards: [] as FavouriteCard[],
    nextCursor: null as string | null,
    loadingMore: false,
  },
  methods: {
    // Reloaded whenever the page shows: the learner may have (un)kept a course on its page meanwhile.
    async onShow() {
      try {
        const page = await loadFavourites(getApp<AppGlobal>().api);
        this.setData({ cards: page.cards, nextCursor: page.nextCursor, loaded: true });
      } catch (error) {
        showError(error);
      }
    },
    async onReachBottom() {
      const { nextCursor, loadingMore, cards } = this.data;
      if (nextCursor === null || loadingMore) {
        return;
      }
      this.setData({ loadingMore: true });
      try {
        const page = await loadFavourites(getApp<AppGlobal>().api, nextCursor);
        this.setData({ cards: [...cards, ...page.cards], nextCursor: page.nextCursor });
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ loadingMore: false });
      }
    },
    onOpen(event: CardEvent) {
      wx.navigateTo({ url: coursePagePath(event.currentTarget.dataset.courseId) });
    },
    async onRemove(event: CardEvent) {
      const { courseId } = event.currentTarget.dataset;
      try {
        await removeFavourite(getApp<AppGlobal>().api, courseId, 'favourites');
        this.setData({ cards: this.data.cards.filter((card) => card.courseId !== courseId) });
        wx.showToast({ title: '已取消收藏', icon: 'none' });
      } catch (error) {
        showError(error);
      }
    },
    onBrowse() {
      // The home page is a tab, which only switchTab opens.
      wx.switchTab({ url: '/pages/index/index' });
    },
  },
});

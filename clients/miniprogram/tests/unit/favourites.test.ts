import { describe, expect, it } from 'vitest';
import { addFavourite, loadFavourites, removeFavourite } from '../../miniprogram/services/favourites';
import { fakeApi, payloadError } from '../support/fake-api';

describe('favourites', () => {
  it('lists favourite courses as cards and says where the next page starts', async () => {
    const { api, sent } = fakeApi({
      MyFavouriteCourses: {
        myFavorites: {
          nodes: [
            { id: 'f1', course: { id: 'c1', title: '摄影入门', summary: '从零开始', coverUrl: null, price: 9900 } },
            { id: 'f2', course: { id: 'c2', title: '免费公开课', summary: '', coverUrl: 'https://img/c2.png', price: 0 } },
          ],
          pageInfo: { hasNextPage: true, endCursor: 'cur2' },
        },
      },
    });

    const page = await loadFavourites(api, 'cur0');

    expect(sent[0]?.variables).toEqual({ first: 20, after: 'cur0' });
    expect(page).toEqual({
      cards: [
        { courseId: 'c1', title: '摄影入门', summary: '从零开始', coverUrl: '', priceText: '¥99.00' },
        { courseId: 'c2', title: '免费公开课', summary: '', coverUrl: 'https://img/c2.png', priceText: '免费' },
      ],
      nextCursor: 'cur2',
    });
  });

  it('adds and removes a favourite, telling the recommender where', async () => {
    const { api, tracked } = fakeApi({
      AddFavourite: { favoriteCourse: { isFavorite: true, errors: null } },
      RemoveFavourite: { unfavoriteCourse: { isFavorite: false, errors: null } },
    });

    await expect(addFavourite(api, 'c1', 'course')).resolves.toBe(true);
    await expect(removeFavourite(api, 'c1', 'favourites')).resolves.toBe(false);

    expect(tracked).toEqual([
      { kind: 'FAVOURITE', courseId: 'c1', context: 'course' },
      { kind: 'UNFAVOURITE', courseId: 'c1', context: 'favourites' },
    ]);
  });

  it('says when the course cannot be kept, and tracks nothing', async () => {
    const { api, tracked } = fakeApi({ AddFavourite: { favoriteCourse: { isFavorite: null, ...payloadError('NOT_FOUND') } } });

    await expect(addFavourite(api, 'gone', 'course')).rejects.toMatchObject({ message: '内容不存在或已下架' });
    expect(tracked).toEqual([]);
  });
});

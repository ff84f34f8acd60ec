import { throwIfErrors } from '../api/errors';
import { AddFavouriteDocument, MyFavouriteCoursesDocument, RemoveFavouriteDocument } from '../generated/graphql';
import { priceText } from '../ui/format';
import type { Api } from './api';

export interface FavouriteCard {
  courseId: string;
  title: string;
  summary: string;
  coverUrl: string;
  priceText: string;
}

export interface FavouritesPage {
  cards: FavouriteCard[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

const PAGE_SIZE = 20;

/** The learner's favourite courses, most recently added first, a page at a time. */
export async function loadFavourites(api: Api, after: string | null = null): Promise<FavouritesPage> {
  const { myFavorites } = await api.client.request(MyFavouriteCoursesDocument, { first: PAGE_SIZE, after });
  return {
    cards: myFavorites.nodes.map(({ course }) => ({
      courseId: course.id,
      title: course.title,
      summary: course.summary,
      coverUrl: course.coverUrl ?? '',
      priceText: priceText(course.price),
    })),
    nextCursor: myFavorites.pageInfo.hasNextPage ? myFavorites.pageInfo.endCursor : null,
  };
}

// The server does not record favourites as behaviour (only purchases, refunds and reviews): the recommender learns
// them from the events these send. <context> says where the learner did it, e.g. 'course' or 'favourites'.

/** Keeps the course in the learner's favourites; answers whether it now is one. */
export async function addFavourite(api: Api, courseId: string, context: string): Promise<boolean> {
  const { favoriteCourse } = await api.client.request(AddFavouriteDocument, { input: { courseId } });
  throwIfErrors(favoriteCourse.errors);
  api.tracker.track({ kind: 'FAVOURITE', courseId, context });
  return favoriteCourse.isFavorite === true;
}

/** Takes the course out of the learner's favourites; answers whether it still is one. */
export async function removeFavourite(api: Api, courseId: string, context: string): Promise<boolean> {
  const { unfavoriteCourse } = await api.client.request(RemoveFavouriteDocument, { input: { courseId } });
  throwIfErrors(unfavoriteCourse.errors);
  api.tracker.track({ kind: 'UNFAVOURITE', courseId, context });
  return unfavoriteCourse.isFavorite === true;
}

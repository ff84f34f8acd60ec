/** One page of a cursor-paged list: its items, and where the next page starts when there is one. */
export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Fetches the page after a cursor (null for the first page). */
export type PageLoader<T> = (after: string | null) => Promise<Page<T>>;

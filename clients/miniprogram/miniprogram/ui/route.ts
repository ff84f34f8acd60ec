/** A page's query parameter, decoded (links encode ids, which may hold '=' or '/'); null when absent or empty. */
export function routeParam(query: Record<string, string | undefined>, name: string): string | null {
  const value = query[name];
  return value === undefined || value === '' ? null : decodeURIComponent(value);
}

/** A page path with its query, each value encoded. */
export function routeTo(page: string, query: Record<string, string>): string {
  const pairs = Object.entries(query).map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return pairs.length === 0 ? page : `${page}?${pairs.join('&')}`;
}

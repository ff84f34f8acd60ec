/**
 * A path the API answers relative to its own origin (signed media links, poster images) as the absolute URL the
 * mini program's media components and wx.downloadFile need. The runtime has no URL class on every base library.
 */
export function onApiOrigin(endpoint: string, pathOrUrl: string): string {
  if (/^https?:\/\//.test(pathOrUrl)) {
    return pathOrUrl;
  }
  const origin = /^https?:\/\/[^/]+/.exec(endpoint)?.[0] ?? '';
  return `${origin}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}

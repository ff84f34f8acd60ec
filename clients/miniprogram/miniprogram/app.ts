import { apiEndpoint } from './config';
import { type Api, createApi } from './services/api';
import { coursePagePath, type EntryQuery, pageForMissingPath, ShareEntries } from './services/sharing';

export interface AppGlobal {
  api: Api;
}

const api = createApi(apiEndpoint);
const shareEntries = new ShareEntries(api);
// Sharing binds the visitor to the sharer, so it waits for the silent sign-in that launch starts.
let signedIn: Promise<void> = Promise.resolve();

/** A learner came in through a share or an invitation: bind them; a scanned 小程序码 names no course, so open it. */
async function enterThroughShare(query: EntryQuery): Promise<void> {
  await signedIn;
  const entry = await shareEntries.enter(query);
  if (entry?.courseId && query.id === undefined) {
    wx.reLaunch({ url: coursePagePath(entry.courseId) });
  }
}

App<AppGlobal>({
  api,
  onLaunch() {
    signedIn = this.api.auth.ensureSignedIn().catch(() => undefined);
  },
  // onShow follows onLaunch with the same options, and brings a new entry query when a warm app is opened again.
  onShow(options) {
    // A refused binding is an ordinary visit; one the network lost is tried again on the next show.
    enterThroughShare(options.query).catch(() => undefined);
  },
  // https://developers.weixin.qq.com/miniprogram/dev/reference/api/App.html#onPageNotFound-Object-object
  // reLaunch, not redirectTo: the home page it may go to is a tab.
  onPageNotFound(result) {
    wx.reLaunch({ url: pageForMissingPath(result.path, result.query) });
  },
  onHide() {
    void this.api.tracker.flush();
  },
});

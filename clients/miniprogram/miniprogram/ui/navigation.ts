/** The pages on the tab bar (app.json tabBar); WeChat opens them only with wx.switchTab. */
const TAB_PAGES = ['/pages/index/index', '/pages/my-courses/my-courses', '/pages/me/me'];

// WeChat keeps at most ten pages on the stack and wx.navigateTo fails beyond that
// (https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.navigateTo.html): a learner going from course to
// course would get stuck, so the tenth page replaces the current one instead.
const MAX_PAGE_STACK = 10;

/**
 * Opens a page of the mini program, switching tabs for tab-bar pages, which wx.navigateTo refuses
 * (https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.switchTab.html).
 */
export function openPage(url: string): void {
  if (TAB_PAGES.includes(url.split('?')[0])) {
    wx.switchTab({ url });
  } else if (getCurrentPages().length >= MAX_PAGE_STACK) {
    wx.redirectTo({ url });
  } else {
    wx.navigateTo({ url });
  }
}

/** The url a tapped element carries in its data-url attribute. */
export function urlOf(event: WechatMiniprogram.BaseEvent): string {
  return String(event.currentTarget.dataset.url);
}

// WeChat keeps at most ten pages on the stack and wx.navigateTo fails beyond that
// (https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.navigateTo.html): a learner going from course to
// course would get stuck, so the tenth page replaces the current one instead.
const MAX_PAGE_STACK = 10;

/** Opens a page of the mini program (not a tabBar page), e.g. /pages/course/course?id=… */
export function openPage(url: string): void {
  if (getCurrentPages().length >= MAX_PAGE_STACK) {
    void wx.redirectTo({ url });
  } else {
    void wx.navigateTo({ url });
  }
}

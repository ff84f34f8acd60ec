/** The pages on the tab bar (app.json tabBar); WeChat opens them only with wx.switchTab. */
const TAB_PAGES = ['/pages/index/index', '/pages/my-courses/my-courses', '/pages/me/me'];

/**
 * Opens a page of the mini program, switching tabs for tab-bar pages, which wx.navigateTo refuses
 * (https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.switchTab.html).
 */
export function openPage(url: string): void {
  if (TAB_PAGES.includes(url.split('?')[0])) {
    wx.switchTab({ url });
  } else {
    wx.navigateTo({ url });
  }
}


import { expect, it } from 'vitest';
import { openPage } from '../../miniprogram/ui/navigation';
import { installPageWx } from '../support/page-wx';

it('opens a page on top of the stack', () => {
  const wxCalls = installPageWx(9);

  openPage('/pages/course/course?id=a');

  expect(wxCalls.navigateTo).toHaveBeenCalledWith({ url: '/pages/course/course?id=a' });
  expect(wxCalls.redirectTo).not.toHaveBeenCalled();
});

it('replaces the current page once WeChat keeps ten', () => {
  const wxCalls = installPageWx(10);

  openPage('/pages/course/course?id=a');

  expect(wxCalls.redirectTo).toHaveBeenCalledWith({ url: '/pages/course/course?id=a' });
  expect(wxCalls.navigateTo).not.toHaveBeenCalled();
});

it('switches to a tab-bar page, which navigateTo refuses', () => {
  const wxCalls = installPageWx(10);

  openPage('/pages/index/index');

  expect(wxCalls.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
  expect(wxCalls.redirectTo).not.toHaveBeenCalled();
});

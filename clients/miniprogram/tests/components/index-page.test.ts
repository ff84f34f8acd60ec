import { expect, it } from 'vitest';
import type { Api } from '../../miniprogram/services/api';
import { render } from '../support/render';

it('greets a signed-in learner', () => {
  const page = render('pages/index/index', { auth: { isSignedIn: () => true } as Api['auth'] });
  page.instance.onLoad();

  expect(page.querySelector('.greeting')?.dom?.textContent).toBe('欢迎回来');
  expect(page.dom?.textContent).toContain('开始学习');
});

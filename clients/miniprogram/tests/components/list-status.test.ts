import { describe, expect, it } from 'vitest';
import { render } from '../support/render';

function status(properties: Record<string, unknown>): string {
  return render('components/list-status/list-status', {}, properties).dom?.textContent?.trim() ?? '';
}

describe('the foot of a paged list', () => {
  it('says what the list is doing', () => {
    expect(status({ loading: true, count: 3 })).toBe('加载中…');
    expect(status({ hasMore: false, count: 0, emptyText: '没有找到相关课程' })).toBe('没有找到相关课程');
    expect(status({ hasMore: false, count: 3 })).toBe('没有更多了');
    expect(status({ hasMore: true, count: 3 })).toBe('');
    // 重试 after a failed page is tapped in the home page's test.
    expect(status({ failed: true, count: 3 })).toContain('加载失败');
  });
});

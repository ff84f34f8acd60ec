import { describe, expect, it, vi } from 'vitest';
import { installMemoryWx } from '../support/memory-wx';
import { fakeApi, payloadError } from '../support/fake-api';
import { render, simulate } from '../support/render';

const course = { id: 'c1', title: '摄影入门' };

function text(page: ReturnType<typeof render>, selector: string): string | undefined {
  return page.querySelector(selector)?.dom?.textContent?.trim();
}

describe('review compose page', () => {
  it('asks for stars first and submits the learner’s stars and words', async () => {
    const wx = installMemoryWx({ showToast: vi.fn(), navigateBack: vi.fn() });
    const { api, sent } = fakeApi({
      MyCourseReview: { course, myReview: null },
      SubmitReview: { reviewCourse: { review: { id: 'r1', stars: 4, text: '讲得清楚', status: 'VISIBLE' }, errors: null } },
    });
    const page = render('pages/review-compose/review-compose', api);
    await page.instance.onLoad({ courseId: 'Q291cnNlOjE%3D' } as never);

    expect(sent[0]?.variables).toEqual({ courseId: 'Q291cnNlOjE=' });
    expect(text(page, '.course-title')).toBe('摄影入门');
    expect(text(page, '.prompt')).toBe('为这门课打分');
    expect(page.querySelector('.submit')?.dom?.textContent).toContain('提交评价');
    page.querySelector('.submit')?.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(sent.map((s) => s.operation)).toEqual(['MyCourseReview']);

    page.instance.onStarsChange({ detail: { value: 4 } } as never);
    page.instance.onTextChange({ detail: { value: '讲得清楚' } } as never);
    expect(text(page, '.stars-hint')).toBe('推荐');
    await page.instance.onSubmit();

    expect(sent[1]).toEqual({ operation: 'SubmitReview', variables: { input: { courseId: 'Q291cnNlOjE=', stars: 4, text: '讲得清楚' } } });
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '评价成功' }));
    expect(wx.navigateBack).toHaveBeenCalled();
  });

  it('shows what the content check refused next to the words, and keeps them to rewrite', async () => {
    const wx = installMemoryWx({ showToast: vi.fn(), navigateBack: vi.fn() });
    const { api } = fakeApi({
      MyCourseReview: { course, myReview: { id: 'r1', stars: 2, text: '旧评价', status: 'VISIBLE' } },
      EditMyReview: { editReview: { review: null, ...payloadError('CONTENT_REFUSED') } },
    });
    const page = render('pages/review-compose/review-compose', api);
    await page.instance.onLoad({ courseId: 'c1' } as never);

    expect(text(page, '.prompt')).toBe('修改你的评价');
    expect(page.querySelector('.notice')).toBeUndefined();
    expect(page.querySelector('.submit')?.dom?.textContent).toContain('保存修改');
    await page.instance.onSubmit();

    expect(text(page, '.error')).toBe('内容包含不当信息，请修改后再提交');
    expect(page.data.text).toBe('旧评价');
    expect(wx.navigateBack).not.toHaveBeenCalled();
  });

  it('reminds the author of a hidden review why nobody else sees it', async () => {
    installMemoryWx();
    const { api } = fakeApi({ MyCourseReview: { course, myReview: { id: 'r1', stars: 1, text: '差', status: 'HIDDEN' } } });
    const page = render('pages/review-compose/review-compose', api);
    await page.instance.onLoad({ courseId: 'c1' } as never);

    expect(text(page, '.notice')).toBe('评价未通过审核，仅你自己可见，修改后可重新提交');
  });

  it('tells the learner a held review waits for moderation', async () => {
    installMemoryWx({ showToast: vi.fn(), navigateBack: vi.fn() });
    const { api } = fakeApi({
      MyCourseReview: { course, myReview: null },
      SubmitReview: { reviewCourse: { review: { id: 'r1', stars: 5, text: '好', status: 'HELD' }, errors: null } },
    });
    const page = render('pages/review-compose/review-compose', api);
    await page.instance.onLoad({ courseId: 'c1' } as never);
    page.instance.onStarsChange({ detail: { value: 5 } } as never);
    await page.instance.onSubmit();

    expect(text(page, '.notice')).toBe('评价已提交，审核通过后其他学员即可看到');
    expect(text(page, '.prompt')).toBe('修改你的评价');
  });
});

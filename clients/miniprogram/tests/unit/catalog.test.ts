import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../miniprogram/api/errors';
import { loadCategoryCourses, loadHome, loadRecommendations, noteCourseOpened, searchCourses } from '../../miniprogram/services/catalog';
import { connection, course, recommended } from '../support/catalog-fixtures';
import { scriptedApi } from '../support/scripted-server';

const signedIn = { login: { accessToken: 'a1', accessTokenExpiresAt: null, refreshToken: 'r1', refreshTokenExpiresAt: null, errors: null } };
const timeZone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterEach(() => {
  process.env.TZ = timeZone;
});

describe('loadHome', () => {
  it('lists the categories and, of the popular courses, those on sale, the one ending soonest first', async () => {
    const { api, sent } = scriptedApi({
      CatalogHome: {
        categories: [
          { id: 'c1', name: '职场技能' },
          { id: 'c2', name: '编程' },
        ],
        popular: {
          nodes: [
            course({ id: 'full-price' }),
            course({
              id: 'later',
              title: 'Python 实战',
              activeSale: { kind: 'LIMITED_TIME_PRICE', title: '双十二限时优惠', price: 2900, endsAt: '2026-12-12T15:59:00Z', stockLeft: null },
            }),
            course({
              id: 'sooner',
              title: 'PPT 速成',
              activeSale: { kind: 'FLASH_SALE', title: '秒杀', price: 990, endsAt: '2026-12-05T12:00:00Z', stockLeft: 3 },
            }),
          ],
        },
      },
    });

    const home = await loadHome(api);

    expect(home.categories).toEqual([
      { id: 'c1', name: '职场技能' },
      { id: 'c2', name: '编程' },
    ]);
    expect(home.onSale.map((card) => card.id)).toEqual(['sooner', 'later']);
    expect(home.onSale[0]).toMatchObject({ saleLabel: '秒杀', priceText: '¥9.90', listPriceText: '¥49.00', saleNote: '仅剩 3 件' });
    expect(home.onSale[1]).toMatchObject({ saleLabel: '双十二限时优惠', priceText: '¥29.00', saleNote: '12月12日 23:59 结束' });
    expect(sent).toEqual([{ operation: 'CatalogHome', variables: { saleCandidates: 50 }, signedIn: false }]);
  });

  it('shows no sale, and no price, to a learner whose platform hides prices', async () => {
    const hidden = course({
      price: null,
      purchase: { pricesHidden: true },
      activeSale: { kind: 'LIMITED_TIME_PRICE', title: '限时优惠', price: 2900, endsAt: '2026-12-12T15:59:00Z', stockLeft: null },
    });
    const { api } = scriptedApi({
      CatalogHome: { categories: [], popular: { nodes: [hidden] } },
      CatalogSearch: { courses: connection([hidden]) },
    });

    expect((await loadHome(api)).onSale).toEqual([]);
    const [card] = (await searchCourses(api, 'Excel', null)).items;
    expect(card).toMatchObject({ priceText: '', listPriceText: '', saleLabel: '', saleNote: '' });
  });
});

describe('course cards', () => {
  it('read the price, the teacher and what other learners did', async () => {
    const { api } = scriptedApi({
      CatalogSearch: {
        courses: connection([
          course({ id: 'paid' }),
          course({ id: 'free', price: 0, ratingCount: 0, ratingAverage: 0, studentCount: 8, coverUrl: null }),
        ]),
      },
    });

    const [paid, free] = (await searchCourses(api, 'Excel', null)).items;

    expect(paid).toEqual({
      id: 'paid',
      title: 'Excel 入门',
      summary: '从零开始做表格',
      coverUrl: 'https://cdn.test/excel.png',
      teacher: '王老师',
      priceText: '¥49.00',
      listPriceText: '',
      saleLabel: '',
      saleNote: '',
      statsText: '4.8 分 · 1203 人在学',
    });
    expect(free).toMatchObject({ priceText: '免费', statsText: '8 人在学', coverUrl: '' });
  });
});

describe('loadRecommendations', () => {
  it('gives each pick its reason in Chinese, built from what the reason points at', async () => {
    const { api, sent } = scriptedApi({
      CatalogRecommendations: {
        recommendations: connection(
          [
            recommended({ id: 'a' }, { kind: 'BECAUSE_YOU_TOOK', text: 'Because you took Excel 入门', relatedCourse: { title: 'Excel 入门' } }),
            recommended({ id: 'b' }, { kind: 'BECAUSE_YOU_VIEWED', relatedCourse: { title: 'PPT 速成' } }),
            recommended({ id: 'c' }, { kind: 'SIMILAR_TO', relatedCourse: { title: 'Python 实战' } }),
            recommended({ id: 'd' }, { kind: 'MATCHES_YOUR_INTEREST', tag: { name: '数据分析' } }),
            recommended({ id: 'e' }, { kind: 'FROM_CREATOR_YOU_FOLLOW', creator: { name: '李老师' } }),
            recommended({ id: 'f' }, { kind: 'POPULAR_IN', category: { name: '职场技能' } }),
            recommended({ id: 'g' }, { kind: 'POPULAR_IN' }),
          ],
          'cursor-7',
        ),
      },
    });

    const page = await loadRecommendations(api, null);

    expect(page.items.map((pick) => [pick.id, pick.reason])).toEqual([
      ['a', '因为你学过《Excel 入门》'],
      ['b', '因为你看过《PPT 速成》'],
      ['c', '与《Python 实战》相似'],
      ['d', '符合你的兴趣 #数据分析'],
      ['e', '来自你喜欢的老师 李老师'],
      ['f', '#职场技能 热门'],
      ['g', '大家都在学'],
    ]);
    expect(page.items[0].course.title).toBe('Excel 入门');
    expect(page).toMatchObject({ endCursor: 'cursor-7', hasNextPage: true });
    expect(sent.find((s) => s.operation === 'CatalogRecommendations')?.variables).toEqual({ first: 10, after: null, context: null });
  });

  it("asks for a category page's picks from that category", async () => {
    const { api, sent } = scriptedApi({ CatalogRecommendations: { recommendations: connection([]) } });

    await loadRecommendations(api, null, { categoryId: 'c1', first: 3 });

    expect(sent.find((s) => s.operation === 'CatalogRecommendations')?.variables).toEqual({ first: 3, after: null, context: { categoryId: 'c1' } });
  });

  it('asks as the signed-in learner, once the sign-in on its way is done', async () => {
    const { api, sent } = scriptedApi({
      Login: () => new Promise<object>((resolve) => setTimeout(() => resolve(signedIn), 10)),
      CatalogRecommendations: { recommendations: connection([]) },
    });
    void api.auth.ensureSignedIn();

    await loadRecommendations(api, null);

    expect(sent.map((s) => [s.operation, s.signedIn])).toEqual([
      ['Login', false],
      ['CatalogRecommendations', true],
    ]);
  });

  it('asks anonymously, for what is popular, when signing in fails', async () => {
    const { api, sent } = scriptedApi({ CatalogRecommendations: { recommendations: connection([recommended({})]) } });

    const page = await loadRecommendations(api, null);

    expect(page.items).toHaveLength(1);
    expect(sent.map((s) => [s.operation, s.signedIn])).toEqual([
      ['Login', false],
      ['CatalogRecommendations', false],
    ]);
  });

  it("falls back to the server's sentence when the course it points at is gone", async () => {
    const { api } = scriptedApi({
      CatalogRecommendations: {
        recommendations: connection([recommended({}, { kind: 'BECAUSE_YOU_TOOK', text: 'Because you took ', relatedCourse: null })]),
      },
    });

    expect((await loadRecommendations(api, null)).items[0].reason).toBe('Because you took ');
  });
});

describe('loadCategoryCourses', () => {
  it("asks for the category's courses after the cursor, most learned first unless told, and names the category", async () => {
    const { api, sent } = scriptedApi({
      CatalogCategory: { category: { id: 'c1', name: '职场技能' }, courses: connection([course()], 'next', 23) },
    });

    const page = await loadCategoryCourses(api, 'c1', 'after-10');
    await loadCategoryCourses(api, 'c1', null, 'rated');

    expect(page).toMatchObject({ categoryName: '职场技能', endCursor: 'next', hasNextPage: true, totalCount: 23 });
    expect(page.items).toHaveLength(1);
    expect(sent.map((s) => s.variables)).toEqual([
      { categoryId: 'c1', order: [{ studentCount: 'DESC' }], first: 10, after: 'after-10' },
      { categoryId: 'c1', order: [{ rating: 'DESC' }, { studentCount: 'DESC' }], first: 10, after: null },
    ]);
  });

  it('has no name for an unknown category or an id of something else', async () => {
    const { api } = scriptedApi({
      CatalogCategory: (variables) => ({ category: variables.categoryId === 'course-id' ? {} : null, courses: connection([]) }),
    });

    expect((await loadCategoryCourses(api, 'gone', null)).categoryName).toBeNull();
    expect((await loadCategoryCourses(api, 'course-id', null)).categoryName).toBeNull();
  });
});

describe('searchCourses', () => {
  it('sends the trimmed words and asks nothing for blank ones', async () => {
    const { api, sent } = scriptedApi({ CatalogSearch: { courses: connection([course()], null, 1) } });

    expect(await searchCourses(api, '   ', null)).toEqual({ items: [], endCursor: null, hasNextPage: false, totalCount: 0 });
    expect(sent).toEqual([]);

    const page = await searchCourses(api, '  Excel 表格 ', null);
    expect(page).toMatchObject({ totalCount: 1, hasNextPage: false, endCursor: null });
    expect(sent).toEqual([{ operation: 'CatalogSearch', variables: { words: 'Excel 表格', first: 10, after: null }, signedIn: false }]);
  });

  it("passes the API's typed error on with the learner's message", async () => {
    const { api } = scriptedApi({ CatalogSearch: new ApiError('BAD_USER_INPUT', 'search too long') });

    await expect(searchCourses(api, 'x', null)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: '填写的内容有误，请检查后重试' });
  });
});

describe('noteCourseOpened', () => {
  it('sends a click on the course with where it was opened from', async () => {
    const { api, sent } = scriptedApi({ TrackEvents: { trackEvents: { stored: 1, duplicates: 0, errors: null } } });

    noteCourseOpened(api, 'Q291cnNlOjE', 'home:recommended');
    await api.tracker.flush();

    const [{ variables }] = sent;
    expect(variables).toMatchObject({ input: { events: [{ kind: 'CLICK', courseId: 'Q291cnNlOjE', context: 'home:recommended' }] } });
  });
});

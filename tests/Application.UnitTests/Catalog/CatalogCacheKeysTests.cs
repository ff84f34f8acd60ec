using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Catalog.Queries.GetCourses;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Querying.Sorting;

namespace KnowledgePay.Application.UnitTests.Catalog;

/// <summary>Two catalogue queries share a cache entry exactly when they ask for the same rows and columns.</summary>
public sealed class CatalogCacheKeysTests
{
    private static readonly Guid Creator = Guid.Parse("11111111-1111-1111-1111-111111111111");

    [Fact]
    public void GivesEqualQueriesOneKey()
    {
        Assert.Equal(Key(Page(Where(Nested(4900)))), Key(Page(Where(Nested(4900)))));
    }

    [Fact]
    public void SeparatesFiltersThatDifferOnlyInAValueDeepInTheTree()
    {
        Assert.NotEqual(Key(Page(Where(Nested(4900)))), Key(Page(Where(Nested(4901)))));
    }

    [Fact]
    public void SeparatesAllOfFromAnyOfOverTheSameConditions()
    {
        var conditions = new Filter[] { Price(FilterOperator.Gt, 100), new FieldCondition("creatorId", FilterOperator.Eq, Creator) };

        Assert.NotEqual(Key(Page(Where(new AllOf(conditions)))), Key(Page(Where(new AnyOf(conditions)))));
    }

    [Fact]
    public void SeparatesOperatorsAndListsOfValues()
    {
        Assert.NotEqual(Key(Page(Where(Price(FilterOperator.Gt, 100)))), Key(Page(Where(Price(FilterOperator.Gte, 100)))));
        Assert.NotEqual(
            Key(Page(Where(new FieldCondition("price", FilterOperator.In, new List<object> { 1L, 2L })))),
            Key(Page(Where(new FieldCondition("price", FilterOperator.In, new List<object> { 1L, 3L })))));
    }

    [Fact]
    public void SeparatesWindowsOrdersSelectionsAndSearches()
    {
        var first = Page(new QueryContext<CourseDto>(Page: new PageRequest(First: 20)));

        Assert.NotEqual(Key(first), Key(Page(new QueryContext<CourseDto>(Page: new PageRequest(First: 20, After: "abc")))));
        Assert.NotEqual(Key(first), Key(Page(new QueryContext<CourseDto>(
            Page: new PageRequest(First: 20), Order: [new SortField("price", SortDirection.Ascending)]))));
        Assert.NotEqual(Key(first), Key(Page(new QueryContext<CourseDto>(
            Page: new PageRequest(First: 20), Selection: new HashSet<string> { nameof(CourseDto.Title) }))));
        Assert.NotEqual(Key(first), Key(first with { Search = "sql" }));
    }

    private static string Key(GetCoursesQuery query) => CatalogCacheKeys.Of("courses", query);

    private static GetCoursesQuery Page(QueryContext<CourseDto> context) => new(context);

    private static QueryContext<CourseDto> Where(Filter filter) => new(Where: filter, Page: new PageRequest(First: 20));

    private static FieldCondition Price(FilterOperator op, long fen) => new("price", op, fen);

    private static Filter Nested(long fen) => new AllOf(
    [
        new FieldCondition("creatorId", FilterOperator.Eq, Creator),
        new AnyOf([Price(FilterOperator.Lt, fen), new ListCondition("tags", ListOperator.Some, new FieldCondition("id", FilterOperator.Eq, Creator))]),
    ]);
}

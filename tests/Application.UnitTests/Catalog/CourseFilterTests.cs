using KnowledgePay.Application.Catalog.Queries.GetCourses;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.UnitTests.Catalog;

public sealed class CourseFilterTests
{
    private readonly InMemoryCatalogue _catalogue = new();

    [Fact]
    public void MatchesCoursesOfCategoryWhenCategoryIdEquals()
    {
        var matches = Matching(new FieldCondition("categoryId", FilterOperator.Eq, _catalogue.Programming));

        Assert.Equal([_catalogue.Go, _catalogue.Python], matches);
    }

    [Fact]
    public void MatchesPricesWithinRangeWhenGteAndLteAreCombined()
    {
        var matches = Matching(new AllOf(
        [
            new FieldCondition("price", FilterOperator.Gte, 4900),
            new FieldCondition("price", FilterOperator.Lte, 9900),
        ]));

        Assert.Equal([_catalogue.Rust, _catalogue.Python], matches);
    }

    [Fact]
    public void MatchesFreeCoursesWhenIsFreeIsTrue()
    {
        var matches = Matching(new FieldCondition("isFree", FilterOperator.Eq, true));

        Assert.Equal([_catalogue.Go], matches);
    }

    [Fact]
    public void MatchesCoursesWithAVideoLessonWhenSomeLessonKindEqualsVideo()
    {
        var matches = Matching(new ListCondition(
            "lessons", ListOperator.Some, new FieldCondition("kind", FilterOperator.Eq, LessonKind.Video)));

        Assert.Equal([_catalogue.Go], matches);
    }

    [Fact]
    public void MatchesCoursesCarryingAnyListedTagWhenSomeTagIdIsIn()
    {
        var matches = Matching(new ListCondition(
            "tags", ListOperator.Some, new FieldCondition("id", FilterOperator.In, new List<object> { _catalogue.Backend })));

        Assert.Equal([_catalogue.Rust, _catalogue.Python], matches);
    }

    [Fact]
    public void MatchesUntaggedCoursesWhenTagsAnyIsFalse()
    {
        var matches = Matching(new ListCondition("tags", ListOperator.Any, null, Exists: false));

        Assert.Equal([_catalogue.GraphQL], matches);
    }

    [Fact]
    public void MatchesEitherBranchWhenConditionsAreOred()
    {
        var matches = Matching(new AnyOf(
        [
            new FieldCondition("title", FilterOperator.Contains, "Rust"),
            new FieldCondition("price", FilterOperator.Gt, 10000),
        ]));

        Assert.Equal([_catalogue.Rust, _catalogue.GraphQL], matches);
    }

    [Fact]
    public void ExcludesListedCoursesWhenIdIsNotIn()
    {
        var matches = Matching(new FieldCondition("id", FilterOperator.Nin, new List<object> { _catalogue.Go.Id, _catalogue.Rust.Id }));

        Assert.Equal([_catalogue.Python, _catalogue.GraphQL], matches);
    }

    [Fact]
    public void MatchesRatedCoursesWhenRatingIsAtLeastFour()
    {
        var matches = Matching(new FieldCondition("rating", FilterOperator.Gte, 4.0));

        Assert.Equal([_catalogue.Python], matches);
    }

    [Fact]
    public void MatchesEverythingWhenAllOfIsEmpty()
    {
        Assert.Equal(_catalogue.Courses, Matching(new AllOf([])));
    }

    [Fact]
    public void FailsWhenFieldIsNotFilterable()
    {
        Assert.Throws<ArgumentException>(
            () => CourseQuerySchema.Filter.ToPredicate(new FieldCondition("searchText", FilterOperator.Eq, "x")));
    }

    [Fact]
    public void FailsWhenOperatorDoesNotApplyToTheField()
    {
        Assert.Throws<ArgumentException>(
            () => CourseQuerySchema.Filter.ToPredicate(new FieldCondition("price", FilterOperator.Contains, "49")));
    }

    [Fact]
    public void FailsWithValidationErrorWhenValueHasTheWrongType()
    {
        var error = Assert.Throws<ValidationException>(
            () => CourseQuerySchema.Filter.ToPredicate(new FieldCondition("price", FilterOperator.Gt, "cheap")));

        Assert.Contains("where", error.Errors.Keys);
    }

    [Fact]
    public void FailsWithValidationErrorWhenInIsGivenASingleValue()
    {
        Assert.Throws<ValidationException>(
            () => CourseQuerySchema.Filter.ToPredicate(new FieldCondition("id", FilterOperator.In, _catalogue.Go.Id)));
    }

    private List<Course> Matching(Filter filter)
    {
        var predicate = CourseQuerySchema.Filter.ToPredicate(filter).Compile();
        return [.. _catalogue.Courses.Where(predicate)];
    }
}

using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Catalog.Queries.GetCourses;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Querying.Sorting;

namespace KnowledgePay.Application.UnitTests.Catalog;

public sealed class GetCoursesQueryValidatorTests
{
    private readonly GetCoursesQueryValidator _validator = new();

    [Fact]
    public void AcceptsQueryWhenPageIsAtMaximumSize()
    {
        var result = _validator.Validate(Query(new PageRequest(First: PageRequest.MaxSize)));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void RejectsFirstWhenPageIsLargerThanMaximum()
    {
        var result = _validator.Validate(Query(new PageRequest(First: PageRequest.MaxSize + 1)));

        Assert.Contains(result.Errors, e => e.PropertyName == "First");
    }

    [Fact]
    public void RejectsLastWhenNegative()
    {
        var result = _validator.Validate(Query(new PageRequest(Last: -1)));

        Assert.Contains(result.Errors, e => e.PropertyName == "Last");
    }

    [Fact]
    public void RejectsQueryWhenFirstAndLastAreBothGiven()
    {
        var result = _validator.Validate(Query(new PageRequest(First: 5, Last: 5)));

        Assert.Contains(result.Errors, e => e.ErrorMessage == "Use first or last, not both.");
    }

    [Fact]
    public void RejectsQueryWhenAfterAndBeforeAreBothGiven()
    {
        var result = _validator.Validate(Query(new PageRequest(After: "a", Before: "b")));

        Assert.Contains(result.Errors, e => e.ErrorMessage == "Use after or before, not both.");
    }

    [Fact]
    public void RejectsSearchWhenLongerThanMaximum()
    {
        var query = new GetCoursesQuery(new QueryContext<CourseDto>(), new string('a', SearchTerms.MaxLength + 1));

        var result = _validator.Validate(query);

        Assert.Contains(result.Errors, e => e.PropertyName == "search");
    }

    [Fact]
    public void RejectsOrderWhenMoreThanFourFieldsAreGiven()
    {
        var order = Enumerable.Repeat(new SortField("price", SortDirection.Ascending), 5).ToList();

        var result = _validator.Validate(new GetCoursesQuery(new QueryContext<CourseDto>(Order: order)));

        Assert.Contains(result.Errors, e => e.PropertyName == "order");
    }

    private static GetCoursesQuery Query(PageRequest page) => new(new QueryContext<CourseDto>(Page: page));
}

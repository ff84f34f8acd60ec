using KnowledgePay.Application.Catalog.Queries.GetCourses;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.UnitTests.Catalog;

public sealed class CourseSortTests
{
    private readonly InMemoryCatalogue _catalogue = new();

    [Fact]
    public void OrdersByPriceWhenPriceKeyIsUsed()
    {
        var ordered = OrderedBy("price");

        Assert.Equal([_catalogue.Go, _catalogue.Rust, _catalogue.Python, _catalogue.GraphQL], ordered);
    }

    [Fact]
    public void OrdersByAverageStarsWhenRatingKeyIsUsed()
    {
        var ordered = OrderedBy("rating");

        Assert.Equal(_catalogue.Python, ordered[^1]);
        Assert.Equal(_catalogue.Rust, ordered[^2]);
    }

    [Fact]
    public void OrdersByPublicationWhenPublishedAtKeyIsUsed()
    {
        var ordered = OrderedBy("publishedAt");

        Assert.Equal([_catalogue.Go, _catalogue.Rust, _catalogue.Python, _catalogue.GraphQL], ordered);
    }

    [Fact]
    public void FailsWithValidationErrorWhenFieldIsNotSortable()
    {
        var error = Assert.Throws<ValidationException>(() => CourseQuerySchema.Sort.KeyNamed("summary"));

        Assert.Contains("order", error.Errors.Keys);
    }

    [Fact]
    public void ListsEverySortableFieldWhenDescribed()
    {
        Assert.Equal(
            ["title", "price", "publishedAt", "createdAt", "studentCount", "rating"],
            CourseQuerySchema.Sort.Fields.Select(f => f.Name));
    }

    private List<Course> OrderedBy(string field)
    {
        var key = CourseQuerySchema.Sort.KeyNamed(field).Selector.Compile();
        return [.. _catalogue.Courses.OrderBy(c => key.DynamicInvoke(c))];
    }
}

using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class CourseDescriptionTests
{
    [Fact]
    public void FailsWithInvalidTitleWhenTitleIsBlank()
    {
        var course = Drafts.Course();

        var error = Assert.Throws<DomainException>(() => course.Describe(" ", "Summary", null));

        Assert.Equal("COURSE_INVALID_TITLE", error.Code);
    }

    [Fact]
    public void FailsWithInvalidSummaryWhenSummaryIsTooLong()
    {
        var course = Drafts.Course();

        var error = Assert.Throws<DomainException>(
            () => course.Describe("Title", new string('s', CatalogLimits.SummaryLength + 1), null));

        Assert.Equal("COURSE_INVALID_SUMMARY", error.Code);
    }

    [Fact]
    public void IndexesLowerCasedTitleAndSummaryWhenDescribed()
    {
        var course = Drafts.Course();

        course.Describe("GraphQL 实战", "Schemas AND Resolvers", null);

        Assert.Equal("graphql 实战\nschemas and resolvers", course.SearchText);
    }

    [Fact]
    public void FailsWhenDraftedWithNegativePrice()
    {
        var error = Assert.Throws<DomainException>(() => Drafts.Course(priceFen: -100));

        Assert.Equal("MONEY_NEGATIVE", error.Code);
    }
}

using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Querying.Projection;
using KnowledgePay.Application.UnitTests.Catalog;
using Mapster;

namespace KnowledgePay.Application.UnitTests.Common.Querying;

public sealed class ProjectionTests
{
    private readonly InMemoryCatalogue _catalogue = new();

    public ProjectionTests()
    {
        TypeAdapterConfig.GlobalSettings.Scan(typeof(DependencyInjection).Assembly);
    }

    [Fact]
    public void MapsPriceAndRatingWhenEveryMemberIsSelected()
    {
        var project = ProjectionBuilder.For<Domain.Catalog.Course, CourseDto>(null).Compile();

        var dto = project(_catalogue.Python);

        Assert.Equal(9900, dto.PriceFen);
        Assert.Equal("CNY", dto.Currency);
        Assert.Equal(5, dto.RatingAverage);
        Assert.Equal(1, dto.RatingCount);
        Assert.Equal(_catalogue.Python.Title, dto.Title);
    }

    [Fact]
    public void FillsOnlySelectedMembersAndIdWhenSelectionIsGiven()
    {
        var project = ProjectionBuilder.For<Domain.Catalog.Course, CourseDto>(new HashSet<string> { nameof(CourseDto.Title) }).Compile();

        var dto = project(_catalogue.Python);

        Assert.Equal(_catalogue.Python.Id, dto.Id);
        Assert.Equal(_catalogue.Python.Title, dto.Title);
        Assert.Equal(0, dto.PriceFen);
        Assert.Equal(string.Empty, dto.Summary);
    }
}

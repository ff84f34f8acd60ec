using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("ai")]
    [InlineData("product-management")]
    [InlineData("web3-101")]
    public void AcceptsSlugWhenLowerCaseWordsAreJoinedBySingleHyphens(string slug)
    {
        Assert.Equal(slug, Slugs.Validate(slug));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Product")]
    [InlineData("two--hyphens")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("with space")]
    [InlineData("中文")]
    public void FailsWithInvalidSlugWhenSlugIsMalformed(string slug)
    {
        var error = Assert.Throws<DomainException>(() => Slugs.Validate(slug));

        Assert.Equal("CATALOG_INVALID_SLUG", error.Code);
    }

    [Fact]
    public void FailsWhenSlugIsLongerThanTheLimit()
    {
        Assert.Throws<DomainException>(() => Slugs.Validate(new string('a', CatalogLimits.SlugLength + 1)));
    }
}

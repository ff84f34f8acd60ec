using KnowledgePay.Application.Catalog.Queries.GetCourses;

namespace KnowledgePay.Application.UnitTests.Catalog;

public sealed class SearchTermsTests
{
    [Fact]
    public void ReturnsNoTermsWhenSearchIsNull()
    {
        Assert.Empty(SearchTerms.Split(null));
    }

    [Fact]
    public void SplitsOnWhitespaceAndLowerCasesWhenSearchHasSeveralWords()
    {
        Assert.Equal(["graphql", "实战"], SearchTerms.Split("  GraphQL \t 实战 "));
    }

    [Fact]
    public void DropsRepeatsWhenSameTermAppearsTwice()
    {
        Assert.Equal(["go", "web"], SearchTerms.Split("Go web GO"));
    }

    [Fact]
    public void KeepsFirstFiveTermsWhenSearchHasMore()
    {
        Assert.Equal(["a", "b", "c", "d", "e"], SearchTerms.Split("a b c d e f g"));
    }
}

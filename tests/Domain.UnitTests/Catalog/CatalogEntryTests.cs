using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class CatalogEntryTests
{
    [Fact]
    public void KeepsTrimmedNameWhenCategoryIsCreated()
    {
        var category = Category.Create(" 职场提升 ", "career", 3);

        Assert.Equal("职场提升", category.Name);
        Assert.Equal("career", category.Slug);
        Assert.Equal(3, category.Position);
    }

    [Fact]
    public void FailsWithInvalidNameWhenTagNameIsTooLong()
    {
        var error = Assert.Throws<DomainException>(() => Tag.Create(new string('t', CatalogLimits.NameLength + 1), "tag"));

        Assert.Equal("CATALOG_INVALID_NAME", error.Code);
    }

    [Fact]
    public void DropsBlankOptionalFieldsWhenCreatorJoins()
    {
        var creator = Creator.Join("李老师", "  ", null, "https://cdn.example.com/li.png", Drafts.Now);

        Assert.Null(creator.Headline);
        Assert.Null(creator.Bio);
        Assert.Equal("https://cdn.example.com/li.png", creator.AvatarUrl);
        Assert.Equal(Drafts.Now, creator.JoinedAt);
    }

    [Fact]
    public void FailsWithInvalidTextWhenCreatorBioIsTooLong()
    {
        var error = Assert.Throws<DomainException>(
            () => Creator.Join("Li", null, new string('b', CatalogLimits.BioLength + 1), null, Drafts.Now));

        Assert.Equal("CATALOG_INVALID_TEXT", error.Code);
    }

    [Fact]
    public void GivesEachEntityItsOwnIdWhenCreated()
    {
        Assert.NotEqual(Tag.Create("AI", "ai").Id, Tag.Create("AI", "ai").Id);
    }
}

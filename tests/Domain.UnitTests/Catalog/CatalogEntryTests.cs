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

    [Fact]
    public void RaisesCategoryEditedWhenCreatedAndWhenEdited()
    {
        var category = Category.Create("职场", "career", 3);

        category.Edit(" 职场提升 ", "career-growth", 1);

        IDomainEvent[] expected =
            [new CategoryEditedEvent(category.Id, "职场", "career", 3), new CategoryEditedEvent(category.Id, "职场提升", "career-growth", 1)];
        Assert.Equal(expected, category.DomainEvents());
    }

    [Fact]
    public void RaisesTagEditedWhenCreatedAndWhenEdited()
    {
        var tag = Tag.Create("AI", "ai");

        tag.Edit("人工智能", "artificial-intelligence");

        IDomainEvent[] expected = [new TagEditedEvent(tag.Id, "AI", "ai"), new TagEditedEvent(tag.Id, "人工智能", "artificial-intelligence")];
        Assert.Equal(expected, tag.DomainEvents());
    }

    [Fact]
    public void RaisesProfileUpdatedWhenAnExistingCreatorChangesItsProfile()
    {
        var creator = Creator.Join("李老师", null, null, null, Drafts.Now);

        creator.UpdateProfile("李文老师", "十年讲师", null, null);

        Assert.Equal("十年讲师", creator.Headline);
        Assert.Equal(new CreatorProfileUpdatedEvent(creator.Id, "李文老师"), creator.DomainEvents().Last());
    }

    [Fact]
    public void KeepsTheCategoryUnchangedWhenTheEditedNameIsBlank()
    {
        var category = Category.Create("职场", "career", 3);

        Assert.Throws<DomainException>(() => category.Edit(" ", "career", 3));

        Assert.Equal("职场", category.Name);
        Assert.Single(category.DomainEvents());
    }
}

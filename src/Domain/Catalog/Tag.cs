using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

public sealed class Tag : Entity
{
    private Tag()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    public string Name { get; private set; }

    public string Slug { get; private set; }

    public static Tag Create(string name, string slug)
    {
        var tag = new Tag();
        tag.Edit(name, slug);
        return tag;
    }

    /// <summary>Names the tag (also on creation: tag lists show a new tag too).</summary>
    public void Edit(string name, string slug)
    {
        Name = Text.Required(name, CatalogLimits.NameLength, () => CatalogErrors.InvalidName(nameof(Tag)));
        Slug = Slugs.Validate(slug);
        Raise(new TagEditedEvent(Id, Name, Slug));
    }
}

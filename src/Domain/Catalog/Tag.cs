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

    public static Tag Create(string name, string slug) =>
        new()
        {
            Name = Text.Required(name, CatalogLimits.NameLength, () => CatalogErrors.InvalidName(nameof(Tag))),
            Slug = Slugs.Validate(slug),
        };
}

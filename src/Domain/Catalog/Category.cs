using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

public sealed class Category : Entity
{
    private Category()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    public string Name { get; private set; }

    public string Slug { get; private set; }

    /// <summary>Display order in the mini program's category bar.</summary>
    public int Position { get; private set; }

    public static Category Create(string name, string slug, int position)
    {
        var category = new Category();
        category.Edit(name, slug, position);
        return category;
    }

    /// <summary>Names the category and places it in the bar (also on creation: the bar shows a new category too).</summary>
    public void Edit(string name, string slug, int position)
    {
        Name = Text.Required(name, CatalogLimits.NameLength, () => CatalogErrors.InvalidName(nameof(Category)));
        Slug = Slugs.Validate(slug);
        Position = position;
        Raise(new CategoryEditedEvent(Id, Name, Slug, Position));
    }
}

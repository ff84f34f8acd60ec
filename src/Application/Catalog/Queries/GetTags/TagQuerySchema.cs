using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Catalog.Queries.GetTags;

public static class TagQuerySchema
{
    public static FilterSchema<Tag> Filter { get; } = new FilterSchema<Tag>("Tag")
        .Field("id", t => t.Id, FilterValueKind.Id)
        .Field("name", t => t.Name, FilterValueKind.String)
        .Field("slug", t => t.Slug, FilterValueKind.String);

    public static SortSchema<Tag> Sort { get; } = new SortSchema<Tag>("Tag")
        .Field("name", t => t.Name)
        .Field("slug", t => t.Slug);

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("name", SortDirection.Ascending)];
}

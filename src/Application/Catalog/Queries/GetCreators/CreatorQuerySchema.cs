using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Catalog.Queries.GetCreators;

public static class CreatorQuerySchema
{
    public static FilterSchema<Creator> Filter { get; } = new FilterSchema<Creator>("Creator")
        .Field("id", c => c.Id, FilterValueKind.Id)
        .Field("name", c => c.Name, FilterValueKind.String)
        .Field("joinedAt", c => c.JoinedAt, FilterValueKind.DateTime);

    public static SortSchema<Creator> Sort { get; } = new SortSchema<Creator>("Creator")
        .Field("name", c => c.Name)
        .Field("joinedAt", c => c.JoinedAt);

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("name", SortDirection.Ascending)];
}

namespace KnowledgePay.Application.Common.Querying.Sorting;

/// <summary>The allow-list of sortable fields of one type, which the GraphQL edge turns into an <c>order</c> input.</summary>
public interface ISortSchema
{
    string TypeName { get; }

    IReadOnlyList<SortFieldDescriptor> Fields { get; }
}

public sealed record SortFieldDescriptor(string Name, string? Description);

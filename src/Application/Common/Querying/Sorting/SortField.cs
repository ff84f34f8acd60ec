namespace KnowledgePay.Application.Common.Querying.Sorting;

public enum SortDirection
{
    Ascending,
    Descending,
}

public sealed record SortField(string Field, SortDirection Direction);

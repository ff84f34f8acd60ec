using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Querying.Sorting;

namespace KnowledgePay.Application.Common.Querying;

/// <summary>
/// What a list caller asked for: a filter, an order, a window, and the members of <typeparamref name="TDto"/>
/// it will read (null: all), so one SQL statement selects only those columns.
/// </summary>
public sealed record QueryContext<TDto>(
    Filter? Where = null,
    IReadOnlyList<SortField>? Order = null,
    PageRequest? Page = null,
    IReadOnlySet<string>? Selection = null,
    bool IncludeTotalCount = false)
{
    public PageRequest Window => Page ?? new PageRequest();

    public IReadOnlyList<SortField> Sorting => Order ?? [];
}

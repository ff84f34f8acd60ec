namespace KnowledgePay.Application.Common.Querying.Paging;

/// <summary>Relay-style window: <c>first</c>/<c>after</c> pages forward, <c>last</c>/<c>before</c> backward.</summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public const int DefaultSize = 10;
    public const int MaxSize = 50;

    public bool IsBackward => Last is not null || (Before is not null && First is null);

    public int Size => (IsBackward ? Last : First) ?? DefaultSize;
}

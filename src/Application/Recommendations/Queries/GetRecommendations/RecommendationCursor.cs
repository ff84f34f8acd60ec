using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Recommendations.Queries.GetRecommendations;

/// <summary>
/// The position in a recommendation list: how many picks came before. Lists end after <see cref="MaxOffset"/> picks,
/// so a forged cursor can neither make the scorer rank the whole catalogue nor overflow the page arithmetic.
/// </summary>
internal static class RecommendationCursor
{
    public const int MaxOffset = 1_000;

    private const string Ordering = "recommendations";

    public static string Encode(int offset) => Cursor.Encode(Ordering, [offset]);

    public static bool IsValid(string cursor) => TryRead(cursor, out _);

    public static int Offset(string? cursor) =>
        cursor is null ? 0
        : TryRead(cursor, out var offset) ? offset
        : throw new ValidationException("after", "The cursor is not valid.");

    private static bool TryRead(string cursor, out int offset)
    {
        offset = Cursor.TryDecode(cursor, Ordering, [typeof(int)], out var keys) && keys[0] is int value ? value : -1;
        return offset is >= 0 and <= MaxOffset;
    }
}

using System.Buffers.Text;
using System.Text.Json;
using KnowledgePay.Application.Common.Exceptions;

namespace KnowledgePay.Application.Common.Querying.Paging;

/// <summary>
/// An opaque position in an ordered list: the sort key values of one row plus the ordering they belong to,
/// so a cursor taken under one <c>order</c> is refused under another instead of silently skipping rows.
/// </summary>
internal static class Cursor
{
    public static string Encode(string ordering, IReadOnlyList<object?> keys) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new CursorData(ordering, keys)));

    public static object?[] Decode(string cursor, string argument, string ordering, IReadOnlyList<Type> keyTypes)
    {
        CursorData<JsonElement>? data;
        try
        {
            data = JsonSerializer.Deserialize<CursorData<JsonElement>>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw Invalid(argument);
        }

        if (data is null || data.O != ordering || data.K.Count != keyTypes.Count)
        {
            throw new ValidationException(argument, "The cursor belongs to a different order; start again without it.");
        }

        try
        {
            return [.. data.K.Select((key, i) => key.Deserialize(keyTypes[i]))];
        }
        catch (JsonException)
        {
            throw Invalid(argument);
        }
    }

    private static ValidationException Invalid(string argument) => new(argument, "The cursor is not valid.");

    private sealed record CursorData(string O, IReadOnlyList<object?> K);

    private sealed record CursorData<T>(string O, IReadOnlyList<T> K);
}

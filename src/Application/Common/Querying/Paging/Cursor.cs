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
    /// <summary>Longer than any cursor we hand out (a few sort keys of bounded length, base64url-encoded).</summary>
    public const int MaxLength = 2048;

    /// <summary>Sort keys a cursor may hold: the requested sort fields plus the id that breaks ties.</summary>
    public const int MaxKeys = 8;

    public static string Encode(string ordering, IReadOnlyList<object?> keys) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new CursorData(ordering, keys)));

    /// <summary>Whether <paramref name="cursor"/> has the shape of one of ours: checked before any list is read.</summary>
    public static bool IsWellFormed(string cursor) => Read(cursor) is not null;

    public static object?[] Decode(string cursor, string argument, string ordering, IReadOnlyList<Type> keyTypes)
    {
        var data = Read(cursor) ?? throw Invalid(argument);
        if (data.O != ordering || data.K.Count != keyTypes.Count)
        {
            throw new ValidationException(argument, "The cursor belongs to a different order; start again without it.");
        }

        return Keys(data, keyTypes) ?? throw Invalid(argument);
    }

    public static bool TryDecode(string cursor, string ordering, IReadOnlyList<Type> keyTypes, out object?[] keys)
    {
        keys = Read(cursor) is { } data && data.O == ordering && data.K.Count == keyTypes.Count ? Keys(data, keyTypes) ?? [] : [];
        return keys.Length == keyTypes.Count;
    }

    private static CursorData<JsonElement>? Read(string cursor)
    {
        if (cursor.Length > MaxLength)
        {
            return null;
        }

        try
        {
            var data = JsonSerializer.Deserialize<CursorData<JsonElement>>(Base64Url.DecodeFromChars(cursor));
            return data is { O.Length: > 0, K.Count: > 0 and <= MaxKeys } && data.K.All(IsScalar) ? data : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static bool IsScalar(JsonElement key) =>
        key.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null;

    private static object?[]? Keys(CursorData<JsonElement> data, IReadOnlyList<Type> keyTypes)
    {
        try
        {
            return [.. data.K.Select((key, i) => key.Deserialize(keyTypes[i]))];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ValidationException Invalid(string argument) => new(argument, "The cursor is not valid.");

    private sealed record CursorData(string O, IReadOnlyList<object?> K);

    private sealed record CursorData<T>(string O, IReadOnlyList<T> K);
}

using System.Buffers.Text;
using System.Text;

namespace KnowledgePay.GraphQL.Conventions.Ids;

/// <summary>Relay global ids: opaque base64url of <c>Type:guid</c>, unique across every type of the schema.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    public static (string TypeName, Guid Id) Decode(string globalId)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
            var separator = text.IndexOf(':', StringComparison.Ordinal);
            if (separator > 0 && Guid.TryParseExact(text[(separator + 1)..], "N", out var id))
            {
                return (text[..separator], id);
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidOperationException($"'{globalId}' is not a valid id.");
    }

    public static Guid DecodeOf(string typeName, object? value)
    {
        var (type, id) = Decode(value as string ?? string.Empty);
        return type == typeName ? id : throw new InvalidOperationException($"The id is not a {typeName} id.");
    }

    /// <summary>A value parser for <c>ID</c> arguments and input fields: malformed ids fail validation, before anything runs.</summary>
    public static Func<object, object> ParserFor(string typeName) => value => DecodeOf(typeName, value);
}

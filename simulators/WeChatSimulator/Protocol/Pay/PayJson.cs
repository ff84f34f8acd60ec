using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>WeChat Pay v3 bodies are snake_case JSON without nulls, whatever the host's JSON settings are.</summary>
internal static class PayJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses a request body; malformed JSON or a wrong shape gives <c>null</c>.</summary>
    public static T? TryParse<T>(byte[] body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}

using System.Globalization;
using System.Text.Json;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>WeChat Pay API v3 bodies are snake_case JSON with RFC 3339 times in Beijing time (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-prepay.html).</summary>
internal static class WeChatPayJson
{
    public const string Currency = "CNY";

    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary><c>yyyy-MM-ddTHH:mm:ss+08:00</c>; WeChat refuses v2's <c>yyyyMMddHHmmss</c> with PARAM_ERROR.</summary>
    public static string Rfc3339(DateTimeOffset time) =>
        time.ToOffset(BeijingOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Reads a body from the sender; null when it is not JSON of the expected shape.</summary>
    public static T? TryRead<T>(ReadOnlySpan<byte> body)
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
}

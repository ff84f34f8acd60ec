using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>WeChat Pay writes times in RFC 3339 at +08:00 and accepts any RFC 3339 offset.</summary>
internal static partial class BeijingTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset From(DateTimeOffset time) => time.ToOffset(Offset);

    public static string Format(DateTimeOffset time) =>
        From(time).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Only the RFC 3339 shape (<c>yyyy-MM-ddTHH:mm:ss[.f]±hh:mm|Z</c>); v2's <c>yyyyMMddHHmmss</c> is refused.</summary>
    public static bool TryParse(string text, out DateTimeOffset time)
    {
        time = default;
        return Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}

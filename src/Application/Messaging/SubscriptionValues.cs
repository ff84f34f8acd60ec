using System.Globalization;

namespace KnowledgePay.Application.Messaging;

/// <summary>
/// Values written the way subscription-message keys take them
/// (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html,
/// 订阅消息参数值内容限制说明): amounts as ¥ and yuan, times as 24-hour China Standard Time, and texts cut to their key's
/// length, since a thing over 20 characters fails the whole message (47003).
/// </summary>
public static class SubscriptionValues
{
    /// <summary>Asia/Shanghai: UTC+8 all year, no daylight saving.</summary>
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    private static readonly Dictionary<string, int> MaxLengthByType = new(StringComparer.Ordinal)
    {
        ["thing"] = 20,
        ["character_string"] = 32,
        ["number"] = 32,
        ["letter"] = 32,
        ["phrase"] = 5,
        ["name"] = 10,
    };

    /// <summary>amount: one currency symbol and at most 10 digits with decimals, e.g. ¥12.50.</summary>
    public static string Amount(long fen) =>
        string.Create(CultureInfo.InvariantCulture, $"¥{fen / 100}.{fen % 100:D2}");

    /// <summary>time / date: e.g. 2026年12月2日 16:43, in Beijing time.</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToOffset(ChinaStandardTime).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The key's type: its name without the trailing number (thing1 → thing, character_string4 → character_string).</summary>
    public static string TypeOf(string key) => key.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

    /// <summary>Cuts a text to its key type's length, marking the cut with an ellipsis where the type allows symbols.</summary>
    public static string Fit(string key, string value)
    {
        var type = TypeOf(key);
        if (!MaxLengthByType.TryGetValue(type, out var max) || value.Length <= max)
        {
            return value;
        }

        return type == "thing" ? string.Concat(value.AsSpan(0, max - 1), "…") : value[..max];
    }
}

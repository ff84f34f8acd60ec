using System.Text.RegularExpressions;

namespace KnowledgePay.WeChatSimulator.State.SubscriptionMessages;

/// <summary>
/// WeChat's rules for subscription-message values by key type (订阅消息参数值内容限制说明,
/// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html):
/// the type is the key without its number (thing1 → thing). Null when the value passes, else errmsg's complaint.
/// Types the page lists but this simulator does not model (enum) pass.
/// </summary>
internal static partial class SubscriptionValueRules
{
    public static string? Check(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "is empty";
        }

        var valid = key.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') switch
        {
            "thing" => value.Length <= 20,
            "number" => value.Length <= 32 && Number().IsMatch(value),
            "letter" => value.Length <= 32 && Letters().IsMatch(value),
            "symbol" => value.Length <= 5 && !value.Any(char.IsLetterOrDigit),
            "character_string" => value.Length <= 32 && CharacterString().IsMatch(value),
            "time" or "date" => Time().IsMatch(value),
            "amount" => Amount().IsMatch(value),
            "phone_number" => value.Length <= 17 && PhoneNumber().IsMatch(value),
            "car_number" => value.Length <= 8,
            "name" => Hanzi().IsMatch(value) ? value.Length <= 10 : value.Length <= 20 && !Regex.IsMatch(value, @"\p{IsCJKUnifiedIdeographs}"),
            "phrase" => value.Length <= 5 && Hanzi().IsMatch(value),
            _ => true,
        };
        return valid ? null : "invalid";
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex("^[A-Za-z]+$")]
    private static partial Regex Letters();

    [GeneratedRegex(@"^[\x21-\x7E]+$")]
    private static partial Regex CharacterString();

    /// <summary>24-hour time, optionally after a date (2019年10月1日, 2019-10-01 or 2019/10/01); a range joins two with ~.</summary>
    [GeneratedRegex(@"^((\d{4}(年\d{1,2}月\d{1,2}日|[-/]\d{1,2}[-/]\d{1,2}))( \d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}:\d{2}(:\d{2})?)(~.+)?$")]
    private static partial Regex Time();

    /// <summary>One currency symbol, at most 10 digits with decimals, optionally ending in 元.</summary>
    [GeneratedRegex(@"^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^[\d+\-() ]+$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}+$")]
    private static partial Regex Hanzi();
}

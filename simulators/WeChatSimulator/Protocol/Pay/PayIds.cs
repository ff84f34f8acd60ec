using System.Globalization;
using System.Security.Cryptography;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>Identifiers shaped like WeChat Pay's (shapes in simulators/WeChatSimulator/README.md).</summary>
internal static class PayIds
{
    /// <summary><c>wx</c> + Beijing time (14 digits) + 20 hex: 36 characters.</summary>
    public static string PrepayId(DateTimeOffset now) =>
        "wx" + BeijingTime.From(now).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
        + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));

    /// <summary>28 digits starting <c>42</c>.</summary>
    public static string TransactionId() => "42" + RandomNumberGenerator.GetString(RandomText.Digits, 26);

    /// <summary>29 digits starting <c>50</c>.</summary>
    public static string RefundId() => "50" + RandomNumberGenerator.GetString(RandomText.Digits, 27);

    public static string NotificationId() => Guid.NewGuid().ToString();

    /// <summary>32 upper-case hex characters.</summary>
    public static string Nonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The 12-character nonce of an encrypted resource.</summary>
    public static string ResourceNonce() => RandomNumberGenerator.GetString(RandomText.Alphanumeric, 12);

    public static string RequestId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}

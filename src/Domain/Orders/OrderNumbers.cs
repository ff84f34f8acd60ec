using System.Security.Cryptography;

namespace KnowledgePay.Domain.Orders;

/// <summary>
/// Our numbers at the payment provider: a prefix, the UTC time to the second and 10 random base32 characters (50 bits),
/// 26 characters of <c>[0-9A-Z]</c>, so they satisfy both out_trade_no (6–32) and out_refund_no (≤ 64) and never repeat.
/// </summary>
public static class OrderNumbers
{
    private const string Base32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int RandomLength = 10;

    public static string NewOutTradeNo(DateTimeOffset now) => New("KP", now);

    public static string NewOutRefundNo(DateTimeOffset now) => New("RF", now);

    private static string New(string prefix, DateTimeOffset now)
    {
        Span<char> random = stackalloc char[RandomLength];
        for (var i = 0; i < RandomLength; i++)
        {
            random[i] = Base32[RandomNumberGenerator.GetInt32(Base32.Length)];
        }

        return $"{prefix}{now.UtcDateTime:yyyyMMddHHmmss}{random}";
    }
}

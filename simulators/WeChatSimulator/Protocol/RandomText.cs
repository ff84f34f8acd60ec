using System.Security.Cryptography;

namespace KnowledgePay.WeChatSimulator.Protocol;

/// <summary>Identifiers and secrets shaped like the platform's own.</summary>
internal static class RandomText
{
    public const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string UrlSafe = Alphanumeric + "-_";
    public const string Digits = "0123456789";

    public static string OpenId() => "o" + RandomNumberGenerator.GetString(UrlSafe, 27);

    public static string LoginCode() => RandomNumberGenerator.GetString(Alphanumeric, 32);

    public static string PhoneCode() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string SessionKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    public static string AccessToken() =>
        RandomNumberGenerator.GetString(Digits, 2) + "_" + RandomNumberGenerator.GetString(UrlSafe, 157);

    public static string MainlandPhoneNumber() => "138" + RandomNumberGenerator.GetString(Digits, 8);

    public static string RequestId() =>
        string.Join('-', Enumerable.Range(0, 3).Select(_ => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))));
}

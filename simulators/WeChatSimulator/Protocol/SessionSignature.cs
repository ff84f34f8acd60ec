using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.WeChatSimulator.Protocol;

/// <summary>User login-state signature: hex(HMAC-SHA256) keyed by the base64 session_key text itself (not decoded).</summary>
internal static class SessionSignature
{
    public static string Compute(string sessionKey, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(sessionKey), Encoding.UTF8.GetBytes(message)));

    public static bool Matches(string sessionKey, string message, string signature) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(sessionKey, message)),
            Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
}

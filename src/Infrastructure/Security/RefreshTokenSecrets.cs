using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// 32 random bytes, base64url, for the client; SHA-256 (hex) in the database. The secret carries full entropy, so a
/// plain fast hash suffices and a leaked table does not yield usable tokens.
/// </summary>
internal sealed class RefreshTokenSecrets : IRefreshTokenSecrets
{
    private const int SecretBytes = 32;

    public RefreshTokenSecret Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        return new RefreshTokenSecret(token, Hash(token));
    }

    public string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

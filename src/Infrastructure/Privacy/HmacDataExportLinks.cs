using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Application.Privacy.Export;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.Privacy;

/// <summary>
/// Signs <c>export id, user, expiry</c> with HMAC-SHA256 and checks a returned link in constant time. The key is derived
/// (HKDF) from the server's encryption key for this purpose alone, so no new secret has to be configured and a link
/// key never doubles as an encryption key.
/// </summary>
internal sealed class HmacDataExportLinks(byte[] encryptionKey, IOptions<DataExportOptions> options) : IDataExportLinks
{
    public const string RoutePrefix = "/privacy/exports/";
    public const string ExpiresName = "expires";
    public const string SignatureName = "signature";

    private readonly byte[] _key = HKDF.DeriveKey(
        HashAlgorithmName.SHA256, encryptionKey, HMACSHA256.HashSizeInBytes, info: "KnowledgePay data export links"u8.ToArray());

    public DataExportLink Sign(Guid exportId, Guid userId, DateTimeOffset now)
    {
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((now + options.Value.DownloadLinkLifetime).ToUnixTimeSeconds());
        var expires = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Base64Url.EncodeToString(Mac(exportId, userId, expires));
        return new DataExportLink($"{RoutePrefix}{exportId:N}?{ExpiresName}={expires}&{SignatureName}={signature}", expiresAt);
    }

    public bool IsValid(Guid exportId, Guid userId, string? expires, string? signature, DateTimeOffset now) =>
        expires is not null
        && signature is not null
        && Base64Url.IsValid(signature, out var length)
        && length == HMACSHA256.HashSizeInBytes

        // Signature first (constant time), so nothing about an unsigned link is trusted, not even its expiry.
        && CryptographicOperations.FixedTimeEquals(Base64Url.DecodeFromChars(signature), Mac(exportId, userId, expires))
        && long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds)
        && now.ToUnixTimeSeconds() < unixSeconds;

    private byte[] Mac(Guid exportId, Guid userId, string expires) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"data-export\n{exportId:N}\n{userId:N}\n{expires}"));
}

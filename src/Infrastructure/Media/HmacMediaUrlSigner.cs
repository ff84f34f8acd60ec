using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Infrastructure.Media;

/// <summary>
/// Signs <c>lesson id, viewer, expiry</c> with HMAC-SHA256 and checks a returned link in constant time. The viewer is
/// "-" for an anonymous caller (free previews); the expiry is in Unix seconds.
/// </summary>
internal sealed class HmacMediaUrlSigner(MediaUrlSettings settings) : IMediaUrlSigner
{
    private const string Anonymous = "-";

    public SignedMediaUrl Sign(Guid lessonId, Guid? viewerId, DateTimeOffset now)
    {
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((now + settings.UrlLifetime).ToUnixTimeSeconds());
        var viewer = viewerId?.ToString("N") ?? Anonymous;
        var expires = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Base64Url.EncodeToString(Mac(lessonId, viewer, expires));
        var url = $"{MediaLinkParameters.PathFor(lessonId)}?{MediaLinkParameters.ViewerName}={viewer}"
            + $"&{MediaLinkParameters.ExpiresName}={expires}&{MediaLinkParameters.SignatureName}={signature}";
        return new SignedMediaUrl(url, expiresAt);
    }

    public bool TryVerify(Guid lessonId, MediaLinkParameters link, DateTimeOffset now, out Guid? viewerId)
    {
        viewerId = null;
        if (link is not { Viewer: { } viewer, Expires: { } expires, Signature: { } signature }
            || !Base64Url.IsValid(signature, out var length)
            || length != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        // Signature first (constant time), so nothing about an unsigned link is trusted, not even its expiry.
        if (!CryptographicOperations.FixedTimeEquals(Base64Url.DecodeFromChars(signature), Mac(lessonId, viewer, expires))
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds)
            || now.ToUnixTimeSeconds() >= unixSeconds)
        {
            return false;
        }

        if (viewer == Anonymous)
        {
            return true;
        }

        viewerId = Guid.ParseExact(viewer, "N");
        return true;
    }

    private byte[] Mac(Guid lessonId, string viewer, string expires) =>
        HMACSHA256.HashData(settings.SigningKey, Encoding.UTF8.GetBytes($"{lessonId:N}\n{viewer}\n{expires}"));
}

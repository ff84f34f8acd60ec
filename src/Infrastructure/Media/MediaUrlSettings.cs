using KnowledgePay.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.Media;

/// <summary>
/// Signed media links (section <c>Media</c>): HMAC-SHA256 under <c>SigningKey</c> (base64, at least 32 bytes; Development
/// generates it into the data folder when unset), valid for <c>UrlLifetime</c> (a time span, default 10 minutes).
/// </summary>
internal sealed record MediaUrlSettings(byte[] SigningKey, TimeSpan UrlLifetime)
{
    public static readonly TimeSpan DefaultUrlLifetime = TimeSpan.FromMinutes(10);

    public static MediaUrlSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = ServerKeys.Load(configuration, environment, ServerKeys.MediaSigning);
        var lifetime = configuration.GetValue("Media:UrlLifetime", DefaultUrlLifetime);
        return lifetime > TimeSpan.Zero
            ? new MediaUrlSettings(key, lifetime)
            : throw new InvalidOperationException("Media:UrlLifetime must be positive.");
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.Media;

/// <summary><see cref="MediaCdnOptions"/> checked once; Development may leave the key out (see <see cref="From"/>).</summary>
internal sealed record MediaCdnSettings(Uri? BaseUrl, string Key, string ParameterName, TimeSpan Validity)
{
    public static MediaCdnSettings From(MediaCdnOptions options, MediaUrlSettings links, IHostEnvironment environment)
    {
        if (options.BaseUrl is { IsAbsoluteUri: false })
        {
            throw new InvalidOperationException($"{MediaCdnOptions.SectionName}:BaseUrl must be an absolute URL.");
        }

        if (options.ParameterName is not { Length: >= 1 and <= 100 } name || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new InvalidOperationException($"{MediaCdnOptions.SectionName}:ParameterName must be 1 to 100 letters, digits or underscores.");
        }

        if (options.ValidSeconds <= 0)
        {
            throw new InvalidOperationException($"{MediaCdnOptions.SectionName}:ValidSeconds must be positive.");
        }

        var key = options.Key is { Length: > 0 } configured ? configured : DevelopmentKey(links, environment);
        if (key.Length is < 6 or > 40 || !key.All(char.IsAsciiLetterOrDigit))
        {
            throw new InvalidOperationException($"{MediaCdnOptions.SectionName}:Key must be 6 to 40 letters and digits.");
        }

        return new MediaCdnSettings(options.BaseUrl, key, name, TimeSpan.FromSeconds(options.ValidSeconds));
    }

    /// <summary>
    /// Without a configured key, Development signs with one derived from the media link key, stable across restarts.
    /// Elsewhere the key must match the CDN's configuration, so it cannot be made up here.
    /// </summary>
    private static string DevelopmentKey(MediaUrlSettings links, IHostEnvironment environment) =>
        environment.IsDevelopment()
            ? Convert.ToHexStringLower(HMACSHA256.HashData(links.SigningKey, Encoding.UTF8.GetBytes("cdn-url-authentication"))[..16])
            : throw new InvalidOperationException(
                $"{MediaCdnOptions.SectionName}:Key is not set: configure the CDN's URL authentication key for lesson media.");
}

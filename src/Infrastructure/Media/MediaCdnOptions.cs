namespace KnowledgePay.Infrastructure.Media;

/// <summary>
/// Section <c>Media:Cdn</c>: the CDN that serves lesson media and checks the URL authentication
/// <see cref="TencentCdnTypeAUrlSigner"/> adds. Configure the CDN domain with the same key, parameter name and validity.
/// </summary>
public sealed class MediaCdnOptions
{
    public const string SectionName = "Media:Cdn";

    /// <summary>
    /// The CDN's address. When set, players are sent to it with the path of the lesson's media URL, so lessons may keep
    /// the origin's address; when unset, the lesson's media URL is the CDN address already.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The authentication key: 6 to 40 letters and digits. Required outside Development.</summary>
    public string? Key { get; set; }

    /// <summary>The query parameter carrying the signature (1 to 100 letters, digits and underscores).</summary>
    public string ParameterName { get; set; } = "sign";

    /// <summary>How long a signed URL stays valid, in seconds from signing (the CDN's "valid time").</summary>
    public int ValidSeconds { get; set; } = 300;
}

namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>
/// Short-lived links to a lesson's media: the link names the lesson, the viewer it was made for and when it expires,
/// and carries a signature over all three, so it opens only that lesson, only until then, and cannot be edited.
/// </summary>
public interface IMediaUrlSigner
{
    SignedMediaUrl Sign(Guid lessonId, Guid? viewerId, DateTimeOffset now);

    /// <summary>
    /// Whether <paramref name="link"/> is what <see cref="Sign"/> made for <paramref name="lessonId"/> and has not expired;
    /// if so, <paramref name="viewerId"/> is the viewer it was made for (null for an anonymous caller).
    /// </summary>
    bool TryVerify(Guid lessonId, MediaLinkParameters link, DateTimeOffset now, out Guid? viewerId);
}

/// <param name="Url">The media endpoint's path with its query (<see cref="MediaLinkParameters"/>), relative to the API's origin.</param>
public sealed record SignedMediaUrl(string Url, DateTimeOffset ExpiresAt);

/// <summary>The query parameters of a signed media link, exactly as the client sent them back.</summary>
public sealed record MediaLinkParameters(string? Viewer, string? Expires, string? Signature)
{
    public const string RoutePattern = "/media/lessons/{lessonId:guid}";
    public const string ViewerName = "viewer";
    public const string ExpiresName = "expires";
    public const string SignatureName = "signature";

    public static string PathFor(Guid lessonId) => $"/media/lessons/{lessonId}";
}

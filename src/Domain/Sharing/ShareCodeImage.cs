namespace KnowledgePay.Domain.Sharing;

/// <summary>
/// The 小程序码 WeChat drew for a share, kept so it is asked for once: a code never changes for its scene and page.
/// Its key is the share's id.
/// </summary>
public sealed class ShareCodeImage
{
    private ShareCodeImage()
    {
        ContentType = null!;
        Content = null!;
    }

    public Guid ShareId { get; private set; }

    /// <summary>image/jpeg or image/png, as WeChat answered.</summary>
    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static ShareCodeImage Drawn(Guid shareId, string contentType, byte[] content, DateTimeOffset now) => new()
    {
        ShareId = shareId,
        ContentType = contentType,
        Content = content,
        CreatedAt = now,
    };
}

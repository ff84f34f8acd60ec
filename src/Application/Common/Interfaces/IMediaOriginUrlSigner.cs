namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>
/// The address a player is sent to for a lesson's media: the origin URL, authenticated for the CDN that serves it, so
/// that the redirect target expires soon as well and cannot be passed around instead of the signed media link.
/// </summary>
public interface IMediaOriginUrlSigner
{
    string Sign(string originUrl, DateTimeOffset now);
}

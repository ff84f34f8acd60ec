using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Learning.Queries.OpenLessonMedia;
using KnowledgePay.GraphQL.RateLimiting;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgePay.GraphQL.Learning;

public static class LessonMediaEndpoint
{
    /// <summary>
    /// <c>GET /media/lessons/{lessonId}?viewer&amp;expires&amp;signature</c>: a genuine, unexpired link whose viewer may
    /// still open the lesson redirects (302) to the lesson's media on the CDN, itself signed and short-lived; anything
    /// else is 403, so a media address only ever reaches a holder of a valid link, and not for long.
    /// </summary>
    public static IEndpointRouteBuilder MapLessonMediaEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(MediaLinkParameters.RoutePattern, async (
            Guid lessonId,
            [FromQuery(Name = MediaLinkParameters.ViewerName)] string? viewer,
            [FromQuery(Name = MediaLinkParameters.ExpiresName)] string? expires,
            [FromQuery(Name = MediaLinkParameters.SignatureName)] string? signature,
            ISender sender,
            HttpResponse response,
            CancellationToken cancellationToken) =>
        {
            var origin = await sender.Send(
                new OpenLessonMediaQuery(lessonId, new MediaLinkParameters(viewer, expires, signature)), cancellationToken);
            response.Headers.CacheControl = "no-store";
            return origin is null ? Results.StatusCode(StatusCodes.Status403Forbidden) : Results.Redirect(origin);
        }).RequireRateLimiting(HttpRateLimits.PolicyName);
        return endpoints;
    }
}

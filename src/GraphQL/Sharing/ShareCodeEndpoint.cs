using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Sharing;
using KnowledgePay.Application.Sharing.Commands.DrawShareCode;
using KnowledgePay.GraphQL.RateLimiting;
using Mediator;

namespace KnowledgePay.GraphQL.Sharing;

public static class ShareCodeEndpoint
{
    /// <summary>A share's code never changes, so clients and CDNs may keep it for a year.</summary>
    private const string Cacheable = "public, max-age=31536000, immutable";

    /// <summary>
    /// <c>GET /share/{scene}/code.png</c>: the share's 小程序码, drawn by WeChat on the first request and stored (see
    /// <see cref="DrawShareCodeCommand"/>). 404 for an unknown scene; 503 with Retry-After when WeChat drew nothing, so a
    /// poster can try again. The content type is WeChat's (JPEG or PNG) whatever the path's extension says.
    /// </summary>
    public static IEndpointRouteBuilder MapShareCodeEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ShareLinks.CodeImageRoute, async (string scene, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        {
            try
            {
                var code = await sender.Send(new DrawShareCodeCommand(scene), cancellationToken);
                if (code is null)
                {
                    return Results.NotFound();
                }

                response.Headers.CacheControl = Cacheable;
                return Results.File(code.Content, code.ContentType);
            }
            catch (ValidationException)
            {
                // Not a scene any share could have.
                return Results.NotFound();
            }
            catch (ProviderException)
            {
                response.Headers.CacheControl = "no-store";
                response.Headers.RetryAfter = "60";
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        }).RequireRateLimiting(HttpRateLimits.PolicyName);
        return endpoints;
    }
}

using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Privacy.Commands.DownloadDataExport;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Privacy;
using KnowledgePay.GraphQL.RateLimiting;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgePay.GraphQL.Privacy;

public static class DataExportEndpoint
{
    public const string RoutePattern = "/privacy/exports/{exportId:guid}";

    /// <summary>
    /// <c>GET /privacy/exports/{exportId}?expires&amp;signature</c> with the user's bearer token: the link from
    /// createDataExportLink streams the decrypted zip once. No token 401; a forged, expired or someone else's link 403;
    /// no such export of theirs 404; downloaded already or past retention 410. A refusal changes nothing.
    /// </summary>
    public static IEndpointRouteBuilder MapDataExportEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(RoutePattern, async (
            Guid exportId,
            [FromQuery(Name = "expires")] string? expires,
            [FromQuery(Name = "signature")] string? signature,
            ISender sender,
            HttpResponse response,
            CancellationToken cancellationToken) =>
        {
            response.Headers.CacheControl = "no-store";
            try
            {
                var archive = await sender.Send(new DownloadDataExportCommand(exportId, expires, signature), cancellationToken);
                return Results.File(archive, "application/zip", $"knowledgepay-data-{exportId:N}.zip");
            }
            catch (UnauthenticatedException)
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }
            catch (DomainException e)
            {
                return Results.StatusCode(StatusOf(e.Code));
            }
        }).RequireRateLimiting(HttpRateLimits.PolicyName);
        return endpoints;
    }

    private static int StatusOf(string code) =>
        code == PrivacyRequestErrors.ExportNotFound().Code ? StatusCodes.Status404NotFound
        : code == PrivacyRequestErrors.ExportAlreadyDownloaded().Code || code == PrivacyRequestErrors.ExportExpired().Code ? StatusCodes.Status410Gone
        : StatusCodes.Status403Forbidden;
}

using KnowledgePay.Application.Common.Interfaces;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace KnowledgePay.GraphQL.Identity;

/// <summary>
/// The last step of bearer authentication: a well-signed, unexpired token still fails when its session has ended
/// (logout, refresh-token reuse) or when it names none, so the request runs anonymous and protected fields answer
/// <c>AUTH_NOT_AUTHENTICATED</c>.
/// </summary>
internal static class OpenSessionCheck
{
    public static async Task RejectEndedSessionAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        var open = Guid.TryParse(principal?.Identity?.Name, out var userId)
            && Guid.TryParse(principal.FindFirst(ISessionStatus.SessionClaim)?.Value, out var sessionId)
            && await context.HttpContext.RequestServices.GetRequiredService<ISessionStatus>()
                .IsOpenAsync(userId, sessionId, context.HttpContext.RequestAborted);
        if (!open)
        {
            context.Fail("The session of this access token has ended.");
        }
    }
}

using GraphQL;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using KnowledgePay.GraphQL.Conventions.Mutations;
using Mediator;

namespace KnowledgePay.GraphQL.Identity;

/// <summary>
/// Login is a mutation inside <c>/graphql</c>, so an endpoint rate-limit policy would throttle every query too; the
/// <c>login</c> and <c>refreshToken</c> resolvers take a per-IP permit instead (limits: Infrastructure's LoginThrottle).
/// </summary>
internal static class LoginRateLimits
{
    /// <summary>
    /// Runs a sign-in command as a mutation (<see cref="MutationFields.RunMutationAsync"/>) while the caller's address has
    /// permits left; otherwise answers <c>LoginRateLimitedError</c> in the payload without sending it.
    /// </summary>
    public static async Task<object?> RunLoginMutationAsync<TResult>(this IResolveFieldContext context, ICommand<TResult> command)
    {
        var services = context.RequestServices!;
        var address = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (await services.GetRequiredService<ILoginThrottle>().TryAcquireForAddressAsync(address ?? "unknown", context.CancellationToken))
        {
            return await context.RunMutationAsync(command);
        }

        var refused = IdentityErrors.LoginRateLimited();
        return new MutationPayload(null, [new CodedError(refused.Code, refused.Message)]);
    }
}

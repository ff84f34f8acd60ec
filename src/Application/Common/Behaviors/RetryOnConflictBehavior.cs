using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Common.Behaviors;

/// <summary>
/// Sends an <see cref="IRetryOnConflict"/> command again, in a fresh scope, when its save lost a race: the losing
/// attempt's DbContext still tracks the rejected changes, so the retry never reuses it.
/// </summary>
public sealed class RetryOnConflictBehavior<TMessage, TResponse>(IServiceScopeFactory scopes, ConflictRetryScope scope)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage, IRetryOnConflict
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (ConflictException) when (!scope.IsRetry)
        {
            return await scopes.RunAsync(
                async services =>
                {
                    services.GetRequiredService<ConflictRetryScope>().IsRetry = true;
                    return (TResponse)(await services.GetRequiredService<ISender>().Send(message, cancellationToken))!;
                },
                cancellationToken,
                FreshScopes.MaxAttempts - 1);
        }
    }
}

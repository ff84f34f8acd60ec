using KnowledgePay.Application.Common.Exceptions;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Common.Concurrency;

/// <summary>
/// Work that may lose a race on save (<see cref="ConflictException"/>) and is then tried again. Each attempt runs in a
/// DI scope of its own, so it reads through a new DbContext and nothing the losing attempt tracked is saved again.
/// </summary>
public static class FreshScopes
{
    public const int MaxAttempts = 5;

    /// <summary>Runs <paramref name="attempt"/> in a new scope, again in another one after each conflict; the last conflict propagates.</summary>
    public static async Task<TResult> RunAsync<TResult>(
        this IServiceScopeFactory scopes, Func<IServiceProvider, Task<TResult>> attempt, CancellationToken cancellationToken,
        int maxAttempts = MaxAttempts)
    {
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await attempt(scope.ServiceProvider);
            }
            catch (ConflictException) when (attemptNumber < maxAttempts)
            {
                // The winner's data is committed; the next attempt reads it through a new DbContext. A short random wait
                // that grows with each attempt keeps racing writers from colliding again in lockstep.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attemptNumber), cancellationToken);
            }
        }
    }
}

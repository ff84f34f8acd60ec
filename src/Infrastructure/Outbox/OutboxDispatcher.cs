using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Domain.Common;
using KnowledgePay.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.Outbox;

/// <summary>
/// Delivers stored domain events to their after-commit handlers, at least once. A round claims due messages with a
/// conditional lease update (the same SQL on every provider; a concurrent claimer's update re-checks the lease and
/// takes nothing), then calls each handler in a DI scope of its own and saves its changes together with the
/// <see cref="ProcessedMessage"/> that says it ran. A failed message is tried again later, with a doubling delay, and
/// only by the handlers that have not yet succeeded. Safe on several instances over one database.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    AfterCommitHandlers handlers,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    private readonly string _instance = $"{Environment.MachineName[..Math.Min(Environment.MachineName.Length, 40)]}/{Environment.ProcessId}";

    /// <summary>Delivers due messages round after round until none is left to claim; returns how many were claimed.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var claimed = 0;
        while (await DispatchRoundAsync(cancellationToken) is > 0 and var round)
        {
            claimed += round;
        }

        return claimed;
    }

    private async Task<int> DispatchRoundAsync(CancellationToken cancellationToken)
    {
        var messages = await ClaimAsync(cancellationToken);
        foreach (var message in messages)
        {
            var failure = await DeliverAsync(message, cancellationToken);
            await FinishAsync(message, failure, cancellationToken);
        }

        return messages.Count;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil <= now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        // The lease condition is checked again by the update itself: of two instances racing for a row, the second one's
        // update waits for the first, re-reads the row, finds the new lease and leaves it.
        var owner = $"{_instance}/{Guid.NewGuid():N}";
        var until = now + settings.Lease;
        await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.ProcessedAt == null && (m.LeaseUntil == null || m.LeaseUntil <= now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, until), cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.LeaseOwner == owner)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Runs every handler that has not yet handled the message; returns what failed, or null.</summary>
    private async Task<string?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (handlers.EventNamed(message.Type) is not { } eventType)
        {
            return $"No after-commit handler waits for {message.Type}.";
        }

        var domainEvent = (IDomainEvent)JsonSerializer.Deserialize(message.Payload, eventType, PayloadJson)!;
        string? failure = null;
        foreach (var handler in handlers.For(eventType))
        {
            try
            {
                await HandleOnceAsync(message.Id, handler, domainEvent, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Outbox message {MessageId} ({Type}): {Handler} failed", message.Id, eventType.Name, handler.Name);
                failure = $"{handler.Name}: {exception.GetType().Name}: {exception.Message}";
            }
        }

        return failure;
    }

    private async Task HandleOnceAsync(
        Guid messageId, AfterCommitHandler handler, IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.ProcessedMessages.AnyAsync(p => p.MessageId == messageId && p.Handler == handler.Name, cancellationToken))
        {
            return;
        }

        await handler.InvokeAsync(scope.ServiceProvider, domainEvent, cancellationToken);
        db.ProcessedMessages.Add(ProcessedMessage.Record(messageId, handler.Name, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FinishAsync(OutboxMessage message, string? failure, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var ours = db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseOwner == message.LeaseOwner);
        if (failure is null)
        {
            await ours.ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.ProcessedAt, now)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null),
                cancellationToken);
            return;
        }

        var error = failure.Length > OutboxMessage.ErrorLength ? failure[..OutboxMessage.ErrorLength] : failure;
        await ours.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptAt, now + options.Value.RetryDelayAfter(attempts))
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null),
            cancellationToken);
    }
}

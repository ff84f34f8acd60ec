using System.Data.Common;
using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Domain.Common;
using KnowledgePay.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgePay.Infrastructure.Data.Interceptors;

/// <summary>
/// Before commit, publishes the domain events of the entities being saved to their in-transaction handlers
/// (<see cref="IInTransactionHandler{TEvent}"/>), again for the events those handlers raise, and stores every event an
/// <see cref="IAfterCommitHandler{TEvent}"/> waits for as an <see cref="OutboxMessage"/> of the same save. It leaves
/// the events on the entities: <see cref="AuditingInterceptor"/>, registered after it, records them all and clears them.
/// Once the messages are committed (after the save, or after the transaction around it) it wakes this instance's
/// outbox dispatcher.
/// </summary>
internal sealed class DispatchDomainEventsInterceptor(AfterCommitHandlers afterCommit, OutboxSignal signal, TimeProvider clock)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Handlers raising events whose handlers raise events…: a chain this long is a cycle, not a use case.</summary>
    private const int MaxRounds = 8;

    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext context)
        {
            await DispatchAsync(context, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext context && Pending(context, []).Count > 0)
        {
            throw new InvalidOperationException("Domain events are dispatched by SaveChangesAsync only; save asynchronously.");
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeDispatcher(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeDispatcher(eventData.Context);
        return result;
    }

    private async Task DispatchAsync(AppDbContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<IDomainEvent>(ReferenceEqualityComparer.Instance);
        for (var round = 1; Pending(context, seen) is { Count: > 0 } raised; round++)
        {
            if (round > MaxRounds)
            {
                throw new InvalidOperationException(
                    $"Domain event handlers kept raising events for {MaxRounds} rounds; the last were {string.Join(", ", raised.Select(e => e.GetType().Name))}.");
            }

            var now = clock.GetUtcNow();
            foreach (var domainEvent in raised)
            {
                seen.Add(domainEvent);
                if (afterCommit.For(domainEvent.GetType()).Count > 0)
                {
                    context.OutboxMessages.Add(OutboxMessage.Store(
                        AfterCommitHandlers.NameOf(domainEvent.GetType()),
                        JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), PayloadJson),
                        now));
                }

                if (context.DomainEventPublisher is { } publisher)
                {
                    await publisher.PublishDomainEventAsync(domainEvent, cancellationToken);
                }
            }
        }
    }

    private static List<IDomainEvent> Pending(DbContext context, HashSet<IDomainEvent> seen) =>
        context.ChangeTracker.Entries<Entity>()
            .SelectMany(entry => entry.Entity.DomainEvents())
            .Where(domainEvent => !seen.Contains(domainEvent))
            .ToList();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<OutboxMessage>().Any())
        {
            signal.Notify();
        }
    }

    // Inside a caller's transaction the messages are not visible to the dispatcher until it commits.
    private void WakeDispatcher(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null && context.ChangeTracker.Entries<OutboxMessage>().Any())
        {
            signal.Notify();
        }
    }
}

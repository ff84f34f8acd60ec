using System.Text.Json;
using KnowledgePay.Domain.Auditing;
using KnowledgePay.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgePay.Infrastructure.Data.Interceptors;

/// <summary>
/// Turns the domain events of the entities being saved into <see cref="AuditEntry"/> rows of the same SaveChanges,
/// so the audit trail commits or rolls back with the change itself. Who: the request's user (none for system work);
/// what: the raising entity and the event's values; when: <see cref="TimeProvider"/>. It runs after
/// <see cref="DispatchDomainEventsInterceptor"/>, so it sees the events in-transaction handlers raised too, and it is the
/// one that clears them.
/// </summary>
internal sealed class AuditingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private const string EventSuffix = "Event";

    private static readonly JsonSerializerOptions ChangesJson = new(JsonSerializerDefaults.Web);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            Record(context);
        }

        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            Record(context);
        }

        return result;
    }

    private void Record(DbContext context)
    {
        var raised = context.ChangeTracker.Entries<Entity>()
            .Select(e => e.Entity)
            .Where(e => e.DomainEvents().Count > 0)
            .ToList();
        if (raised.Count == 0)
        {
            return;
        }

        var userId = (context as AppDbContext)?.ActingUserId;
        var now = clock.GetUtcNow();
        foreach (var entity in raised)
        {
            foreach (var domainEvent in entity.DomainEvents())
            {
                context.Add(AuditEntry.Record(
                    userId,
                    entity.GetType().Name,
                    entity.Id,
                    ActionOf(domainEvent),
                    JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), ChangesJson),
                    now));
            }

            entity.ClearDomainEvents();
        }
    }

    private static string ActionOf(IDomainEvent domainEvent)
    {
        var name = domainEvent.GetType().Name;
        return name.EndsWith(EventSuffix, StringComparison.Ordinal) ? name[..^EventSuffix.Length] : name;
    }
}

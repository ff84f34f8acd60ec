using KnowledgePay.Application.Common.Events;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.FunctionalTests.Events;

/// <summary>An after-commit handler that only counts, so tests see how often the outbox delivered each event.</summary>
internal sealed class RecordCreatorWhenCreatorJoined(HandlerLog log) : IAfterCommitHandler<CreatorJoinedEvent>
{
    public ValueTask HandleAsync(CreatorJoinedEvent domainEvent, CancellationToken cancellationToken)
    {
        if (log.ShouldFail())
        {
            throw new InvalidOperationException("The handler's dependency is down.");
        }

        log.Creators.Enqueue(domainEvent.CreatorId);
        return ValueTask.CompletedTask;
    }
}

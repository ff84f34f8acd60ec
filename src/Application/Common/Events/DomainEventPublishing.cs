using System.Runtime.ExceptionServices;
using KnowledgePay.Domain.Common;
using Mediator;

namespace KnowledgePay.Application.Common.Events;

public static class DomainEventPublishing
{
    /// <summary>
    /// Publishes <paramref name="domainEvent"/> to its in-transaction handlers. Mediator gathers the failures of several
    /// handlers into an <see cref="AggregateException"/>; the first handler's refusal (a typed <see cref="DomainException"/>
    /// such as a sold-out sale) is rethrown as it is, so the caller's error mapping sees it.
    /// </summary>
    public static async ValueTask PublishDomainEventAsync(this IPublisher publisher, IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        try
        {
            await publisher.Publish((object)domainEvent, cancellationToken);
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
        }
    }
}

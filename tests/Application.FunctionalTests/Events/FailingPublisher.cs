using KnowledgePay.Domain.Orders;
using Mediator;

namespace KnowledgePay.Application.FunctionalTests.Events;

/// <summary>
/// The real publisher, except that while armed an in-transaction reaction to <see cref="OrderPaidEvent"/> fails after
/// the real handlers ran (as a handler failing late would).
/// </summary>
internal sealed class FailingPublisher(IPublisher inner, FailingPublisher.Switch failure) : IPublisher
{
    public async ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        await inner.Publish(notification, cancellationToken);
        FailIfArmed(notification);
    }

    public async ValueTask Publish(object notification, CancellationToken cancellationToken = default)
    {
        await inner.Publish(notification, cancellationToken);
        FailIfArmed(notification);
    }

    private void FailIfArmed(object notification)
    {
        if (failure.Armed && notification is OrderPaidEvent)
        {
            throw new InvalidOperationException("An in-transaction handler failed.");
        }
    }

    internal sealed class Switch
    {
        public bool Armed { get; set; }
    }
}

using System.Diagnostics;
using KnowledgePay.Application.Common.Telemetry;
using Mediator;

namespace KnowledgePay.Application.Common.Behaviors;

/// <summary>
/// One span per handled message, named by the message type (<c>GetCoursesQuery</c>), the child of whatever span is
/// current (the GraphQL operation, the HTTP request, a background sweep). Failures are marked with the exception's type
/// only: messages can carry personal or payment data, so neither the payload nor the exception message goes on the span.
/// </summary>
public sealed class TracingBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = ApplicationTelemetry.Source.StartActivity(typeof(TMessage).Name, ActivityKind.Internal);
        if (activity is null)
        {
            return await next(message, cancellationToken);
        }

        activity.SetTag("mediator.message", typeof(TMessage).Name);
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception exception)
        {
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag("error.type", exception.GetType().Name);
            throw;
        }
    }
}

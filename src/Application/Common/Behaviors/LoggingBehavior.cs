using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Application.Common.Behaviors;

/// <summary>Logs each message's name and duration; never its payload (no personal or payment data in logs).</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            LogHandled(typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {MessageName} in {ElapsedMilliseconds:F1} ms")]
    private partial void LogHandled(string messageName, double elapsedMilliseconds);
}

namespace KnowledgePay.Application.Common.Concurrency;

/// <summary>Marks a scope that <see cref="Behaviors.RetryOnConflictBehavior{TMessage, TResponse}"/> opened for a retry.</summary>
public sealed class ConflictRetryScope
{
    public bool IsRetry { get; set; }
}

namespace KnowledgePay.Application.Common.Concurrency;

/// <summary>
/// A command whose handler is safe to run again from the start when its save loses a race: the
/// <see cref="Behaviors.RetryOnConflictBehavior{TMessage, TResponse}"/> then sends it again in a fresh scope, where it
/// reads what the winner saved.
/// </summary>
public interface IRetryOnConflict;

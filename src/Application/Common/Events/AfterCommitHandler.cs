using KnowledgePay.Domain.Common;

namespace KnowledgePay.Application.Common.Events;

/// <summary>One handler of one event type: its stable name (the processed-message key) and how to call it in a scope.</summary>
public sealed record AfterCommitHandler(string Name, Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask> InvokeAsync);

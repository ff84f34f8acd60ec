namespace KnowledgePay.Infrastructure.Outbox;

/// <summary>
/// A domain event stored with the change that raised it, waiting for its after-commit handlers. A dispatcher claims it
/// with a lease (<see cref="LeaseOwner"/> until <see cref="LeaseUntil"/>), delivers it, and marks it processed or
/// schedules the next attempt.
/// </summary>
public sealed class OutboxMessage
{
    public const int TypeLength = 300;
    public const int LeaseOwnerLength = 100;
    public const int ErrorLength = 2000;

    private OutboxMessage()
    {
        Type = null!;
        Payload = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The event's type name (<see cref="Application.Common.Events.AfterCommitHandlers.NameOf"/>).</summary>
    public string Type { get; private set; }

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>Deliveries tried so far, successful or not.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The claim (dispatcher instance and round) holding the message; kept after processing for diagnosis.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>Until when the claim holds; a message whose lease ran out (its dispatcher died) is claimable again.</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; private set; }

    public static OutboxMessage Store(string type, string payload, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Type = type,
        Payload = payload,
        OccurredAt = now,
        NextAttemptAt = now,
    };
}

namespace KnowledgePay.Infrastructure.Outbox;

/// <summary>
/// That <see cref="Handler"/> handled outbox message <see cref="MessageId"/>; saved with the handler's own changes. The
/// pair is unique, so a redelivery skips the handler and a racing second delivery cannot commit.
/// </summary>
public sealed class ProcessedMessage
{
    public const int HandlerLength = 300;

    private ProcessedMessage()
    {
        Handler = null!;
    }

    public Guid MessageId { get; private set; }

    public string Handler { get; private set; }

    public DateTimeOffset ProcessedAt { get; private set; }

    public static ProcessedMessage Record(Guid messageId, string handler, DateTimeOffset now) => new()
    {
        MessageId = messageId,
        Handler = handler,
        ProcessedAt = now,
    };
}

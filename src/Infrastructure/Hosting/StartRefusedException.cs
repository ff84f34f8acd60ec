namespace KnowledgePay.Infrastructure.Hosting;

/// <summary>
/// The server was configured in a way it must not run with (a missing shared key, the simulator outside Development);
/// the host prints the message and exits with code 1 instead of crashing.
/// </summary>
public sealed class StartRefusedException(string message) : Exception(message)
{
    /// <summary>The refusal inside what starting the host threw, if that is what stopped it.</summary>
    public static StartRefusedException? Within(Exception exception) => exception switch
    {
        StartRefusedException refusal => refusal,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Within).FirstOrDefault(r => r is not null),
        _ => null,
    };
}

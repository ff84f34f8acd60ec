namespace KnowledgePay.WeChatSimulator.Faults;

/// <summary>
/// How one notification misbehaves (simulators/WeChatSimulator/README.md). Faults of different kinds combine on the same notification;
/// the ones that forge it (probe, badSignature, tamperBody, staleTimestamp, unknownSerial, wrongApiV3Key,
/// amountMismatch) hold for every retry of it, so only a redelivery or a query can still settle the order.
/// </summary>
internal sealed record NotificationFault(string Kind, int Copies = 0, bool Concurrent = false, int Milliseconds = 0, int Seconds = 0)
{
    public const string Duplicate = "duplicate";
    public const string Delay = "delay";
    public const string Drop = "drop";
    public const string Probe = "probe";
    public const string BadSignature = "badSignature";
    public const string TamperBody = "tamperBody";
    public const string StaleTimestamp = "staleTimestamp";
    public const string UnknownSerial = "unknownSerial";
    public const string WrongApiV3Key = "wrongApiV3Key";
    public const string AmountMismatch = "amountMismatch";
    public const string Reorder = "reorder";

    public static readonly string[] Kinds =
    [
        Duplicate, Delay, Drop, Probe, BadSignature, TamperBody, StaleTimestamp, UnknownSerial, WrongApiV3Key,
        AmountMismatch, Reorder,
    ];

    /// <summary>The fault when its parameters make sense: duplicate 1–100 copies, delay up to 10 min, stale ±1 day (default −600 s).</summary>
    public static NotificationFault? Create(string kind, int? copies, bool? concurrent, int? milliseconds, int? seconds) => kind switch
    {
        Duplicate when copies is null or (>= 1 and <= 100) => new(kind, Copies: copies ?? 1, Concurrent: concurrent ?? false),
        Delay when milliseconds is >= 0 and <= 600_000 => new(kind, Milliseconds: milliseconds.Value),
        StaleTimestamp when seconds is null or (>= -86_400 and <= 86_400) and not 0 => new(kind, Seconds: seconds ?? -600),
        Duplicate or Delay or StaleTimestamp => null,
        _ when Kinds.Contains(kind) => new(kind),
        _ => null,
    };
}

/// <summary>The faults taken for one notification, at most one per kind.</summary>
internal sealed class NotificationFaults(IReadOnlyList<NotificationFault> faults)
{
    public static readonly NotificationFaults None = new([]);

    public NotificationFault? Find(string kind) => faults.FirstOrDefault(fault => fault.Kind == kind);

    public bool Has(string kind) => Find(kind) is not null;

    public IEnumerable<string> Kinds => faults.Select(fault => fault.Kind);

    public static NotificationFaults TakeFrom(FaultQueue<NotificationFault> queue) =>
        new([.. NotificationFault.Kinds.Select(queue.TryTake).OfType<NotificationFault>()]);
}

namespace KnowledgePay.Domain.Tracking;

/// <summary>Sizes and time windows shared by the behaviour event, its validators and its EF mapping.</summary>
public static class BehaviourLimits
{
    public const int MaxBatchSize = 100;
    public const int EventIdLength = 64;
    public const int ContextLength = 64;
    public const int PlatformLength = 16;

    /// <summary>Phones' clocks drift; a few minutes ahead of ours is tolerated.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Offline queues flush late, but events older than this are more likely a broken clock than history.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);
}

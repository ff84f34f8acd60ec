using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.WeChatSimulator;

/// <summary>WeChat Pay behaviour (section <c>WeChatSimulator:Pay</c>).</summary>
public sealed class PaySimulatorOptions
{
    public const string SectionName = WeChatSimulatorOptions.SectionName + ":Pay";

    /// <summary>A <c>keygen</c> output directory; without it (and without keys from the host) keys are generated per run.</summary>
    public string? KeyDirectory { get; set; }

    /// <summary>Multiplies the notification retry schedule (15 s, 15 s, 30 s, 3 min, … 6 h); tests use e.g. 0.001.</summary>
    [Range(0.0, 10.0)]
    public double RetryTimeScale { get; set; } = 1.0;

    /// <summary>How long a notification delivery may take before it counts as failed.</summary>
    [Range(0.1, 60.0)]
    public double NotificationTimeoutSeconds { get; set; } = 5.0;

    /// <summary>Simulated seconds a refund stays PROCESSING before it settles.</summary>
    [Range(0.0, 86_400.0)]
    public double RefundDelaySeconds { get; set; } = 1.0;

    /// <summary>Enforces WeChat's rule that refunds of one order are at least a minute apart.</summary>
    public bool EnforceRefundSpacing { get; set; }

    /// <summary>How long an API armed with <c>timeout</c> or <c>commitThenTimeout</c> hangs before dropping the connection.</summary>
    [Range(0.1, 600.0)]
    public double HangSeconds { get; set; } = 30.0;

    /// <summary>In migrating mode, the share of callbacks signed with the public key rather than the certificate.</summary>
    [Range(0.0, 1.0)]
    public double MigratingPublicKeyRatio { get; set; } = 0.5;
}

namespace KnowledgePay.Domain.Risk;

/// <summary>What an <see cref="AccessSignal"/> records.</summary>
public enum AccessSignalKind
{
    /// <summary>A WeChat login that issued tokens.</summary>
    SignedIn,

    /// <summary>A login refused for an invalid code, a throttle (ours or WeChat's), a block or a failed step-up proof.</summary>
    SignInFailed,

    /// <summary>A device started streaming a lesson (its first heartbeat after a pause).</summary>
    StreamStarted,

    /// <summary>A device was refused a stream because the account already had as many as the cap allows.</summary>
    StreamRefused,
}

using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Moderation;

/// <summary>
/// The outcome of screening a text that may be saved: shown at once, or held with <see cref="HoldReason"/>. Refused text
/// never gets this far (<see cref="ModerationErrors.ContentRefused"/> is thrown instead).
/// </summary>
public sealed record ScreeningResult(ModerationStatus Status, ModerationHoldReason? HoldReason, string? TraceId)
{
    public bool IsHeld => Status == ModerationStatus.Held;
}

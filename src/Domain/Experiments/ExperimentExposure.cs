using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Experiments;

/// <summary>
/// The first time a user saw an experiment's variant (the mini program asked for it, or the server applied it). One row
/// per experiment and user; the analysis counts a user's outcomes from <see cref="ExposedAt"/>.
/// </summary>
public sealed class ExperimentExposure : Entity
{
    private ExperimentExposure()
    {
    }

    public Guid ExperimentId { get; private set; }

    public Guid UserId { get; private set; }

    public string VariantKey { get; private set; } = "";

    public DateTimeOffset ExposedAt { get; private set; }

    public static ExperimentExposure Record(Guid experimentId, Guid userId, string variantKey, DateTimeOffset now) =>
        new() { ExperimentId = experimentId, UserId = userId, VariantKey = variantKey, ExposedAt = now };
}

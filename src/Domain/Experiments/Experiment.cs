using System.Text.RegularExpressions;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Experiments;

/// <summary>
/// An A/B experiment (ADRs 28–29): variants with weights, the surface they vary, who may be assigned, the metric it is
/// decided on and its guardrails, and its lifecycle draft → running → stopped with the decision recorded. Users are
/// assigned by a hash of their id and <see cref="Salt"/>, so an assignment never changes while the experiment runs.
/// </summary>
public sealed partial class Experiment : Entity
{
    private readonly List<ExperimentVariant> _variants = [];

    private Experiment()
    {
    }

    /// <summary>Stable name the mini program asks for (<c>experimentVariant(key)</c>).</summary>
    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public ExperimentSurface Surface { get; private set; }

    public ExperimentStatus Status { get; private set; }

    /// <summary>Mixed into the assignment hash, so two experiments split the same users independently.</summary>
    public string Salt { get; private set; } = "";

    public IReadOnlyList<ExperimentVariant> Variants => _variants.AsReadOnly();

    /// <summary>The offer whose price a <see cref="ExperimentSurface.OfferPrice"/> experiment varies.</summary>
    public OfferKind? OfferKind { get; private set; }

    public Guid? OfferId { get; private set; }

    public ExperimentAudience Audience { get; private set; }

    /// <summary>Only members of this segment are assigned; everyone else sees the control without being exposed.</summary>
    public Guid? SegmentId { get; private set; }

    public ExperimentMetric PrimaryMetric { get; private set; }

    public int ConversionWindowDays { get; private set; }

    public ExperimentGuardrails Guardrails { get; private set; } = ExperimentGuardrails.Default;

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid? CreatedBy { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? StoppedAt { get; private set; }

    /// <summary>The variant the operator chose when stopping (null: none shipped).</summary>
    public string? WinningVariantKey { get; private set; }

    /// <summary>Why the operator stopped it, in their words.</summary>
    public string? Decision { get; private set; }

    public int Version { get; private set; }

    public ExperimentVariant Control => _variants[0];

    public static Experiment Draft(
        string key,
        string name,
        ExperimentSurface surface,
        IReadOnlyList<ExperimentVariant> variants,
        ExperimentMetric primaryMetric,
        int conversionWindowDays,
        DateTimeOffset now,
        Guid? createdBy,
        OfferRef? offer = null,
        ExperimentAudience audience = ExperimentAudience.Everyone,
        Guid? segmentId = null,
        ExperimentGuardrails? guardrails = null)
    {
        if (!KeyPattern().IsMatch(key))
        {
            throw ExperimentErrors.Invalid(
                $"An experiment key is 1 to {ExperimentLimits.KeyMaxLength} lower-case letters, digits, '-' or '_'.");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > ExperimentLimits.NameMaxLength)
        {
            throw ExperimentErrors.Invalid($"An experiment's name is 1 to {ExperimentLimits.NameMaxLength} characters.");
        }

        if (conversionWindowDays is < 1 or > ExperimentLimits.MaxConversionWindowDays)
        {
            throw ExperimentErrors.Invalid($"The conversion window is 1 to {ExperimentLimits.MaxConversionWindowDays} days.");
        }

        if ((surface == ExperimentSurface.OfferPrice) != (offer is not null))
        {
            throw ExperimentErrors.Invalid("A price experiment names the offer it prices, and only a price experiment does.");
        }

        CheckVariants(variants, surface);
        var experiment = new Experiment
        {
            Key = key,
            Name = name.Trim(),
            Surface = surface,
            Status = ExperimentStatus.Draft,
            Salt = Guid.NewGuid().ToString("N"),
            OfferKind = offer?.Kind,
            OfferId = offer?.Id,
            Audience = audience,
            SegmentId = segmentId,
            PrimaryMetric = primaryMetric,
            ConversionWindowDays = conversionWindowDays,
            Guardrails = guardrails ?? ExperimentGuardrails.Default,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        experiment._variants.AddRange(variants);
        return experiment;
    }

    public void Start(DateTimeOffset now)
    {
        if (Status != ExperimentStatus.Draft)
        {
            throw ExperimentErrors.Invalid("Only a draft experiment can be started.");
        }

        Status = ExperimentStatus.Running;
        StartedAt = now;
        Version++;
    }

    public void Stop(string? winningVariantKey, string decision, DateTimeOffset now)
    {
        if (Status != ExperimentStatus.Running)
        {
            throw ExperimentErrors.NotRunning(Key);
        }

        if (winningVariantKey is not null && _variants.All(v => v.Key != winningVariantKey))
        {
            throw ExperimentErrors.Invalid($"The experiment has no variant \"{winningVariantKey}\".");
        }

        Status = ExperimentStatus.Stopped;
        StoppedAt = now;
        WinningVariantKey = winningVariantKey;
        Decision = decision.Trim();
        Version++;
    }

    private static void CheckVariants(IReadOnlyList<ExperimentVariant> variants, ExperimentSurface surface)
    {
        if (variants.Count is < ExperimentLimits.MinVariants or > ExperimentLimits.MaxVariants)
        {
            throw ExperimentErrors.Invalid(
                $"An experiment has {ExperimentLimits.MinVariants} to {ExperimentLimits.MaxVariants} variants; the first is the control.");
        }

        if (variants.Any(v => v.Weight is < 1 or > 99) || variants.Sum(v => v.Weight) != 100)
        {
            throw ExperimentErrors.Invalid("Variant weights are whole percents that add up to 100.");
        }

        if (variants.Select(v => v.Key).Distinct().Count() != variants.Count || variants.Any(v => !KeyPattern().IsMatch(v.Key)))
        {
            throw ExperimentErrors.Invalid("Variant keys are distinct lower-case letters, digits, '-' or '_'.");
        }

        if (variants.Any(v => v.Payload?.Length > ExperimentLimits.PayloadMaxLength))
        {
            throw ExperimentErrors.Invalid($"A variant's payload is at most {ExperimentLimits.PayloadMaxLength} characters.");
        }

        if (surface != ExperimentSurface.OfferPrice && variants.Any(v => v.PriceFen is not null))
        {
            throw ExperimentErrors.Invalid("Only a price experiment's variants carry a price.");
        }

        if (variants.Any(v => v.PriceFen is < 0))
        {
            throw ExperimentErrors.Invalid("A variant's price cannot be negative.");
        }
    }

    [GeneratedRegex("^[a-z0-9_-]{1,64}$")]
    private static partial Regex KeyPattern();
}

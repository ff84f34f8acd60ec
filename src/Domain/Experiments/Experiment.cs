using System.Text.Json;
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
    /// <summary>What a buyer reads beside a variant's price (ADR 0029): it is a price, not a named promotion.</summary>
    public const string PriceReason = "特惠价";

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

    /// <summary>The client platforms it is shown on (<c>Ios</c>, <c>Android</c>…, as the mini program reports them); empty for all.</summary>
    public string[] Platforms { get; private set; } = [];

    /// <summary>
    /// Experiments of one layer never share a user: each running one holds its own range of the layer's buckets
    /// (<see cref="LayerStart"/> to <see cref="LayerEnd"/>), and a user takes part only in the one whose range holds them.
    /// </summary>
    public string? Layer { get; private set; }

    /// <summary>The share of the layer's users it takes, in whole percent (100 without a layer).</summary>
    public int LayerSharePercent { get; private set; } = 100;

    /// <summary>The first layer bucket it holds (0 without a layer); set when it starts.</summary>
    public int LayerStart { get; private set; }

    /// <summary>One past the last layer bucket it holds (<see cref="ExperimentBuckets.Count"/> without a layer); set when it starts.</summary>
    public int LayerEnd { get; private set; } = ExperimentBuckets.Count;

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
        ExperimentGuardrails? guardrails = null) =>
        Draft(
            key,
            new ExperimentDefinition(name, surface, variants, primaryMetric, conversionWindowDays, offer, audience, segmentId, guardrails),
            now,
            createdBy);

    public static Experiment Draft(string key, ExperimentDefinition definition, DateTimeOffset now, Guid? createdBy)
    {
        if (!KeyPattern().IsMatch(key))
        {
            throw ExperimentErrors.Invalid(
                $"An experiment key is 1 to {ExperimentLimits.KeyMaxLength} lower-case letters, digits, '-' or '_'.");
        }

        var experiment = new Experiment
        {
            Key = key,
            Status = ExperimentStatus.Draft,
            Salt = Guid.NewGuid().ToString("N"),
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        experiment.Define(definition);
        experiment.Raise(new ExperimentCreatedEvent(experiment.Id, key, definition.Surface));
        return experiment;
    }

    /// <summary>Replaces everything but the key; only while it is a draft, so no user ever saw another definition.</summary>
    public void Redefine(ExperimentDefinition definition)
    {
        if (Status != ExperimentStatus.Draft)
        {
            throw ExperimentErrors.NotDraft(Key);
        }

        Define(definition);
        Version++;
        Raise(new ExperimentChangedEvent(Id, Key));
    }

    /// <summary>
    /// A price experiment's variants must price the offer between the lowest its guardrails allow and its list price; the
    /// control shows the list price. Checked when it is defined and again when it starts (the offer may have changed).
    /// </summary>
    public void CheckPrices(long listFen, PriceGuardrails guardrails)
    {
        if (Surface != ExperimentSurface.OfferPrice)
        {
            return;
        }

        var lowest = guardrails.LowestFen(listFen);
        foreach (var variant in _variants.Where(v => v.PriceFen is { } price && (price < lowest || price > listFen)))
        {
            throw ExperimentErrors.PriceOutOfRange(variant.Key, variant.PriceFen!.Value, lowest, listFen);
        }
    }

    /// <summary>
    /// Starts assigning users. A layered experiment takes the lowest free range of its share among the ranges the running
    /// experiments of its layer hold (<paramref name="takenRanges"/>), so two starts that read the same layer pick the same
    /// start and the database lets only one of them in.
    /// </summary>
    public void Start(DateTimeOffset now, IReadOnlyCollection<(int Start, int End)>? takenRanges = null)
    {
        if (Status != ExperimentStatus.Draft)
        {
            throw ExperimentErrors.NotDraft(Key);
        }

        if (Layer is not null)
        {
            var size = LayerSharePercent * (ExperimentBuckets.Count / 100);
            var start = 0;
            foreach (var taken in (takenRanges ?? []).OrderBy(r => r.Start))
            {
                if (taken.Start - start >= size)
                {
                    break;
                }

                start = Math.Max(start, taken.End);
            }

            if (start + size > ExperimentBuckets.Count)
            {
                throw ExperimentErrors.LayerFull(Layer, LayerSharePercent);
            }

            (LayerStart, LayerEnd) = (start, start + size);
        }

        Status = ExperimentStatus.Running;
        StartedAt = now;
        Version++;
        Raise(new ExperimentStartedEvent(Id, Key, Layer, LayerStart, LayerEnd));
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

        if (string.IsNullOrWhiteSpace(decision) || decision.Length > ExperimentLimits.DecisionMaxLength)
        {
            throw ExperimentErrors.Invalid($"Record the decision in 1 to {ExperimentLimits.DecisionMaxLength} characters.");
        }

        Status = ExperimentStatus.Stopped;
        StoppedAt = now;
        WinningVariantKey = winningVariantKey;
        Decision = decision.Trim();
        Version++;
        Raise(new ExperimentStoppedEvent(Id, Key, winningVariantKey, Decision));
    }

    /// <summary>
    /// The variant the user is assigned (ADR 0028): none when the experiment holds a range of its layer that the user's
    /// layer bucket falls outside; otherwise the variant whose cumulative weights cover the user's bucket for
    /// <see cref="Salt"/>. Deterministic, so sticky for as long as the experiment runs.
    /// </summary>
    public ExperimentVariant? Assign(Guid userId)
    {
        if (Layer is not null && ExperimentBuckets.Of(Layer, userId) is var layerBucket && (layerBucket < LayerStart || layerBucket >= LayerEnd))
        {
            return null;
        }

        var bucket = ExperimentBuckets.Of(Salt, userId);
        var cumulative = 0;
        foreach (var variant in _variants)
        {
            cumulative += variant.Weight * (ExperimentBuckets.Count / 100);
            if (bucket < cumulative)
            {
                return variant;
            }
        }

        return Control;
    }

    public ExperimentVariant? Variant(string key) => _variants.FirstOrDefault(v => v.Key == key);

    private void Define(ExperimentDefinition definition)
    {
        var (name, surface, variants, primaryMetric, conversionWindowDays, offer, audience, segmentId, guardrails, platforms, layer, layerShare) =
            definition;
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

        if (layer is not null && !KeyPattern().IsMatch(layer))
        {
            throw ExperimentErrors.Invalid("A layer is named with lower-case letters, digits, '-' or '_'.");
        }

        if (layerShare is < 1 or > 100 || (layer is null && layerShare != 100))
        {
            throw ExperimentErrors.Invalid("A layered experiment takes 1 to 100 percent of its layer; one without a layer takes everyone (100).");
        }

        var platformList = (platforms ?? []).Distinct().ToArray();
        if (platformList.Length > ExperimentLimits.MaxPlatforms || platformList.Any(p => string.IsNullOrWhiteSpace(p) || p.Length > EnumNameMaxLength))
        {
            throw ExperimentErrors.Invalid($"Target at most {ExperimentLimits.MaxPlatforms} platforms.");
        }

        CheckVariants(variants, surface);
        Name = name.Trim();
        Surface = surface;
        OfferKind = offer?.Kind;
        OfferId = offer?.Id;
        Audience = audience;
        SegmentId = segmentId;
        PrimaryMetric = primaryMetric;
        ConversionWindowDays = conversionWindowDays;
        Guardrails = guardrails ?? ExperimentGuardrails.Default;
        Platforms = platformList;
        Layer = layer;
        LayerSharePercent = layerShare;
        _variants.Clear();
        _variants.AddRange(variants);
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
            throw ExperimentErrors.WeightsInvalid();
        }

        if (variants.Select(v => v.Key).Distinct().Count() != variants.Count || variants.Any(v => !KeyPattern().IsMatch(v.Key)))
        {
            throw ExperimentErrors.Invalid("Variant keys are distinct lower-case letters, digits, '-' or '_'.");
        }

        foreach (var variant in variants.Where(v => v.Payload is not null))
        {
            if (variant.Payload!.Length > ExperimentLimits.PayloadMaxLength)
            {
                throw ExperimentErrors.PayloadInvalid(variant.Key, $"it is longer than {ExperimentLimits.PayloadMaxLength} characters.");
            }

            try
            {
                using var _ = JsonDocument.Parse(variant.Payload);
            }
            catch (JsonException)
            {
                throw ExperimentErrors.PayloadInvalid(variant.Key, "it is not JSON.");
            }
        }

        if (surface != ExperimentSurface.OfferPrice && variants.Any(v => v.PriceFen is not null))
        {
            throw ExperimentErrors.Invalid("Only a price experiment's variants carry a price.");
        }

        if (variants[0].PriceFen is not null)
        {
            throw ExperimentErrors.Invalid("The control (the first variant) shows the offer's own price; give it no price.");
        }
    }

    private const int EnumNameMaxLength = 20;

    [GeneratedRegex("^[a-z0-9_-]{1,64}$")]
    private static partial Regex KeyPattern();
}
